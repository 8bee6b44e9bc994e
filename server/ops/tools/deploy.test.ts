/**
 * Static checks of the deployment files in `deploy/` (no Docker engine or cluster is needed): what an
 * operator relies on when applying them — every variable set is one the app reads, secrets only
 * from files or Secret references, probes on /healthz and /readyz, the judge worker the only
 * privileged workload, pinned images, nginx upgrading the WebSocket. nginx itself checks its config
 * when it is installed (scripts/ensure-test-services.sh installs it in CI).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  allStrings,
  appEnv,
  composeAppServices,
  composeEnv,
  composeFile,
  deployDir,
  dockerfile,
  type K8sContainer,
  k8sContainers,
  k8sObjects,
  nginxConfig,
  type Yaml,
} from '../../src/test/deploy-files.js';

const env = appEnv();
const objects = k8sObjects();
const containers = k8sContainers(objects);
const compose = composeFile();
const appServices = composeAppServices(compose);
const configMaps = new Map(
  objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.name, o.body.data ?? {}]),
);

/** name → literal value (undefined when it comes from a reference) of everything a container gets. */
function containerEnv({ container }: K8sContainer): Map<string, string | undefined> {
  const result = new Map<string, string | undefined>();
  for (const source of container.envFrom ?? []) {
    const data = configMaps.get(source.configMapRef?.name);
    expect(data, `envFrom ${JSON.stringify(source)} names a ConfigMap of deploy/k8s`).toBeDefined();
    for (const [name, value] of Object.entries<string>(data)) result.set(name, value);
  }
  for (const entry of container.env ?? []) result.set(entry.name, entry.value);
  return result;
}

const workerContainers = containers.filter((c) => c.workload === 'winterarc-worker');
const apiContainer = containers.find((c) => c.workload === 'winterarc-api')?.container;
/** Credentials inside a URL (`scheme://user:password@host`). */
const credentialsInUrl = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;
const secretLooking = /PASSWORD|SECRET|TOKEN/;

