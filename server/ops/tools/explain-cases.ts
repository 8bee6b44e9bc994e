/**
 * The queries `explain-queries.ts` explains: each as the application issues it (through the real
 * repository functions, or the Drizzle query builder for tables without a repository yet), with the
 * index docs/data-model.md says it uses.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/infra/db/database.js';
import { planKeysetPage, type SortKey } from '../../src/infra/db/keyset.js';
import { refreshTokens, submissions, topics, users } from '../../src/infra/db/schema.js';
import { createRefreshTokenRepository } from '../../src/modules/auth/refresh-token-repository.js';
import { createProblemRepository } from '../../src/modules/problems/repository.js';
import type { SessionContent } from '../../src/modules/roadmap/content.js';
import { createProgressRepository } from '../../src/modules/roadmap/progress-repository.js';
import { createRoadmapRepository } from '../../src/modules/roadmap/roadmap-repository.js';
import { seedRoadmap } from '../../src/modules/roadmap/seed.js';
import { createOutboxRepository } from '../../src/modules/submissions/outbox-repository.js';
import { createSubmissionRepository } from '../../src/modules/submissions/repository.js';
import { createUserRepository } from '../../src/modules/users/repository.js';

/** A table with at least this many rows after the fill is "big": a Seq Scan on it fails the run. */
export const bigTableRows = 10_000;
/** The default page size of every list endpoint (pageQuerySchema); the query asks for one more. */
export const pageSize = 20;

/** Values taken from the filled database, so every query finds what it would find in production. */
export interface Samples {
  /** A learner from the middle of the sign-up order, with their progress rows. */
  user: { id: string; email: string };
  progress: { topicId: number; version: number };
  topicSlug: string;
  liveToken: { hash: string; familyId: string };
  usedTokenHash: string;
  /** The user halfway down the admin list in each sort order: where a "later page" starts. */
  middleByCreatedAt: { createdAt: Date; id: string };
  middleByEmail: { email: string; id: string };
  /** A fragment of one email: an admin searching for a specific person. */
  emailFragment: string;
  /** The user with the most submissions, and the 200th newest of them (a later page). */
  heavyUser: { id: string; submissions: number; cursorAt: { createdAt: Date; id: string } };
  idempotencyKey: string;
  /** The problem with the most accepted submissions. */
  popularProblemId: number;
  /** A version nobody submitted to (deleting it is allowed, so the check must read to the end). */
  problemVersionId: number;
  roadmap: SessionContent[];
}

export interface QueryCase {
  name: string;
  /** The code that sends the query. */
  source: string;
  /** The index the plan must use (and docs/data-model.md says it uses). */
  expectIndex?: string;
  /** Not on a request path (foreign-key maintenance, admin operations): printed, never fails the run. */
  informational?: boolean;
  /** Sends the query through the real code, against the filled database. */
  send: (db: Database, s: Samples) => Promise<unknown>;
  /** Which of the statements `send` issued to explain (default 0, the first)... */
  statement?: number;
  /** ...or the first whose SQL matches this. */
  pick?: RegExp;
  /** `send` commits its own transaction (the seed, which is idempotent: a rerun changes nothing). */
  ownTransaction?: boolean;
}

export const userSortKeys = (sort: 'createdAt' | 'email'): SortKey[] => [
  { column: sort === 'email' ? users.email : users.createdAt, kind: sort === 'email' ? 'text' : 'timestamp' },
  { column: users.id, kind: 'text' },
];

/** A cursor that resumes after `values`, made by pagination.ts's own encoder (via `toPage`). */
export function cursorAfter(
  keys: readonly SortKey[],
  sortName: string,
  direction: 'asc' | 'desc',
  values: (string | Date)[],
) {
  const page = planKeysetPage({ keys, direction, limit: 1, cursor: undefined, sortName });
  return page.toPage([values, values], (row) => row).nextCursor!;
}

export const adminList = (
  db: Database,
  sort: 'createdAt' | 'email',
  direction: 'asc' | 'desc',
  cursor: string | undefined,
  filters: { role?: 'admin'; emailContains?: string } = {},
) =>
  createUserRepository(db).list({
    limit: pageSize,
    cursor,
    sort,
    direction,
    role: filters.role,
    emailContains: filters.emailContains,
  });

export const submissionKeys: SortKey[] = [
  { column: submissions.createdAt, kind: 'timestamp' },
  { column: submissions.id, kind: 'text' },
];

