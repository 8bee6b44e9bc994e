/**
 * Runs the real `winterarc` CLI in a clean environment: the built one (`server/dist/cli/main.js`) when
 * the build is newer than every source file, as in CI (scripts/test.sh builds first); otherwise the
 * sources through tsx, so an edit is tested without a build. Through tsx, every run spends about a
 * second of CPU resolving and transforming the server's modules again, and the CLI tests run it ~40
 * times per backend.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverRoot = fileURLToPath(new URL('../..', import.meta.url));
const built = path.join(serverRoot, 'dist/cli/main.js');
const sources = path.join(serverRoot, 'src/cli/main.ts');
/** What the CLI is built from: the server's sources and those of the workspaces it imports. */
const sourceDirs = ['server/src', 'judge/src', 'contract/src'].map((dir) => path.join(serverRoot, '..', dir));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The newest modification time (ms) of the non-test TypeScript files under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

let chosen: string[] | undefined;
/** `node` arguments that start the CLI: the build when it is current, else the sources. */
export function cliEntry(): string[] {
  if (chosen !== undefined) return chosen;
  let builtAt: number | undefined;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    builtAt = undefined;
  }
  const current = builtAt !== undefined && sourceDirs.every((dir) => newestSource(dir) < builtAt);
  chosen = current ? [built] : ['--import', 'tsx', sources];
  return chosen;
}

export function winterarc(args: string[], env: Record<string, string>, stdin = ''): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...cliEntry(), ...args], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdin.end(stdin);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
