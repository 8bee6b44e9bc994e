/**
 * The judge line, kept fair in the database (decision 0070). A judge job is a turn, not an address:
 * the worker that receives one takes the submission at the head of the fair order below, so whoever
 * filled the broker's queue first is not served first.
 *
 * The fair order of the `queued` submissions:
 * 1. Each learner's waiting submissions are lined up runs first (runs on the samples are the quick
 *    feedback a learner waits for), then oldest first; the k-th of them is in the learner's round
 *    `k + (the learner's submissions being judged now)`.
 * 2. Lower rounds go first: learners take turns, and one with work in progress waits behind one
 *    without (round robin between learners).
 * 3. In one round, runs go before full submissions; then the learner served longest ago (never
 *    served first); then the oldest submission.
 * A learner with `maxInFlight` submissions being judged gets no more until one finishes.
 *
 * Every claim runs under one transaction-scoped advisory lock, so the count of a learner's
 * submissions in flight cannot be raced past by two workers at once. Claims are short (a few small
 * queries over the unfinished rows, which the per-learner caps keep few).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import { submissions } from '../../infra/db/schema.js';

export type SubmissionRow = typeof submissions.$inferSelect;

/** The advisory lock that serialises claims across workers. */
const claimLockKey = 7_300_001;

/**
 * How far back "served" is looked for: long enough to order learners who take turns now, short
 * enough that the scan stays on a few recent rows per learner.
 */
const servedWithin = sql`interval '1 hour'`;

/**
 * Every `queued` submission with its learner, its place in the fair order (1 = next), and how many
 * of its learner's submissions are being judged. One statement, O(w log w) for w unfinished rows.
 */
function fairOrder(where: SQL = sql`true`) {
  return sql`
    with unfinished as (
      select id, user_id, mode, status, created_at
      from submissions
      where status <> 'done'
    ),
    in_flight as (
      select user_id, (count(*) filter (where status = 'judging'))::int as judging
      from unfinished
      group by user_id
    ),
    last_served as (
      select s.user_id, max(s.judging_started_at) as at
      from submissions s
      where s.user_id in (select user_id from unfinished where status = 'queued')
        and s.created_at > now() - interval '1 day'
        and s.judging_started_at > now() - ${servedWithin}
      group by s.user_id
    ),
    waiting as (
      select u.id, u.user_id, u.mode, u.created_at, f.judging, l.at as served_at,
        f.judging + row_number() over (
          partition by u.user_id order by (u.mode = 'submit'), u.created_at, u.id
        ) as round
      from unfinished u
      join in_flight f on f.user_id = u.user_id
      left join last_served l on l.user_id = u.user_id
      where u.status = 'queued'
    ),
    ordered as (
      select id, user_id, judging,
        (row_number() over (
          order by round, (mode = 'submit'), served_at asc nulls first, created_at, id
        ))::int as position
      from waiting
    )
    select id, user_id as "userId", judging, position from ordered where ${where} order by position`;
}

/** The rows of a raw statement (node-postgres and PGlite both answer `{ rows }`). */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export interface QueuePlace {
  id: string;
  userId: string;
  /** 1 = the next submission a free judge takes. */
  position: number;
}

export interface ClaimResult {
  submission: SubmissionRow | undefined;
  /** Submissions still queued but held back because their learners have `maxInFlight` being judged. */
  heldBack: number;
}

export interface FairQueueOptions {
  maxInFlight: number;
  /**
   * `fair` (the default) as above; `arrival`: each job takes its own submission, in the broker's
   * order, with no in-flight cap — judging as it was before decision 0070, kept only so the fairness
   * benchmark can show the difference in one run.
   */
  order?: 'fair' | 'arrival';
}

export function createFairQueue(db: Database, options: FairQueueOptions) {
  const claimed = (row: Record<string, unknown> | undefined) => row as SubmissionRow | undefined;
  return {
    /**
     * Takes the next submission for the job `jobId`: the one this job was already judging when it is
     * delivered again (its worker died; one more attempt), else the head of the fair order among
     * learners below their in-flight cap. `submission` is undefined when there is nothing to take;
     * then `heldBack` says whether queued work waits for a learner's judging to finish.
     */
    async claim(jobId: string): Promise<ClaimResult> {
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${claimLockKey})`);
        const [resumed] = await tx
          .update(submissions)
          .set({
            attempts: sql`${submissions.attempts} + 1`,
            judgingStartedAt: sql`now()`,
            delayedAt: null,
            delayReason: null,
          })
          .where(sql`${submissions.claimToken} = ${jobId} and ${submissions.status} = 'judging'`)
          .returning();
        if (resumed !== undefined) return { submission: resumed, heldBack: 0 };
        if (options.order === 'arrival') {
          const [own] = await tx
            .update(submissions)
            .set({
              status: 'judging',
              attempts: sql`${submissions.attempts} + 1`,
              judgingStartedAt: sql`now()`,
              claimToken: jobId,
              delayedAt: null,
              delayReason: null,
            })
            .where(sql`${submissions.id} = ${jobId} and ${submissions.status} = 'queued'`)
            .returning();
          return { submission: claimed(own), heldBack: 0 };
        }

        const places = rowsOf<QueuePlace & { judging: number }>(await tx.execute(fairOrder()));
        const next = places.find((place) => place.judging < options.maxInFlight);
        if (next === undefined) return { submission: undefined, heldBack: places.length };
        const [row] = await tx
          .update(submissions)
          .set({
            status: 'judging',
            attempts: sql`${submissions.attempts} + 1`,
            judgingStartedAt: sql`now()`,
            claimToken: jobId,
            delayedAt: null,
            delayReason: null,
          })
          .where(sql`${submissions.id} = ${next.id} and ${submissions.status} = 'queued'`)
          .returning();
        return { submission: claimed(row), heldBack: 0 };
      });
    },

    /** Every queued submission's place, in order (for the live position events). */
    async places(): Promise<QueuePlace[]> {
      return rowsOf<QueuePlace>(await db.execute(fairOrder()));
    },

    /** One submission's place, or undefined when it is not queued. */
    async placeOf(id: string): Promise<number | undefined> {
      return rowsOf<QueuePlace>(await db.execute(fairOrder(sql`id = ${id}`)))[0]?.position;
    },
  };
}

export type FairQueue = ReturnType<typeof createFairQueue>;
