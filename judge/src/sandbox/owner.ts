/**
 * Which process owns something a judge leaves on the host (a uid lease, a run's cgroup, a workspace):
 * its pid and its start time (field 22 of /proc/<pid>/stat, in clock ticks since boot). Together they
 * name one process for ever: a pid reused by another process has a different start time. An owner is
 * gone when its pid does not run or names another process — a fact, not a timeout, so a slow owner
 * on a loaded host never loses what it holds, and a SIGKILLed one's leftovers can be swept at once.
 */
import { readFileSync } from 'node:fs';

/** A process as `<pid>-<start time>`, or undefined when it does not run (or /proc cannot tell). */
export function ownerTag(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start === undefined || !/^\d+$/.test(start) ? undefined : `${pid}-${start}`;
  } catch {
    return undefined;
  }
}

let self: string | undefined;

/** This process's tag (read once: it never changes). Throws when /proc cannot tell. */
export function selfTag(): string {
  self ??= ownerTag(process.pid);
  if (self === undefined) throw new Error('cannot read this process’s start time from /proc');
  return self;
}

/** True while the process `tag` names still runs (same pid, same start time). */
export function ownerAlive(tag: string): boolean {
  const [pid] = tag.split('-');
  return ownerTag(Number(pid)) === tag;
}
