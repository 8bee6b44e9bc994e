/** What judging a submission produces, test by test. */
import type { Verdict } from './verdict.js';

export interface TestResult {
  /** The test's name in the package, e.g. `secret/group1/03`. */
  name: string;
  sample: boolean;
  verdict: Verdict;
  /** CPU time of the run (stdio) or the function call's own time (function problems). */
  timeMs: number;
  memoryBytes: number;
  /** For the learner: the first difference, the exception, the limit hit. */
  message?: string;
  /** Function problems, sample tests only: the arguments, expected and returned values as JSON. */
  input?: string;
  expected?: string;
  actual?: string;
}

export interface JudgeResult {
  verdict: Verdict;
  tests: TestResult[];
  /** The compiler's message on CE; the reason on IE. */
  message?: string;
  compileMs: number;
  /** Tests run out of those in the package (judging stops at the first failure unless asked not to). */
  testsRun: number;
  testsTotal: number;
  /** Scoring problems: the points earned and the most there are. */
  score?: number;
  maxScore?: number;
}

export type JudgeProgress =
  | { stage: 'compiling' }
  | { stage: 'testing'; test: number; of: number }
  | { stage: 'done'; verdict: Verdict };
