/**
 * esbuild, the TypeScript "compiler": the native binary of the platform package that the judge's
 * `esbuild` dependency installs, run in the sandbox like gcc or javac (compilers are untrusted code
 * too: a parser bug must not reach the judge's process). The package's bin/ directory is bound
 * read-only inside at {@link esbuildSandboxDir}.
 * @see https://esbuild.github.io/api/#build
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { sourcesArg } from './language.js';

/** Where the binary's directory appears inside the sandbox (the root there is an empty tmpfs). */
export const esbuildSandboxDir = '/opt/esbuild';

/**
 * The host directory holding the binary, or a path that does not exist when the package is missing
 * (another platform, an incomplete install): `judge doctor` then names it instead of failing at import.
 */
function hostDir(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('@esbuild/linux-x64/bin/esbuild'));
  } catch {
    return '/nonexistent/node_modules/@esbuild/linux-x64/bin';
  }
}

export const esbuildBind = { host: hostDir(), sandbox: esbuildSandboxDir };

/**
 * Strips the types of /work/main.ts into an ES module: at `outfile`, or on stdout without one (the
 * function-problem path hands the code to its harness). Relative paths, so messages name `main.ts`,
 * never a host path. GOMAXPROCS=2 bounds the Go runtime's threads (about 8 then) on any host, well
 * inside the compile step's process limit; by default it starts one per host CPU.
 */
export function esbuildCommand(outfile?: string): string[] {
  return [
    '/usr/bin/env',
    'GOMAXPROCS=2',
    `${esbuildSandboxDir}/esbuild`,
    'main.ts',
    '--format=esm',
    '--target=node20',
    '--log-level=warning',
    '--color=false',
    ...(outfile === undefined ? [] : [`--outfile=${outfile}`]),
  ];
}

/**
 * Bundles a TypeScript program of several files from its entry point ({@link sourcesArg}) into one ES
 * module: the files import each other without extensions, as TypeScript allows; Node's own modules
 * stay imports (`--platform=node`).
 */
export function esbuildBundleCommand(outfile: string): string[] {
  return [
    '/usr/bin/env',
    'GOMAXPROCS=2',
    `${esbuildSandboxDir}/esbuild`,
    sourcesArg,
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--target=node20',
    '--log-level=warning',
    '--color=false',
    `--outfile=${outfile}`,
  ];
}
