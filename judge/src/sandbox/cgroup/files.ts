/** Small synchronous helpers for cgroupfs: its files are in memory, a read costs microseconds. */
import { readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const readText = (path: string): string => readFileSync(path, 'utf8');

export const readNumber = (path: string): number => Number.parseInt(readText(path).trim(), 10) || 0;

export function writeText(path: string, value: string): void {
  writeFileSync(path, value);
}

/** `key value` lines (memory.events, cpu.stat, memory.oom_control) → the value of `key`, or 0. */
export function readKey(path: string, key: string): number {
  for (const line of readText(path).split('\n')) {
    const [k, v] = line.split(' ');
    if (k === key && v !== undefined) return Number.parseInt(v, 10) || 0;
  }
  return 0;
}

export function readPids(procsFile: string): number[] {
  try {
    return readText(procsFile)
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => Number.parseInt(line, 10));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** SIGKILLs the pids listed in `procsFile` until it is empty; new forks are bounded by pids.max. */
export async function killListed(procsFile: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const pids = readPids(procsFile);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await sleep(attempt < 10 ? 1 : 10);
  }
  throw new Error(`tasks still alive in ${procsFile} after SIGKILL`);
}

/** rmdir that waits for exiting tasks to leave (EBUSY) and ignores a directory already gone. */
export async function removeDir(path: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      rmdirSync(path);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code !== 'EBUSY' || attempt >= 100) throw error;
      await sleep(attempt < 10 ? 1 : 20);
    }
  }
}

/**
 * Removes `run-*` groups under `parentDir` that have no task left and were created more than
 * `minAgeMs` ago: what a judge that crashed mid-run leaves behind. Groups with tasks are never
 * touched (another judge process may share the hierarchy); young ones may be about to be joined.
 */
export function removeEmptyRuns(parentDir: string, minAgeMs: number, now = Date.now()): number {
  let entries: string[];
  try {
    entries = readdirSync(parentDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of entries) {
    if (!name.startsWith('run-')) continue;
    const dir = join(parentDir, name);
    try {
      if (now - statSync(dir).mtimeMs < minAgeMs || readPids(join(dir, 'cgroup.procs')).length > 0) continue;
      rmdirSync(dir);
      removed++;
    } catch {
      // Busy or gone: leave it to the next sweep.
    }
  }
  return removed;
}
