/**
 * The CPU time a sandbox costs before the program's first instruction — bwrap setting up the
 * namespaces and mounts, the init, the exec — measured once per sandbox by running `/usr/bin/true`
 * in it, and subtracted from every run's CPU time: a run reports (and is limited on) the program's
 * own CPU time, not the judge's. On the machines this was built on it is about 10–14 ms.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxResult } from './result.js';
import type { SandboxRequest } from './run.js';

export interface StartupBaseline {
  /** The baseline in ns as known now (0 until measured): what the CPU poller subtracts. */
  readonly knownNs: number;
  /** The baseline in ns, measured on first call (later calls share it); 0 if it cannot be measured. */
  measured(): Promise<number>;
}

/** Runs measured per calibration; the median is kept. */
const calibrationRuns = 7;

/**
 * @param run runs a request without subtracting any baseline.
 * @param fixedNs a baseline given by the caller: nothing is measured.
 */
export function createStartupBaseline(
  run: (request: SandboxRequest) => Promise<SandboxResult>,
  fixedNs?: number,
): StartupBaseline {
  let knownNs = fixedNs ?? 0;
  let measuring: Promise<number> | undefined = fixedNs === undefined ? undefined : Promise.resolve(fixedNs);
  const measure = async (): Promise<number> => {
    const workDir = mkdtempSync(join(tmpdir(), 'winterarc-calibrate-'));
    try {
      chmodSync(workDir, 0o755);
      const samples: number[] = [];
      for (let i = 0; i < calibrationRuns; i += 1) {
        const result = await run({
          command: ['/usr/bin/true'],
          workDir,
          limits: {
            cpuMs: 5000,
            wallMs: 30_000,
            memoryBytes: 64 * 2 ** 20,
            pids: 8,
            outputBytes: 4096,
            fileBytes: 4096,
            openFiles: 16,
          },
        });
        if (result.status !== 'ok') return 0; // the run reports its own failure; subtract nothing
        samples.push(result.cpuNs ?? result.cpuMs * 1e6);
      }
      samples.sort((a, b) => a - b);
      knownNs = samples[Math.floor(samples.length / 2)] ?? 0;
      return knownNs;
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  };
  return {
    get knownNs() {
      return knownNs;
    },
    measured() {
      measuring ??= measure().catch(() => 0);
      return measuring;
    },
  };
}
