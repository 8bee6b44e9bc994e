/**
 * A package's self-test, as `problem verify` runs it: every submission in `submissions/<expected>/` is
 * judged and must get the verdict its folder promises. When the package gives no time limit, it is
 * derived as Kattis does (see {@link deriveTimeLimit}), and time_limit_exceeded submissions must still
 * time out with `timeLimitToTle` × that limit of slack. Submissions expected to be rejected stop at
 * their first failing test: one failure settles their verdict, and the self-test of every package
 * runs in CI. Accepted ones run every test.
 */
import { readProgramFiles } from '../package/program-files.js';
import type { ExpectedVerdict, ProblemPackage, Submission } from '../package/types.js';
import { type InputProblem, validateInputs } from './input-validation.js';
import type { Judge } from './judge.js';
import type { JudgeResult } from './result.js';
import type { Verdict } from './verdict.js';

export interface SubmissionCheck {
  submission: Submission;
  expected: ExpectedVerdict;
  result: JudgeResult;
  /** Whether the verdict is what the folder promises. */
  ok: boolean;
  /** The slowest test's time. */
  maxTimeMs: number;
  /** How long judging it took, build included (wall clock: what it cost the self-test). */
  wallMs: number;
}

export interface VerifyReport {
  /** Test inputs an input validator rejected (the package's data is broken when this is not empty). */
  inputProblems: InputProblem[];
  /** Absent when it had to be derived and could not be (see `timeLimitProblem`). */
  timeLimitMs?: number;
  /** The limit was computed from the accepted submissions rather than given by the package. */
  derived: boolean;
  /** Why no time limit could be derived (then only the accepted submissions were judged). */
  timeLimitProblem?: string;
  checks: SubmissionCheck[];
  ok: boolean;
}

/**
 * Whether a result is what the folder promises; on scoring problems, accepted means the full score.
 * A memory-limit kill is a run-time failure too, as problemtools counts it.
 */
const verdictsFor: Record<ExpectedVerdict, (verdict: Verdict, result: JudgeResult) => boolean> = {
  accepted: (v, r) => v === 'AC' && r.score === r.maxScore,
  wrong_answer: (v) => v === 'WA',
  time_limit_exceeded: (v) => v === 'TLE',
  run_time_error: (v) => v === 'RE' || v === 'MLE',
  rejected: (v) => v !== 'AC' && v !== 'IE' && v !== 'CE',
  brute_force: (v) => v === 'AC' || v === 'TLE',
  partially_accepted: (v, r) =>
    v === 'AC' && r.score !== undefined && r.score > 0 && r.score < (r.maxScore ?? 0),
  // DOMjudge's folders. slow_accepted is judged with the safety margin added to the limit.
  slow_accepted: (v, r) => v === 'AC' && r.score === r.maxScore,
  compiler_error: (v) => v === 'CE',
  no_output: (v) => v === 'WA',
  // Only submissions that carry @EXPECTED_RESULTS@ are read from mixed/; the tag decides.
  mixed: () => false,
};

/** Whether a result is what the submission expects: its @EXPECTED_RESULTS@, else its folder's rule. */
function meetsExpectation(submission: Submission, result: JudgeResult): boolean {
  if (submission.expectedResults !== undefined) return submission.expectedResults.includes(result.verdict);
  return verdictsFor[submission.expected](result.verdict, result);
}

/** Whether one failing test settles the submission's verdict (nothing it expects is Accepted). */
function expectsRejection(submission: Submission): boolean {
  if (submission.expectedResults !== undefined) return !submission.expectedResults.includes('AC');
  return rejectedFolders.has(submission.expected);
}

/** Expected verdicts that one failing test settles: judging stops there. */
const rejectedFolders: ReadonlySet<ExpectedVerdict> = new Set([
  'wrong_answer',
  'time_limit_exceeded',
  'run_time_error',
  'rejected',
  'compiler_error',
  'no_output',
]);

/** Generous limit for the runs that measure accepted submissions before a limit exists. */
const measuringLimitMs = 10_000;

type OnChecked = (check: SubmissionCheck, done: number, total: number) => void;

