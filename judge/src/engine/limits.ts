/** The sandbox limits of the judge's steps, from the problem's limits and the language's needs. */
import type { LanguageSpec } from '../languages/language.js';
import type { SandboxLimits } from '../sandbox/limits.js';

const MiB = 2 ** 20;

export interface RunLimitsInput {
  timeLimitMs: number;
  memoryMiB: number;
  outputMiB: number;
}

/** A run of the learner's program on one test (or on all tests, for function problems). */
export function runLimits(problem: RunLimitsInput, language: LanguageSpec): SandboxLimits {
  return {
    cpuMs: problem.timeLimitMs,
    // Wall time only catches sleepers and programs stuck reading: generous, so load never causes TLE.
    wallMs: problem.timeLimitMs * 3 + 1000,
    memoryBytes: problem.memoryMiB * MiB,
    pids: Math.max(16, language.minPids + 8),
    outputBytes: problem.outputMiB * MiB,
    fileBytes: 16 * MiB,
    tmpBytes: 64 * MiB,
    openFiles: 256,
  };
}

/**
 * A compiler run. Compilers are untrusted code too (template bombs, `#include "/dev/zero"`): they get
 * the same sandbox with limits of their own.
 */
export const compileLimits: SandboxLimits = {
  cpuMs: 15_000,
  wallMs: 30_000,
  memoryBytes: 1024 * MiB,
  pids: 64,
  outputBytes: 1 * MiB,
  fileBytes: 128 * MiB,
  tmpBytes: 256 * MiB,
  openFiles: 256,
};
