/**
 * Reads the deployment files under `deploy/` (Kubernetes manifests, the compose file, the Dockerfile,
 * the nginx config) into plain data the static checks in `server/ops/tools/deploy.test.ts` assert on, and the
 * environment variable names `infra/config/config.ts` reads, taken from its source so a renamed
 * variable makes the manifests' check fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const deployDir = path.join(repoRoot, 'deploy');

const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');

/** The variables the app reads, and which of them are secrets (also read from `NAME_FILE`). */
export interface AppEnv {
  names: Set<string>;
  secrets: Set<string>;
}

export function appEnv(): AppEnv {
  const source = read(repoRoot, 'server/src/infra/config/config.ts');
  const names = new Set<string>();
  const secrets = new Set<string>();
  for (const [, method, name] of source.matchAll(/read\.(\w+)\(\s*'([A-Z][A-Z0-9_]*)'/g)) {
    names.add(name!);
    // Both read `NAME` or the file named by `NAME_FILE` (see infra/config/env.ts).
    if (method === 'optionalSecret' || method === 'optionalUrl') {
      secrets.add(name!);
      names.add(`${name}_FILE`);
    }
  }
  return { names, secrets };
}

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML is untyped; the tests check its shape.
export type Yaml = any;

export interface K8sObject {
  file: string;
  kind: string;
  name: string;
  body: Yaml;
}

export function k8sObjects(): K8sObject[] {
  const dir = path.join(deployDir, 'k8s');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) =>
      parseAllDocuments(read(dir, file)).map((doc) => {
        if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
        const body = doc.toJS({ maxAliasCount: 100 });
        return { file, kind: body.kind, name: body.metadata?.name, body };
      }),
    );
}

/** A container of a workload, with what its pod gives it. */
export interface K8sContainer {
  workload: string;
  kind: string;
  container: Yaml;
  pod: Yaml;
}

export function k8sContainers(objects: K8sObject[]): K8sContainer[] {
  return objects.flatMap(({ kind, name, body }) => {
    const pod = kind === 'CronJob' ? body.spec?.jobTemplate?.spec?.template?.spec : body.spec?.template?.spec;
    if (pod === undefined) return [];
    return [...(pod.initContainers ?? []), ...pod.containers].map((container: Yaml) => ({
      workload: name,
      kind,
      container,
      pod,
    }));
  });
}

export function composeFile(): Yaml {
  return parse(read(deployDir, 'compose.yaml'), { merge: true, maxAliasCount: 100 });
}

/** Services running a Winter Arc image (the others are PostgreSQL, Redis, …). */
export function composeAppServices(compose: Yaml): [string, Yaml][] {
  return Object.entries<Yaml>(compose.services).filter(([, service]) =>
    String(service.image).startsWith('winterarc'),
  );
}

/** A compose service's environment as name → value, from either the map or the list form. */
export function composeEnv(service: Yaml): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((entry: string) => entry.split(/=(.*)/s, 2)));
}

export const dockerfile = () => read(deployDir, 'Dockerfile');
export const nginxConfig = () => read(deployDir, 'nginx', 'winterarc.conf');

/** Every string anywhere inside a parsed document. */
export function allStrings(value: Yaml): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...allStrings(inner)]);
}