export const cases: QueryCase[] = [
  // ── Accounts ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'sign-up: insert user, ON CONFLICT (email) DO NOTHING',
    source: 'users/repository.ts create',
    expectIndex: 'users_email_key',
    send: (db) =>
      createUserRepository(db).create({
        email: 'new.learner@example.test',
        displayName: 'New Learner',
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
        role: 'learner',
      }),
  },
  {
    name: 'sign-in: user by email',
    source: 'users/repository.ts findCredentialsByEmail',
    expectIndex: 'users_email_key',
    send: (db, s) => createUserRepository(db).findCredentialsByEmail(s.user.email),
  },
  {
    name: 'user by id (refresh, /users/me)',
    source: 'users/repository.ts findById',
    expectIndex: 'users_pkey',
    send: (db, s) => createUserRepository(db).findById(s.user.id),
  },
  {
    name: 'refresh: claim token (UPDATE by token_hash)',
    source: 'auth/refresh-token-repository.ts claim',
    expectIndex: 'refresh_tokens_token_hash_key',
    send: (db, s) => createRefreshTokenRepository(db).claim(s.liveToken.hash),
  },
  {
    name: 'refresh: reused token, look it up after the claim missed',
    source: 'auth/refresh-token-repository.ts claim (2nd statement)',
    expectIndex: 'refresh_tokens_token_hash_key',
    send: (db, s) => createRefreshTokenRepository(db).claim(s.usedTokenHash),
    statement: 1,
  },
  {
    name: 'refresh: revoke token family',
    source: 'auth/refresh-token-repository.ts revokeFamily',
    expectIndex: 'refresh_tokens_family_id_idx',
    send: (db, s) => createRefreshTokenRepository(db).revokeFamily(s.liveToken.familyId),
  },
  {
    name: 'sign-out: family of a token',
    source: 'auth/refresh-token-repository.ts familyOf',
    expectIndex: 'refresh_tokens_token_hash_key',
    send: (db, s) => createRefreshTokenRepository(db).familyOf(s.liveToken.hash),
  },

  // ── Roadmap (small tables: plans are printed, not judged) and progress ────────────────────────────
  {
    name: 'roadmap outline (4-table join)',
    source: 'roadmap/roadmap-repository.ts outline',
    send: async (db) => await createRoadmapRepository(db).outline(),
  },
  {
    name: 'topic by slug',
    source: 'roadmap/roadmap-repository.ts topicBySlug',
    send: (db, s) => createRoadmapRepository(db).topicBySlug(s.topicSlug),
  },
  {
    name: 'topic objectives',
    source: 'roadmap/roadmap-repository.ts topicBySlug (2nd statement)',
    send: (db, s) => createRoadmapRepository(db).topicBySlug(s.topicSlug),
    statement: 1,
  },
  {
    name: 'topic tags',
    source: 'roadmap/roadmap-repository.ts topicBySlug (3rd statement)',
    send: (db, s) => createRoadmapRepository(db).topicBySlug(s.topicSlug),
    statement: 2,
  },
  {
    name: 'active topic ids by slug (progress import)',
    source: 'roadmap/roadmap-repository.ts topicIdsBySlug',
    send: (db) => createRoadmapRepository(db).topicIdsBySlug(),
  },
  {
    name: 'seed: week by slug',
    source: 'roadmap/seed.ts upsertBySlug',
    ownTransaction: true,
    pick: /from "roadmap_weeks" where "roadmap_weeks"."slug" = \$1/,
    send: (db, s) => seedRoadmap(db, s.roadmap),
  },
  {
    name: 'seed: bullet by (week, position)',
    source: 'roadmap/seed.ts upsertBullet',
    ownTransaction: true,
    pick: /from "roadmap_bullets" where/,
    send: (db, s) => seedRoadmap(db, s.roadmap),
  },
  {
    name: 'seed: topic by slug',
    source: 'roadmap/seed.ts upsertTopic',
    ownTransaction: true,
    pick: /from "topics" where "topics"."slug" = \$1/,
    send: (db, s) => seedRoadmap(db, s.roadmap),
  },
  {
    name: 'seed: insert missing tags',
    source: 'roadmap/seed.ts ensureTags',
    expectIndex: 'tags_slug_unique',
    ownTransaction: true,
    pick: /^insert into "tags"/,
    send: (db, s) => seedRoadmap(db, s.roadmap),
  },
  {
    name: 'seed: retire topics no longer in content',
    source: 'roadmap/seed.ts seedRoadmap',
    ownTransaction: true,
    pick: /^update "topics" set "retired_at"/,
    send: (db, s) => seedRoadmap(db, s.roadmap),
  },
  {
    name: "a user's progress rows",
    source: 'roadmap/progress-repository.ts allForUser',
    expectIndex: 'topic_progress_user_id_topic_id_pk',
    send: (db, s) => createProgressRepository(db).allForUser(s.user.id),
  },
  {
    name: 'one progress row by (user, topic)',
    source: 'roadmap/progress-repository.ts get',
    expectIndex: 'topic_progress_user_id_topic_id_pk',
    send: (db, s) => createProgressRepository(db).get(s.user.id, s.progress.topicId),
  },
  {
    name: 'progress update with If-Match (version check)',
    source: 'roadmap/progress-repository.ts update (expectedVersion)',
    expectIndex: 'topic_progress_user_id_topic_id_pk',
    send: (db, s) =>
      createProgressRepository(db).update(
        s.user.id,
        s.progress.topicId,
        { status: 'done' },
        s.progress.version,
      ),
  },
  {
    name: 'progress upsert without If-Match',
    source: 'roadmap/progress-repository.ts update (importForUser sends the same ON CONFLICT)',
    expectIndex: 'topic_progress_user_id_topic_id_pk',
    send: (db, s) => createProgressRepository(db).update(s.user.id, s.progress.topicId, { status: 'done' }),
  },
  {
    name: 'progress export (join topics, by slug)',
    source: 'roadmap/progress-repository.ts exportForUser',
    expectIndex: 'topic_progress_user_id_topic_id_pk',
    send: async (db, s) => await createProgressRepository(db).exportForUser(s.user.id),
  },

  // ── Admin user list (keyset pagination) ───────────────────────────────────────────────────────────
  {
    name: 'admin users, by createdAt, first page',
    source: 'users/repository.ts list (sort=createdAt)',
    expectIndex: 'users_created_at_id_idx',
    send: (db) => adminList(db, 'createdAt', 'asc', undefined),
  },
  {
    name: 'admin users, by createdAt, page at row 25,000',
    source: 'users/repository.ts list (sort=createdAt, cursor)',
    expectIndex: 'users_created_at_id_idx',
    send: (db, s) =>
      adminList(
        db,
        'createdAt',
        'asc',
        cursorAfter(userSortKeys('createdAt'), 'createdAt:asc', 'asc', [
          s.middleByCreatedAt.createdAt,
          s.middleByCreatedAt.id,
        ]),
      ),
  },
  {
    name: 'admin users, by createdAt desc, page at row 25,000',
    source: 'users/repository.ts list (sort=createdAt, direction=desc, cursor)',
    expectIndex: 'users_created_at_id_idx',
    send: (db, s) =>
      adminList(
        db,
        'createdAt',
        'desc',
        cursorAfter(userSortKeys('createdAt'), 'createdAt:desc', 'desc', [
          s.middleByCreatedAt.createdAt,
          s.middleByCreatedAt.id,
        ]),
      ),
  },
  {
    name: 'admin users, by email, first page',
    source: 'users/repository.ts list (sort=email)',
    expectIndex: 'users_email_key',
    send: (db) => adminList(db, 'email', 'asc', undefined),
  },
  {
    name: 'admin users, by email, page at row 25,000',
    source: 'users/repository.ts list (sort=email, cursor)',
    expectIndex: 'users_email_key',
    send: (db, s) =>
      adminList(
        db,
        'email',
        'asc',
        cursorAfter(userSortKeys('email'), 'email:asc', 'asc', [s.middleByEmail.email, s.middleByEmail.id]),
      ),
  },
  {
    name: 'admin users, role=admin filter',
    source: 'users/repository.ts list (role)',
    send: (db) => adminList(db, 'createdAt', 'asc', undefined, { role: 'admin' }),
  },
  {
    name: 'admin users, email search (ILIKE %fragment%)',
    source: 'users/repository.ts list (email)',
    send: (db, s) => adminList(db, 'createdAt', 'asc', undefined, { emailContains: s.emailFragment }),
  },

  // ── Submissions and the outbox ────────────────────────────────────────────────────────────────────
  {
    name: "a user's submissions, newest first, first page",
    source: 'submissions/repository.ts list (GET /submissions)',
    expectIndex: 'submissions_user_created_idx',
    send: (db, s) =>
      createSubmissionRepository(db).list({ userId: s.heavyUser.id }, { limit: pageSize, cursor: undefined }),
  },
  {
    name: "a user's submissions, newest first, page after 200",
    source: 'submissions/repository.ts list (GET /submissions)',
    expectIndex: 'submissions_user_created_idx',
    send: (db, s) =>
      createSubmissionRepository(db).list(
        { userId: s.heavyUser.id },
        {
          limit: pageSize,
          cursor: cursorAfter(submissionKeys, 'createdAt', 'desc', [
            s.heavyUser.cursorAt.createdAt,
            s.heavyUser.cursorAt.id,
          ]),
        },
      ),
  },
  {
    name: "a problem's accepted submissions, newest first",
    source: 'submissions/repository.ts list (GET /problems/:slug/submissions)',
    expectIndex: 'submissions_problem_accepted_idx',
    send: (db, s) =>
      createSubmissionRepository(db).list(
        { problemId: s.popularProblemId, verdict: 'AC', mode: 'submit' },
        { limit: pageSize, cursor: undefined },
      ),
  },
  {
    name: "a learner's status on each problem (GET /me/problems)",
    source: 'problems/repository.ts learnerStatuses',
    expectIndex: 'submissions_user_problem_idx',
    send: (db, s) => createProblemRepository(db).learnerStatuses(s.heavyUser.id),
  },
  {
    name: 'problems a learner has solved (GET /problems?status=solved)',
    source: 'problems/repository.ts list',
    expectIndex: 'submissions_user_problem_idx',
    send: (db, s) =>
      createProblemRepository(db).list({
        limit: pageSize,
        cursor: undefined,
        sort: 'difficulty',
        direction: 'asc',
        tag: undefined,
        difficulty: undefined,
        style: undefined,
        titleContains: undefined,
        status: { userId: s.heavyUser.id, is: 'solved' },
      }),
  },
  {
    name: 'submission by idempotency key (retried POST)',
    source: 'submissions/repository.ts create',
    expectIndex: 'submissions_user_idempotency_key',
    send: (db, s) =>
      db
        .select({ id: submissions.id })
        .from(submissions)
        .where(and(eq(submissions.userId, s.heavyUser.id), eq(submissions.idempotencyKey, s.idempotencyKey))),
  },
  {
    name: 'sweeper: submissions judging for too long',
    source: 'submissions/repository.ts unfinishedSince',
    expectIndex: 'submissions_unfinished_idx',
    send: (db) =>
      createSubmissionRepository(db).unfinishedSince('judging', new Date(Date.now() - 300_000), 100),
  },
  {
    name: 'outbox relay: pending events, locked',
    source: 'submissions/outbox-repository.ts publishBatch',
    expectIndex: 'outbox_events_pending_idx',
    ownTransaction: true,
    pick: /for update skip locked/i,
    send: (db) => createOutboxRepository(db).publishBatch(100, async () => []),
  },

  // ── Foreign-key maintenance (no request path deletes these rows today) ─────────────────────────────
  {
    name: 'delete a user: cascades to tokens, progress, submissions',
    source: 'FK ON DELETE CASCADE (no code deletes users yet)',
    informational: true,
    send: (db, s) => db.delete(users).where(eq(users.id, s.heavyUser.id)),
  },
  {
    name: "a user's refresh tokens (what the users cascade runs)",
    source: 'FK ON DELETE CASCADE from users (no code queries tokens by user yet)',
    informational: true,
    expectIndex: 'refresh_tokens_user_id_idx',
    send: (db, s) => db.delete(refreshTokens).where(eq(refreshTokens.userId, s.user.id)),
  },
  {
    name: 'hard-delete a topic: cascades to topic_progress by topic_id',
    source: 'FK ON DELETE CASCADE (seed.ts retires topics instead)',
    informational: true,
    send: (db, s) => db.delete(topics).where(eq(topics.id, s.progress.topicId)),
  },
  {
    name: 'delete an unsubmitted problem version: RESTRICT check',
    source: 'the statement the FK trigger runs (no code deletes versions yet)',
    informational: true,
    expectIndex: 'submissions_problem_version_id_idx',
    send: (db, s) =>
      db
        .select({ one: submissions.id })
        .from(submissions)
        .where(eq(submissions.problemVersionId, s.problemVersionId))
        .limit(1)
        .for('key share'),
  },
];

// ── Plumbing ────────────────────────────────────────────────────────────────────────────────────────
