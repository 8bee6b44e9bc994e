/**
 * Submissions in PostgreSQL: creating one together with its outbox event, the worker's claim and its
 * one-transaction result write, and the lists. Every state change is guarded by the row's status, so
 * a redelivered or duplicated job can never write a second result set or undo a final verdict.
 */
import { and, asc, eq, gte, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../infra/db/database.js';
import { planKeysetPage, type SortKey } from '../../infra/db/keyset.js';
import {
  outboxEvents,
  problems,
  submissionResults,
  submissions,
  testCases,
  users,
} from '../../infra/db/schema.js';
import { judgeTopic } from './outbox-repository.js';

export type SubmissionRow = typeof submissions.$inferSelect;
export type Verdict = NonNullable<SubmissionRow['verdict']>;

export interface NewSubmission {
  userId: string;
  problemId: number;
  problemVersionId: number;
  language: string;
  mode: 'run' | 'submit';
  source: string;
  customInput?: string;
  idempotencyKey?: string;
  /** The client address (normalised), kept while the submission waits: the per-address cap. */
  clientAddress?: string;
}

/** How many unfinished submissions (queued or being judged) one learner and one address may have. */
export interface QueueCaps {
  perUser: number;
  perAddress: number;
}

/** A new submission would pass a cap on unfinished submissions: nothing was stored. */
export class QueueFullError extends Error {
  constructor(
    readonly cap: 'user' | 'address',
    readonly limit: number,
  ) {
    super(`${limit} unfinished submissions per ${cap} already`);
  }
}

/** Advisory lock class of the cap check: one lock per learner and one per address (second key). */
const capLockClass = 7_300_002;

/** What a finished judging run writes: the final verdict and one row per test that ran. */
export interface Outcome {
  verdict: Verdict;
  message?: string;
  score?: number;
  maxScore?: number;
  testsRun: number;
  testsTotal: number;
  compileMs: number;
  output?: string;
  tests: Array<{
    name: string;
    verdict: Verdict;
    timeMs: number;
    memoryKb: number;
    message?: string;
    details?: { input?: string; expected?: string; actual?: string };
  }>;
}

export interface ResultRow {
  name: string;
  position: number;
  sample: boolean;
  verdict: Verdict;
  timeMs: number;
  memoryKb: number;
  message: string | null;
  details: { input?: string; expected?: string; actual?: string } | null;
}

export interface ListFilters {
  userId?: string;
  problemId?: number;
  language?: string;
  verdict?: Verdict;
  mode?: 'run' | 'submit';
  from?: Date;
  to?: Date;
}

const pageKeys: readonly SortKey[] = [
  { column: submissions.createdAt, kind: 'timestamp' },
  { column: submissions.id, kind: 'text' },
];

export function createSubmissionRepository(db: Database) {
  return {
    /**
     * Stores the submission and its judge event in ONE transaction: either both exist or neither.
     * With an idempotency key, a repeat returns the first submission (`created: false`).
     */
    async create(
      input: NewSubmission,
      caps?: QueueCaps,
    ): Promise<{ submission: SubmissionRow; created: boolean }> {
      const existing = async () =>
        input.idempotencyKey === undefined
          ? undefined
          : (
              await db
                .select()
                .from(submissions)
                .where(
                  and(
                    eq(submissions.userId, input.userId),
                    eq(submissions.idempotencyKey, input.idempotencyKey),
                  ),
                )
            )[0];
      const before = await existing();
      if (before !== undefined) return { submission: before, created: false };
      const inserted = await db.transaction(async (tx) => {
        if (caps !== undefined) await checkCaps(tx, input, caps);
        const [row] = await tx
          .insert(submissions)
          .values({
            userId: input.userId,
            problemId: input.problemId,
            problemVersionId: input.problemVersionId,
            language: input.language,
            mode: input.mode,
            source: input.source,
            customInput: input.customInput ?? null,
            idempotencyKey: input.idempotencyKey ?? null,
            clientAddress: input.clientAddress ?? null,
          })
          // Two concurrent POSTs with one key: the loser inserts nothing and returns the winner's row.
          .onConflictDoNothing({ target: [submissions.userId, submissions.idempotencyKey] })
          .returning();
        if (row === undefined) return undefined;
        await tx.insert(outboxEvents).values({ topic: judgeTopic, payload: { submissionId: row.id } });
        return row;
      });
      if (inserted !== undefined) return { submission: inserted, created: true };
      const winner = await existing();
      if (winner === undefined) throw new Error('idempotent insert found neither a new nor an old row');
      return { submission: winner, created: false };
    },

    /** The submission with its problem's slug, in one query. */
    async findById(id: string): Promise<{ submission: SubmissionRow; problemSlug: string } | undefined> {
      const [row] = await db
        .select({ submission: submissions, problemSlug: problems.slug })
        .from(submissions)
        .innerJoin(problems, eq(submissions.problemId, problems.id))
        .where(eq(submissions.id, id));
      return row;
    },

    async resultsOf(id: string): Promise<ResultRow[]> {
      return db
        .select({
          name: testCases.name,
          position: testCases.position,
          sample: testCases.isSample,
          verdict: submissionResults.verdict,
          timeMs: submissionResults.timeMs,
          memoryKb: submissionResults.memoryKb,
          message: submissionResults.message,
          details: submissionResults.details,
        })
        .from(submissionResults)
        .innerJoin(testCases, eq(submissionResults.testCaseId, testCases.id))
        .where(eq(submissionResults.submissionId, id))
        .orderBy(asc(testCases.position));
    },

    /**
     * Takes this very submission: `judging`, one more attempt; undefined when it is already done.
     * Workers do not call it (they take the head of the fair line, fair-queue.ts); tests and tools
     * that need one given row judging do.
     */
    async claim(id: string): Promise<SubmissionRow | undefined> {
      const [row] = await db
        .update(submissions)
        .set({
          status: 'judging',
          attempts: sql`${submissions.attempts} + 1`,
          judgingStartedAt: sql`now()`,
          delayedAt: null,
          delayReason: null,
        })
        .where(and(eq(submissions.id, id), sql`${submissions.status} <> 'done'`))
        .returning();
      return row;
    },

    /**
     * Writes the verdict and every test's result in one transaction, only if no other attempt got
     * there first. Returns false when the submission was already done (nothing written).
     */
    async finish(submission: SubmissionRow, outcome: Outcome): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(submissions)
          .set({
            status: 'done',
            verdict: outcome.verdict,
            message: outcome.message ?? null,
            score: outcome.score ?? null,
            maxScore: outcome.maxScore ?? null,
            testsRun: outcome.testsRun,
            testsTotal: outcome.testsTotal,
            compileMs: outcome.compileMs,
            output: outcome.output ?? null,
            judgedAt: sql`now()`,
            clientAddress: null,
          })
          .where(and(eq(submissions.id, submission.id), sql`${submissions.status} <> 'done'`))
          .returning({ id: submissions.id });
        if (row === undefined) return false;
        if (outcome.tests.length > 0) {
          const ids = new Map(
            (
              await tx
                .select({ id: testCases.id, name: testCases.name })
                .from(testCases)
                .where(eq(testCases.problemVersionId, submission.problemVersionId))
            ).map((t) => [t.name, t.id]),
          );
          const rows = outcome.tests.flatMap((test) => {
            const testCaseId = ids.get(test.name);
            return testCaseId === undefined
              ? []
              : [
                  {
                    submissionId: submission.id,
                    testCaseId,
                    verdict: test.verdict,
                    timeMs: Math.max(0, Math.round(test.timeMs)),
                    memoryKb: Math.max(0, Math.round(test.memoryKb)),
                    message: test.message ?? null,
                    details: test.details ?? null,
                  },
                ];
          });
          if (rows.length > 0) await tx.insert(submissionResults).values(rows);
        }
        return true;
      });
    },

    /** Unfinished submissions older than `before` (the sweeper's candidates), oldest first. */
    async unfinishedSince(status: 'queued' | 'judging', before: Date, limit: number) {
      const column = status === 'queued' ? submissions.createdAt : submissions.judgingStartedAt;
      return db
        .select()
        .from(submissions)
        .where(and(eq(submissions.status, status), lt(column, before)))
        .orderBy(asc(column))
        .limit(limit);
    },

    /**
     * `queued` submissions whose judge event went out before `before` and is not waiting in the
     * outbox: the message was lost or parked somewhere (the sweeper re-publishes them), oldest first.
     */
    async queuedTooLong(before: Date, limit: number) {
      return db
        .select()
        .from(submissions)
        .where(
          and(
            eq(submissions.status, 'queued'),
            lt(submissions.queuedAt, before),
            sql`not exists (select 1 from ${outboxEvents} where ${outboxEvents.publishedAt} is null
                 and ${outboxEvents.payload}->>'submissionId' = ${submissions.id}::text)`,
          ),
        )
        .orderBy(asc(submissions.queuedAt))
        .limit(limit);
    },

    /**
     * Marks unfinished submissions as held up, with the reason their learners see (kept from the first
     * time, so `delayedAt` says since when); returns the ids newly marked or whose reason changed.
     */
    async markDelayed(ids: string[], reason: string): Promise<Array<{ id: string; userId: string }>> {
      if (ids.length === 0) return [];
      return db
        .update(submissions)
        .set({ delayedAt: sql`coalesce(${submissions.delayedAt}, now())`, delayReason: reason })
        .where(
          and(
            inArray(submissions.id, ids),
            sql`${submissions.status} <> 'done'`,
            sql`${submissions.delayReason} is distinct from ${reason}`,
          ),
        )
        .returning({ id: submissions.id, userId: submissions.userId });
    },

    /**
     * The submission each of these jobs stands for (dead letters name a job, not what it held up): the
     * one the job was judging (claimed under it; an unfinished one first, else the latest), or, when it
     * claimed none, the submission it was published for.
     */
    async heldByJobs(jobIds: string[]): Promise<Map<string, SubmissionRow>> {
      const held = new Map<string, SubmissionRow>();
      if (jobIds.length === 0) return held;
      const rows = await db
        .select()
        .from(submissions)
        .where(sql`${inArray(submissions.claimToken, jobIds)} or ${inArray(submissions.id, jobIds)}`);
      const rank = (row: SubmissionRow, job: string) =>
        row.claimToken === job
          ? [row.status === 'done' ? 1 : 0, -(row.judgingStartedAt?.getTime() ?? 0)]
          : [2, 0];
      for (const job of jobIds) {
        const candidates = rows
          .filter((row) => row.claimToken === job || row.id === job)
          .sort((a, b) => {
            const [x, y] = [rank(a, job), rank(b, job)];
            return x[0]! - y[0]! || x[1]! - y[1]!;
          });
        if (candidates[0] !== undefined) held.set(job, candidates[0]);
      }
      return held;
    },

    /** Queues the submission's judge event again (the sweeper's retry), in one transaction. */
    async requeue(id: string): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .update(submissions)
          .set({ status: 'queued', judgingStartedAt: null, queuedAt: sql`now()` })
          .where(and(eq(submissions.id, id), sql`${submissions.status} <> 'done'`));
        await tx.insert(outboxEvents).values({ topic: judgeTopic, payload: { submissionId: id } });
      });
    },

    async list(filters: ListFilters, page: { limit: number; cursor: string | undefined }) {
      const plan = planKeysetPage({
        keys: pageKeys,
        direction: 'desc',
        limit: page.limit,
        cursor: page.cursor,
        sortName: 'createdAt',
      });
      const conditions: Array<SQL | undefined> = [
        plan.where,
        filters.userId === undefined ? undefined : eq(submissions.userId, filters.userId),
        filters.problemId === undefined ? undefined : eq(submissions.problemId, filters.problemId),
        filters.language === undefined ? undefined : eq(submissions.language, filters.language),
        filters.verdict === undefined ? undefined : eq(submissions.verdict, filters.verdict),
        filters.mode === undefined ? undefined : eq(submissions.mode, filters.mode),
        filters.from === undefined ? undefined : gte(submissions.createdAt, filters.from),
        filters.to === undefined ? undefined : lt(submissions.createdAt, filters.to),
      ];
      const rows = await db
        .select({
          id: submissions.id,
          userId: submissions.userId,
          displayName: users.displayName,
          anonymous: users.anonymous,
          problemSlug: problems.slug,
          language: submissions.language,
          mode: submissions.mode,
          status: submissions.status,
          verdict: submissions.verdict,
          score: submissions.score,
          createdAt: submissions.createdAt,
          judgedAt: submissions.judgedAt,
        })
        .from(submissions)
        .innerJoin(problems, eq(submissions.problemId, problems.id))
        .innerJoin(users, eq(submissions.userId, users.id))
        .where(and(...conditions))
        .orderBy(...plan.orderBy)
        .limit(plan.limit);
      return plan.toPage(rows, (row) => [row.createdAt, row.id]);
    },
  };
}