/** Judges one package submission (its file or its directory's files) and checks the verdict. */
async function checkSubmission(
  judge: Judge,
  problem: ProblemPackage,
  submission: Submission,
  timeLimitMs: number,
): Promise<SubmissionCheck> {
  const started = performance.now();
  const result = await judge.judge({
    problem,
    language: submission.language,
    files: await readProgramFiles(submission),
    timeLimitMs,
    ...(expectsRejection(submission) ? { stopOnFirstFailure: true } : {}),
  });
  return {
    submission,
    expected: submission.expected,
    result,
    maxTimeMs: Math.max(0, ...result.tests.map((t) => t.timeMs)),
    wallMs: Math.round(performance.now() - started),
    ok: meetsExpectation(submission, result),
  };
}

export type DerivedTimeLimit =
  | { ok: true; timeLimitMs: number; checks: SubmissionCheck[] }
  | { ok: false; problem: string; checks: SubmissionCheck[] };

/**
 * The time limit of a package that gives none, as Kattis derives it: the slowest test of the accepted
 * submissions × `acToTimeLimit`, rounded up to the time resolution. Only accepted runs count; when none
 * of them is accepted (each failed, or could not be judged at all) there is nothing to measure, and
 * that is an error, never a default.
 */
export async function deriveTimeLimit(
  judge: Judge,
  problem: ProblemPackage,
  onChecked: OnChecked = () => undefined,
  total?: number,
): Promise<DerivedTimeLimit> {
  const accepted = problem.submissions.filter((s) => s.expected === 'accepted');
  const checks: SubmissionCheck[] = [];
  for (const submission of accepted) {
    const check = await checkSubmission(judge, problem, submission, measuringLimitMs);
    checks.push(check);
    onChecked(check, checks.length, total ?? accepted.length);
  }
  const measured = checks.filter((check) => check.result.verdict === 'AC');
  if (measured.length === 0) {
    const first = checks[0];
    return {
      ok: false,
      checks,
      problem:
        first === undefined
          ? 'the package gives no limits.time_limit and has no accepted submission to derive it from; add one of them.'
          : `the package gives no limits.time_limit and none of its ${checks.length} accepted submission(s) was accepted (${first.submission.path}: ${first.result.verdict}${first.result.message ? `, ${first.result.message.split('\n')[0]}` : ''}), so none can be derived; fix them or set limits.time_limit.`,
    };
  }
  const slowest = Math.max(1, ...measured.map((c) => c.maxTimeMs));
  const resolutionMs = problem.limits.timeResolution * 1000;
  const timeLimitMs = Math.ceil((slowest * problem.limits.acToTimeLimit) / resolutionMs) * resolutionMs;
  return { ok: true, timeLimitMs, checks };
}

export async function verifyPackage(
  judge: Judge,
  problem: ProblemPackage,
  onChecked: OnChecked = () => undefined,
): Promise<VerifyReport> {
  const inputProblems = await validateInputs(judge.sandbox, problem);
  const total = problem.submissions.length;
  const given =
    problem.limits.timeLimit === undefined ? undefined : Math.round(problem.limits.timeLimit * 1000);
  const checks: SubmissionCheck[] = [];
  const record = (check: SubmissionCheck) => {
    checks.push(check);
    onChecked(check, checks.length, total);
  };

  let timeLimitMs = given;
  if (given === undefined) {
    const derived = await deriveTimeLimit(judge, problem, (check) => record(check), total);
    if (!derived.ok)
      return { inputProblems, derived: true, timeLimitProblem: derived.problem, checks, ok: false };
    timeLimitMs = derived.timeLimitMs;
  } else {
    for (const submission of problem.submissions.filter((s) => s.expected === 'accepted'))
      record(await checkSubmission(judge, problem, submission, given));
  }
  const limit = timeLimitMs!;
  for (const submission of problem.submissions.filter((s) => s.expected !== 'accepted')) {
    // A time_limit_exceeded submission must time out even with the safety margin added; a
    // slow_accepted one is accepted within it.
    const runLimit =
      submission.expected === 'time_limit_exceeded' || submission.expected === 'slow_accepted'
        ? Math.round(limit * problem.limits.timeLimitToTle)
        : limit;
    record(await checkSubmission(judge, problem, submission, runLimit));
  }
  return {
    inputProblems,
    timeLimitMs: limit,
    derived: given === undefined,
    checks,
    ok: inputProblems.length === 0 && checks.every((c) => c.ok),
  };
}
