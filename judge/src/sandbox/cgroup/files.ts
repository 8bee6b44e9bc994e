/** Small synchronous helpers for cgroupfs: its files are in memory, a read costs microseconds. */
import { readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ownerAlive } from '../owner.js';

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

/** A run group's name: `run-<owner pid>-<owner start time>-<counter>-<random hex>` (see run.ts). */
export const ownedRunName = /^run-(\d+-\d+)-\d+-[0-9a-f]+$/;

/**
 * Removes the `run-*` groups under `parentDir` that a judge killed mid-run left behind. A group named
 * with its owner ({@link ownedRunName}) goes when that process is gone (a fact: several judges share
 * the hierarchy, and a live one's group is never touched, however old), after its leftover tasks are
 * killed. A group named the older way (no start time) goes only when empty and older than
 * `minAgeMs`. Returns how many were removed.
 */
export async function removeAbandonedRuns(
  parentDir: string,
  minAgeMs: number,
  now = Date.now(),
): Promise<number> {
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
    const owner = ownedRunName.exec(name)?.[1];
    try {
      if (owner !== undefined) {
        if (ownerAlive(owner)) continue;
        await killListed(join(dir, 'cgroup.procs'));
      } else if (now - statSync(dir).mtimeMs < minAgeMs || readPids(join(dir, 'cgroup.procs')).length > 0) {
        continue;
      }
      await removeDir(dir);
      removed++;
    } catch {
      // Busy or gone (another judge swept it first): leave it to the next sweep.
    }
  }
  return removed;
}