describe('deployment files', () => {
  it('reads the names of the variables the app knows from its config module', () => {
    // A guard on the extraction itself: were it to find nothing, every check below would pass.
    for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET_FILE', 'JUDGE_CONCURRENCY', 'TRUST_PROXY_HOPS'])
      expect(env.names).toContain(name);
    expect([...env.secrets].sort()).toEqual(
      [
        'DATABASE_URL',
        'JWT_SECRET',
        'METRICS_TOKEN',
        'MIGRATION_DATABASE_URL',
        'RABBITMQ_URL',
        'REDIS_URL',
      ].sort(),
    );
  });

  it('sets only variables the app reads (Kubernetes and compose)', () => {
    expect(containers.length).toBeGreaterThanOrEqual(3);
    for (const c of containers)
      for (const name of containerEnv(c).keys())
        expect(env.names, `${c.workload}/${c.container.name} sets ${name}`).toContain(name);
    expect(appServices.map(([name]) => name).sort()).toEqual(['api', 'migrate', 'worker']);
    for (const [service, body] of appServices)
      for (const name of Object.keys(composeEnv(body)))
        expect(env.names, `compose service ${service} sets ${name}`).toContain(name);
  });

  it('gives every secret as a file or a Secret reference, never as a value', () => {
    for (const c of containers) {
      const literal = containerEnv(c);
      for (const name of env.secrets) {
        expect(literal.get(name), `${c.workload} sets ${name} in plain text`).toBeUndefined();
        const file = literal.get(`${name}_FILE`);
        if (file === undefined) continue;
        // The file must be on a mounted Secret volume, or the process stops at start-up.
        const secretVolumes = new Set(
          (c.pod.volumes ?? []).filter((v: Yaml) => v.secret !== undefined).map((v: Yaml) => v.name),
        );
        const mount = (c.container.volumeMounts ?? []).find(
          (m: Yaml) => secretVolumes.has(m.name) && file.startsWith(`${m.mountPath}/`),
        );
        expect(mount, `${c.workload}: ${name}_FILE=${file} is not on a mounted Secret`).toBeDefined();
      }
      for (const entry of c.container.env ?? [])
        if (secretLooking.test(entry.name) && !entry.name.endsWith('_FILE'))
          expect(entry.valueFrom?.secretKeyRef, `${c.workload} sets ${entry.name}`).toBeDefined();
    }
    const secrets = objects.filter((o) => o.kind === 'Secret');
    for (const s of secrets)
      expect(s.body.data ?? s.body.stringData, `${s.file} holds values`).toBeUndefined();

    for (const [service, body] of Object.entries<Yaml>(compose.services)) {
      const mounted = new Set((body.secrets ?? []).map((s: Yaml) => (typeof s === 'string' ? s : s.source)));
      for (const [name, value] of Object.entries(composeEnv(body))) {
        if (!(env.secrets.has(name) || secretLooking.test(name)) || name.endsWith('_FILE')) {
          if (name.endsWith('_FILE') && String(value).startsWith('/run/secrets/'))
            expect(mounted, `${service}: ${name} names an unmounted secret`).toContain(
              String(value).slice('/run/secrets/'.length),
            );
          continue;
        }
        expect.fail(`compose service ${service} sets ${name} in plain text; use ${name}_FILE`);
      }
    }
    for (const [name, secret] of Object.entries<Yaml>(compose.secrets))
      expect(Object.keys(secret), `compose secret ${name}`).toEqual(['file']);

    for (const text of [...objects.flatMap((o) => allStrings(o.body)), ...allStrings(compose)])
      expect(text).not.toMatch(credentialsInUrl);
  });

  it('probes liveness on /healthz and readiness on /readyz', () => {
    expect(apiContainer?.livenessProbe?.httpGet?.path).toBe('/healthz');
    expect(apiContainer?.readinessProbe?.httpGet?.path).toBe('/readyz');
    expect(workerContainers).toHaveLength(1);
    const worker = workerContainers[0]!.container;
    // The worker has no API port: its health endpoint is on the metrics port it is told to use.
    const metricsPort = worker.ports.find((p: Yaml) => p.name === worker.livenessProbe.httpGet.port);
    expect(worker.livenessProbe.httpGet.path).toBe('/healthz');
    expect(String(metricsPort?.containerPort)).toBe(
      containerEnv(workerContainers[0]!).get('WORKER_METRICS_PORT'),
    );
    expect(containerEnv(workerContainers[0]!).get('WORKER_METRICS_HOST')).toBe('0.0.0.0');
    // Both image targets carry a HEALTHCHECK on /healthz (compose and plain `docker run` use it).
    expect(dockerfile().match(/^HEALTHCHECK .*\n.*\/healthz/gm)).toHaveLength(2);
  });

  it('runs only the judge worker privileged; everything else as a non-root user without escalation', () => {
    const privileged = containers.filter((c) => c.container.securityContext?.privileged === true);
    expect(privileged.map((c) => c.workload)).toEqual(['winterarc-worker']);
    for (const c of containers.filter((c) => c.workload !== 'winterarc-worker')) {
      const runAsNonRoot = c.container.securityContext?.runAsNonRoot ?? c.pod.securityContext?.runAsNonRoot;
      expect(runAsNonRoot, `${c.workload}/${c.container.name}`).toBe(true);
      expect(c.container.securityContext?.allowPrivilegeEscalation).toBe(false);
    }
    const privilegedServices = Object.entries<Yaml>(compose.services).filter(
      ([, s]) => s.privileged === true,
    );
    expect(privilegedServices.map(([name]) => name)).toEqual(['worker']);
    // The api image drops root; the worker image stays root for the sandbox.
    expect(dockerfile()).toMatch(/FROM runtime AS api[\s\S]*?\nUSER node\n[\s\S]*?FROM runtime AS worker/);
  });

  it('schedules at most one worker per node, since sandbox uid leases are per PID namespace', () => {
    const worker = objects.find((o) => o.name === 'winterarc-worker' && o.kind === 'Deployment')!;
    const [rule] =
      worker.body.spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution;
    expect(rule.topologyKey).toBe('kubernetes.io/hostname');
    expect(rule.labelSelector.matchLabels).toEqual(worker.body.spec.selector.matchLabels);
    expect(compose.services.worker.deploy?.replicas ?? 1).toBe(1);
  });

  it('pins every image to a tag other than latest', () => {
    const images = [
      ...containers.map((c) => c.container.image),
      ...Object.values<Yaml>(compose.services).map((s) => s.image),
      ...[...dockerfile().matchAll(/^ARG \w*IMAGE=(\S+)/gm)].map((m) => m[1]),
    ];
    expect(images.length).toBeGreaterThan(8);
    for (const image of images) {
      const tag = /:([\w.-]+)$/.exec(String(image).split('/').pop() ?? '')?.[1];
      expect(tag, `${image} has no tag`).toBeDefined();
      expect(tag, image).not.toBe('latest');
    }
    // Every FROM is the pinned ARG or an earlier stage.
    for (const [, from] of dockerfile().matchAll(/^FROM (\S+)/gm))
      expect(from).toMatch(/^(\$\{NODE_IMAGE\}|runtime)$/);
  });

  it('installs in the worker image what the judge runs (judge/src/languages/registry.ts)', () => {
    const worker = dockerfile().split(/^FROM runtime AS worker$/m)[1] ?? '';
    for (const pkg of ['bubblewrap', 'python3', 'gcc', 'g++', 'openjdk-17-jdk-headless'])
      expect(worker).toMatch(new RegExp(`\\s${pkg.replace(/\+/g, '\\+')}\\s`));
    // The registry runs /usr/bin/node; the node image has it in /usr/local/bin.
    expect(worker).toContain('ln -sf /usr/local/bin/node /usr/bin/node');
    // On cgroup v2 the entry point frees the container's root cgroup for the judge's run groups.
    expect(worker).toMatch(/^COPY deploy\/worker-entrypoint\.sh (\S+)\n[\s\S]*^ENTRYPOINT \["\1"\]/m);
    expect(statSync(path.join(deployDir, 'worker-entrypoint.sh')).mode & 0o111).toBe(0o111);
  });
});

