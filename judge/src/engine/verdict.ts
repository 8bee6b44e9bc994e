/** The verdicts of Winter Arc's judge, and how a sandbox outcome maps onto them. */
import type { SandboxStatus } from '../sandbox/result.js';

export const verdicts = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'IE'] as const;
export type Verdict = (typeof verdicts)[number];

export const verdictNames: Record<Verdict, string> = {
  AC: 'Accepted',
  WA: 'Wrong Answer',
  TLE: 'Time Limit Exceeded',
  MLE: 'Memory Limit Exceeded',
  RE: 'Runtime Error',
  OLE: 'Output Limit Exceeded',
  CE: 'Compilation Error',
  IE: 'Internal Error',
};

/** The verdict of a run that did not finish normally; `ok` runs are judged by their output instead. */
export function verdictOfFailedRun(status: Exclude<SandboxStatus, 'ok'>): Verdict {
  switch (status) {
    case 'time-limit':
      return 'TLE';
    case 'memory-limit':
      return 'MLE';
    case 'output-limit':
      return 'OLE';
    case 'runtime-error':
      return 'RE';
    case 'internal-error':
      return 'IE';
  }
}

/** The submission's verdict: the first test's that is not accepted, in test order (ICPC rules). */
export function overallVerdict(tests: readonly { verdict: Verdict }[]): Verdict {
  return tests.find((test) => test.verdict !== 'AC')?.verdict ?? 'AC';
}
