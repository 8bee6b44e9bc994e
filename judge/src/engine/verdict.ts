/** The verdicts of Winter Arc's judge, and how a sandbox outcome maps onto them. */
import type { Verdict } from '@winterarc/contract';
import type { SandboxStatus } from '../sandbox/result.js';

// The list and the names are shared with the server, the web app and the CLI.
export { type Verdict, verdictNames, verdicts } from '@winterarc/contract';

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