describe('nginx config', () => {
  const config = nginxConfig();

  it('upgrades the WebSocket at /api/v1/ws and forwards the client address', () => {
    const ws = /location = \/api\/v1\/ws \{([^}]*)\}/.exec(config)?.[1] ?? '';
    expect(ws).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(ws).toMatch(/proxy_set_header Connection \$winterarc_connection;/);
    expect(config).toMatch(/map \$http_upgrade \$winterarc_connection \{\s*default upgrade;/);
    expect(config).toMatch(/proxy_http_version 1\.1;/);
    expect(ws).toMatch(/proxy_read_timeout (\d+h|\d{3,}s?);/);
    // TRUST_PROXY_HOPS=1 behind it: nginx appends the client to X-Forwarded-For.
    expect(config).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    expect(composeEnv(compose.services.api).TRUST_PROXY_HOPS).toBe('1');
  });

  // Debian's nginx, as .ci/run installs it through scripts/ensure-test-services.sh; a developer
  // machine without it still runs the checks above.
  const nginx = ['/usr/sbin/nginx', 'nginx'].find((bin) => spawnSync(bin, ['-v']).error === undefined);
  const dir = mkdtempSync(path.join(tmpdir(), 'winterarc-nginx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(nginx === undefined)('is accepted by `nginx -t` (skipped where nginx is not installed)', () => {
    // `api` resolves only inside compose; nginx -t resolves upstream hosts, so test against loopback.
    writeFileSync(path.join(dir, 'site.conf'), config.replace('server api:8080', 'server 127.0.0.1:8080'));
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp { include ${dir}/site.conf; }\n`,
    );
    const result = spawnSync(
      nginx!,
      ['-t', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });
});
