/**
 * The values every side of Winter Arc must agree on — the server (database checks, schemas), the
 * judge, the web app and the CLI. They live here once; each side imports them instead of copying.
 */

/** A submission's verdict: the judge's outcome, stored in the database and shown to the learner. */
export const verdicts = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'IE'] as const;
export type Verdict = (typeof verdicts)[number];

/** The full name of each verdict, as the judge, the CLI and the web app print it. */
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

/** Narrows a string (e.g. a loosely typed list field) to a known verdict, or null. */
export function asVerdict(value: string | null | undefined): Verdict | null {
  return (verdicts as readonly string[]).includes(value ?? '') ? (value as Verdict) : null;
}

/** `submit`: every test, the verdict counts. `run`: the samples only, or the learner's own input. */
export const submissionModes = ['run', 'submit'] as const;
export type SubmissionMode = (typeof submissionModes)[number];

/** Where a submission is in the pipeline; `done` once it has a verdict. */
export const submissionStatuses = ['queued', 'judging', 'done'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/** A queued submission's place in the judge line as learners read it: "next in queue", "3rd in queue". */
export function queuePlaceText(position: number): string {
  if (position <= 1) return 'next in queue';
  const tens = position % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[position % 10] ?? 'th');
  return `${position}${suffix} in queue`;
}

/** stdio: a whole program reading standard input; function: one function, LeetCode-style. */
export const problemStyles = ['stdio', 'function'] as const;
export type ProblemStyle = (typeof problemStyles)[number];

/** A learner's state of one roadmap topic. */
export const topicStatuses = ['todo', 'learning', 'done', 'skipped'] as const;
export type TopicStatus = (typeof topicStatuses)[number];

/** Progress figures of a set of topics (a week, a session, the whole roadmap). */
export interface Completion {
  total: number;
  done: number;
  learning: number;
  skipped: number;
  /** Done as a share of the topics not skipped, 0-100, rounded down; 100 when nothing is left to count. */
  percent: number;
}

/**
 * The completion rule: skipping a topic takes it out of the denominator, and the share is rounded
 * down so that 100% means everything countable is done. The server reports it; the web app applies
 * it to an optimistic status change before the server answers.
 */
export function completionOf(statuses: readonly TopicStatus[]): Completion {
  const tally = { total: statuses.length, done: 0, learning: 0, skipped: 0 };
  for (const status of statuses) {
    if (status === 'done') tally.done += 1;
    else if (status === 'learning') tally.learning += 1;
    else if (status === 'skipped') tally.skipped += 1;
  }
  const countable = tally.total - tally.skipped;
  return { ...tally, percent: countable === 0 ? 100 : Math.floor((tally.done / countable) * 100) };
}

/** Close codes of the live-events WebSocket, in the private range (4000–4999), mirroring HTTP statuses. */
export const liveCloseCodes = { badMessage: 4400, unauthenticated: 4401, authTimeout: 4408 } as const;
