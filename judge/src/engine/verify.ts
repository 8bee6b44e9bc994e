/**
 * A package's self-test, as `problem verify` runs it: every submission in `submissions/<expected>/` is
 * judged and must get the verdict its folder promises. When the package gives no time limit, it is
 * derived as Kattis does: the slowest accepted run × `acToTimeLimit`, rounded up to the time resolution,
 * and time_limit_exceeded submissions must still time out with `timeLimitToTle` × that limit of slack.
 */
import { readFile } from 'node:fs/promises';
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
}

export interface VerifyReport {
  /** Test inputs an input validator rejected (the package's data is broken when this is not empty). */
  inputProblems: InputProblem[];
  timeLimitMs: number;
  /** The limit was computed from the accepted submissions rather than given by the package. */
  derived: boolean;
  checks: SubmissionCheck[];
  ok: boolean;
}

/** Whether a result is what the folder promises; on scoring problems, accepted means the full score. */
const verdictsFor: Record<ExpectedVerdict, (verdict: Verdict, result: JudgeResult) => boolean> = {
  accepted: (v, r) => v === 'AC' && r.score === r.maxScore,
  wrong_answer: (v) => v === 'WA',
  time_limit_exceeded: (v) => v === 'TLE',
  run_time_error: (v) => v === 'RE',
  rejected: (v) => v !== 'AC' && v !== 'IE' && v !== 'CE',
  brute_force: (v) => v === 'AC' || v === 'TLE',
  partially_accepted: (v, r) =>
    v === 'AC' && r.score !== undefined && r.score > 0 && r.score < (r.maxScore ?? 0),
};

/** Generous limit for the runs that measure accepted submissions before a limit exists. */
const measuringLimitMs = 10_000;

export async function verifyPackage(
  judge: Judge,
  problem: ProblemPackage,
  onChecked: (check: SubmissionCheck, done: number, total: number) => void = () => undefined,
): Promise<VerifyReport> {
  const submissions = [...problem.submissions].sort((a, b) =>
    a.expected === 'accepted' ? -1 : b.expected === 'accepted' ? 1 : 0,
  );
  const inputProblems = await validateInputs(judge.sandbox, problem);
  const checks: SubmissionCheck[] = [];
  const given =
    problem.limits.timeLimit === undefined ? undefined : Math.round(problem.limits.timeLimit * 1000);
  let timeLimitMs = given ?? measuringLimitMs;

  const run = async (submission: Submission, limitMs: number) => {
    const result = await judge.judge({
      problem,
      language: submission.language,
      source: await readFile(submission.absolutePath, 'utf8'),
      timeLimitMs: limitMs,
    });
    return { result, maxTimeMs: Math.max(0, ...result.tests.map((t) => t.timeMs)) };
  };
  const record = (
    submission: Submission,
    limitMs: number,
    outcome: { result: JudgeResult; maxTimeMs: number },
  ) => {
    const check = {
      submission,
      expected: submission.expected,
      result: outcome.result,
      maxTimeMs: outcome.maxTimeMs,
      ok: verdictsFor[submission.expected](outcome.result.verdict, outcome.result),
    };
    checks.push(check);
    onChecked(check, checks.length, submissions.length);
    return limitMs;
  };

  const accepted = submissions.filter((s) => s.expected === 'accepted');
  for (const submission of accepted) record(submission, timeLimitMs, await run(submission, timeLimitMs));
  if (given === undefined) {
    const slowest = Math.max(1, ...checks.map((c) => c.maxTimeMs));
    const resolutionMs = problem.limits.timeResolution * 1000;
    timeLimitMs = Math.ceil((slowest * problem.limits.acToTimeLimit) / resolutionMs) * resolutionMs;
  }
  for (const submission of submissions.filter((s) => s.expected !== 'accepted')) {
    // A time_limit_exceeded submission must time out even with the safety margin added.
    const limit =
      submission.expected === 'time_limit_exceeded'
        ? Math.round(timeLimitMs * problem.limits.timeLimitToTle)
        : timeLimitMs;
    record(submission, limit, await run(submission, limit));
  }
  return {
    inputProblems,
    timeLimitMs,
    derived: given === undefined,
    checks,
    ok: inputProblems.length === 0 && checks.every((c) => c.ok),
  };
}