export type SubmissionRepository = ReturnType<typeof createSubmissionRepository>;

/**
 * Refuses a submission over a cap, counted under advisory locks (the learner's, then the address's:
 * always in that order, so two transactions never wait on each other in a circle) so two POSTs at
 * once cannot both take the last place. Delayed submissions (held up by the platform) do not count.
 */
async function checkCaps(tx: Transaction, input: NewSubmission, caps: QueueCaps): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${capLockClass}, hashtext(${`user:${input.userId}`}))`);
  const address = input.clientAddress;
  if (address !== undefined)
    await tx.execute(sql`select pg_advisory_xact_lock(${capLockClass}, hashtext(${`address:${address}`}))`);
  const [counts] = await tx
    .select({
      mine: sql<number>`(count(*) filter (where ${submissions.userId} = ${input.userId}))::int`,
      fromAddress:
        address === undefined
          ? sql<number>`0`
          : sql<number>`(count(*) filter (where ${submissions.clientAddress} = ${address}))::int`,
    })
    .from(submissions)
    .where(and(sql`${submissions.status} <> 'done'`, isNull(submissions.delayedAt)));
  if ((counts?.mine ?? 0) >= caps.perUser) throw new QueueFullError('user', caps.perUser);
  if (Number(counts?.fromAddress ?? 0) >= caps.perAddress)
    throw new QueueFullError('address', caps.perAddress);
}
