/** Helpers for tests that run small Python programs in the sandbox. */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxLimits } from '../sandbox/limits.js';
import type { SandboxResult } from '../sandbox/result.js';
import { runSandboxed, type SandboxRequest } from '../sandbox/run.js';

export const PYTHON = '/usr/bin/python3';

export const testLimits: SandboxLimits = {
  cpuMs: 2000,
  wallMs: 5000,
  memoryBytes: 128 * 1024 * 1024,
  pids: 16,
  outputBytes: 1024 * 1024,
  fileBytes: 1024 * 1024,
  openFiles: 64,
  tmpBytes: 8 * 1024 * 1024,
};

/** A work dir the sandbox uid can read, removed by the returned function. */
export function makeWorkDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'winterarc-judge-test-'));
  chmodSync(dir, 0o755);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface PythonRun extends Omit<SandboxResult, 'stdout'> {
  stdout: string;
}

/** Runs `code` with the isolated, fast-starting interpreter flags the languages registry will use. */
export async function runPython(
  workDir: string,
  code: string,
  limits: Partial<SandboxLimits> = {},
  stdin?: SandboxRequest['stdin'],
): Promise<PythonRun> {
  const request: SandboxRequest = {
    command: [PYTHON, '-I', '-S', '-B', '-c', code],
    workDir,
    limits: { ...testLimits, ...limits },
  };
  if (stdin !== undefined) request.stdin = stdin;
  const result = await runSandboxed(request);
  return { ...result, stdout: result.stdout.toString('utf8') };
}
