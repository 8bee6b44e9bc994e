/**
 * Judged programs never outnumber the CPUs: a timed run waits for a CPU of its own and is pinned to
 * it (cpuset, where the cgroup driver can), so its CPU time is not inflated by sharing a core with
 * another judged program or by migrating between cores. One gate per judge process: several judge
 * processes on one host do not coordinate (deploy one worker per host, see deploy/README.md).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** A CPU held by one timed run until {@link release} (idempotent). */
export interface CoreLease {
  readonly cpu: number;
  release(): void;
}

export interface CoreGate {
  /** Resolves with a free CPU, in the order asked (FIFO). */
  acquire(): Promise<CoreLease>;
  readonly cpus: readonly number[];
}

/** `0-3,6` (a cpuset list) → [0, 1, 2, 3, 6]; undefined when it does not parse. */
export function parseCpuList(text: string): number[] | undefined {
  const cpus: number[] = [];
  for (const part of text.trim().split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (match === null) return undefined;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last < first || last - first > 4096) return undefined;
    for (let cpu = first; cpu <= last; cpu += 1) cpus.push(cpu);
  }
  return cpus.length > 0 ? cpus : undefined;
}

/** The CPUs this process may use: its own affinity as the kernel reports it, else 0 … n-1. */
export function allowedCpus(): number[] {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const list = /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1];
    const cpus = list === undefined ? undefined : parseCpuList(list);
    if (cpus !== undefined) return cpus;
  } catch {
    // Not Linux, or no /proc: fall through.
  }
  return Array.from({ length: availableParallelism() }, (_, i) => i);
}

export function createCoreGate(cpus: readonly number[]): CoreGate {
  if (cpus.length === 0) throw new RangeError('a core gate needs at least one CPU');
  const free = [...cpus];
  const waiting: Array<(lease: CoreLease) => void> = [];
  const lease = (cpu: number): CoreLease => {
    let released = false;
    return {
      cpu,
      release() {
        if (released) return;
        released = true;
        const next = waiting.shift();
        if (next !== undefined) next(lease(cpu));
        else free.push(cpu);
      },
    };
  };
  return {
    cpus,
    acquire() {
      const cpu = free.shift();
      if (cpu !== undefined) return Promise.resolve(lease(cpu));
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

let processGate: CoreGate | undefined;

/** The gate every sandbox of this process shares. */
export function processCoreGate(): CoreGate {
  processGate ??= createCoreGate(allowedCpus());
  return processGate;
}
