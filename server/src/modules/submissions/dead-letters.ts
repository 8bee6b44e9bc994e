/**
 * The operator's side of poison jobs: see what was parked and why, and send it back to be judged
 * (after fixing whatever killed the workers). A requeued submission starts over: its Internal Error
 * verdict and attempt count are cleared before its job is queued again, and it is no longer shown as
 * delayed. A parked job names the submission it was published for; the one it held up (judging
 * under it) may be another, since a job is a turn in the fair line (decision 0070): both the list and
 * the requeue look through to that one.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import { submissionResults, submissions } from '../../infra/db/schema.js';
import type { DeadLetter, JobQueue } from '../../infra/queue/job-queue.js';
import { createSubmissionRepository } from './repository.js';

/** The submissions the parked jobs held up, by job id (unreadable ids skipped). */
const heldBy = (db: Database, letters: DeadLetter[]) =>
  createSubmissionRepository(db).heldByJobs(
    letters.map((letter) => letter.job.submissionId).filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
  );

export interface DeadLetterView extends DeadLetter {
  status: string | undefined;
  verdict: string | null | undefined;
  attempts: number | undefined;
}

export async function listDeadLetters(
  db: Database,
  queue: JobQueue,
  limit: number,
): Promise<DeadLetterView[]> {
  const letters = await queue.listDeadLetters(limit);
  const held = await heldBy(db, letters);
  return letters.map((letter) => {
    const row = held.get(letter.job.submissionId);
    return {
      ...letter,
      ...(row === undefined ? {} : { job: { submissionId: row.id } }),
      status: row?.status,
      verdict: row?.verdict,
      attempts: row?.attempts,
    };
  });
}

/** Resets the parked submissions and queues their jobs again; returns how many were requeued. */
export async function requeueDeadLetters(db: Database, queue: JobQueue, limit: number): Promise<number> {
  const letters = await queue.listDeadLetters(limit);
  const ids = [...(await heldBy(db, letters)).values()].map((row) => row.id);
  if (ids.length > 0) {
    await db.transaction(async (tx) => {
      await tx.delete(submissionResults).where(inArray(submissionResults.submissionId, ids));
      await tx
        .update(submissions)
        .set({
          status: 'queued',
          verdict: null,
          message: null,
          score: null,
          maxScore: null,
          testsRun: null,
          testsTotal: null,
          compileMs: null,
          attempts: 0,
          judgingStartedAt: null,
          judgedAt: null,
          queuedAt: sql`now()`,
          delayedAt: null,
          delayReason: null,
        })
        // Only Internal Errors: a parked duplicate of a submission judged fine keeps its verdict.
        .where(and(inArray(submissions.id, ids), eq(submissions.verdict, 'IE')));
      // Parked by the broker before any verdict: no longer delayed, and its wait starts over.
      await tx
        .update(submissions)
        .set({ queuedAt: sql`now()`, delayedAt: null, delayReason: null })
        .where(and(inArray(submissions.id, ids), sql`${submissions.status} <> 'done'`));
    });
  }
  return (await queue.requeueDeadLetters(limit)).length;
}
