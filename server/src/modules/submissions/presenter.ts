/**
 * Submissions as the API shows them. Hidden tests never reveal their data: for a non-sample test a
 * learner sees the verdict, time and memory, and a message only when it is about their own program
 * (a crash, a limit), never a comparison against the hidden answer.
 */
import type { ResultRow, SubmissionRow } from './repository.js';

export function presentSubmission(
  row: SubmissionRow,
  problemSlug: string,
  results: ResultRow[],
  queuePosition: number | null = null,
) {
  return {
    id: row.id,
    problem: problemSlug,
    language: row.language,
    mode: row.mode,
    status: row.status,
    verdict: row.verdict,
    score: row.score,
    maxScore: row.maxScore,
    message: row.message,
    testsRun: row.testsRun,
    testsTotal: row.testsTotal,
    compileMs: row.compileMs,
    output: row.output,
    createdAt: row.createdAt.toISOString(),
    judgedAt: row.judgedAt?.toISOString() ?? null,
    delayed:
      row.delayedAt === null || row.status === 'done'
        ? null
        : { since: row.delayedAt.toISOString(), reason: row.delayReason ?? '' },
    queuePosition: row.status === 'queued' ? queuePosition : null,
    tests: results.map((test) => ({
      name: test.sample ? test.name : `test ${test.position}`,
      sample: test.sample,
      verdict: test.verdict,
      timeMs: test.timeMs,
      memoryKb: test.memoryKb,
      message: test.sample || revealsNothing(test.verdict) ? test.message : null,
      ...(test.sample && test.details !== null ? test.details : {}),
    })),
  };
}

/** Verdicts whose message is about the program's own behaviour, not the expected answer. */
const revealsNothing = (verdict: string) => ['RE', 'TLE', 'MLE', 'OLE'].includes(verdict);

/** What public lists show for a learner who chose to stay anonymous. */
export const anonymousAuthor = 'Anonymous';

/**
 * A submission in a list. In a public list (`audience: 'public'`, other learners reading) a learner
 * who chose anonymity is "Anonymous"; the owner's own list and an admin's show the name.
 */
export function presentListItem(
  row: {
    id: string;
    displayName: string;
    anonymous: boolean;
    problemSlug: string;
    language: string;
    mode: string;
    status: string;
    verdict: string | null;
    score: number | null;
    createdAt: Date;
    judgedAt: Date | null;
  },
  audience: 'public' | 'private' = 'private',
) {
  return {
    id: row.id,
    author: audience === 'public' && row.anonymous ? anonymousAuthor : row.displayName,
    problem: row.problemSlug,
    language: row.language,
    mode: row.mode,
    status: row.status,
    verdict: row.verdict,
    score: row.score,
    createdAt: row.createdAt.toISOString(),
    judgedAt: row.judgedAt?.toISOString() ?? null,
  };
}
