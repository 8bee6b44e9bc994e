/**
 * Proves the indexes: builds a scratch PostgreSQL database with production-like row counts, runs
 * `EXPLAIN (ANALYZE, BUFFERS)` on every query the application makes, prints each plan with a one-line
 * verdict, and exits 1 if a request-path query scans a big table sequentially, sorts many rows, or does
 * not use the index docs/data-model.md says it uses. For each such index it also shows what the same
 * statement does without it (the index is dropped inside a transaction that is rolled back). Cases
 * marked informational (foreign-key maintenance no code performs yet) are printed but never fail the
 * run. The scratch database is always dropped, also on failure and on SIGINT/SIGTERM.
 *
 * The SQL explained is not retyped here: each query is issued by the real repository function (or,
 * for tables without a repository yet, by the Drizzle query builder) through a Drizzle instance whose
 * logger records the exact SQL text and parameters, inside a transaction that is rolled back.
 *
 *   cd server && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx src/tools/explain-queries.ts
 *
 * `--keep` leaves the scratch database in place (its name is printed) to try an index by hand.
 *
 * DATABASE_URL names a server and a role that may CREATE DATABASE (PostgreSQL 13 or later); the
 * database in the URL is only used to create and drop `wa_explain_<random>`.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, type Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Database, openDatabase } from '../infra/db/database.js';
import * as schema from '../infra/db/schema.js';
import { outboxEvents, refreshTokens, submissions, topics, users } from '../infra/db/schema.js';
import { planKeysetPage, type SortKey } from '../infra/http/pagination.js';
import { repoPaths } from '../infra/paths.js';
import { createRefreshTokenRepository } from '../modules/auth/refresh-token-repository.js';
import { loadRoadmapContent, type SessionContent } from '../modules/roadmap/content.js';
import { createProgressRepository } from '../modules/roadmap/progress-repository.js';
import { createRoadmapRepository } from '../modules/roadmap/roadmap-repository.js';
import { seedRoadmap } from '../modules/roadmap/seed.js';
import { createUserRepository } from '../modules/users/repository.js';
import { fillScratchDatabase, scale } from './explain-fill.js';
import { type ExplainJson, formatMs, judgePlan, type PlanVerdict } from './explain-plan.js';

/** A table with at least this many rows after the fill is "big": a Seq Scan on it fails the run. */
const bigTableRows = 10_000;
/** The default page size of every list endpoint (pageQuerySchema); the query asks for one more. */
const pageSize = 20;

const log = (line = '') => process.stdout.write(`${line}\n`);

/** Values taken from the filled database, so every query finds what it would find in production. */
interface Samples {
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
  /** A version nobody submitted to (deleting it is allowed, so the check must read to the end). */
  problemVersionId: number;
  roadmap: SessionContent[];
}

interface QueryCase {
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

const userSortKeys = (sort: 'createdAt' | 'email'): SortKey[] => [
  { column: sort === 'email' ? users.email : users.createdAt, kind: sort === 'email' ? 'text' : 'timestamp' },
  { column: users.id, kind: 'text' },
];

/** A cursor that resumes after `values`, made by pagination.ts's own encoder (via `toPage`). */
function cursorAfter(
  keys: readonly SortKey[],
  sortName: string,
  direction: 'asc' | 'desc',
  values: (string | Date)[],
) {
  const page = planKeysetPage({ keys, direction, limit: 1, cursor: undefined, sortName });
  return page.toPage([values, values], (row) => row).nextCursor!;
}

const adminList = (
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

const submissionKeys: SortKey[] = [
  { column: submissions.createdAt, kind: 'timestamp' },
  { column: submissions.id, kind: 'text' },
];

/**
 * "My submissions, newest first", the query the schema declares `submissions_user_created_idx` for.
 * There is no submissions repository yet: this is that query written with the same keyset helper the
 * users list uses.
 */
function submissionsPage(db: Database, userId: string, cursor: string | undefined) {
  const page = planKeysetPage({
    keys: submissionKeys,
    direction: 'desc',
    limit: pageSize,
    cursor,
    sortName: 'createdAt:desc',
  });
  return db
    .select({
      id: submissions.id,
      problemVersionId: submissions.problemVersionId,
      language: submissions.language,
      mode: submissions.mode,
      status: submissions.status,
      verdict: submissions.verdict,
      score: submissions.score,
      createdAt: submissions.createdAt,
      judgedAt: submissions.judgedAt,
    })
    .from(submissions)
    .where(and(eq(submissions.userId, userId), page.where))
    .orderBy(...page.orderBy)
    .limit(page.limit);
}

const cases: QueryCase[] = [
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

  // ── Tables whose repositories do not exist yet: the queries their indexes were declared for ──────
  {
    name: "a user's submissions, newest first, first page",
    source: 'no repository yet (schema.ts: submissions_user_created_idx)',
    expectIndex: 'submissions_user_created_idx',
    send: (db, s) => submissionsPage(db, s.heavyUser.id, undefined),
  },
  {
    name: "a user's submissions, newest first, page after 200",
    source: 'no repository yet (schema.ts: submissions_user_created_idx)',
    expectIndex: 'submissions_user_created_idx',
    send: (db, s) =>
      submissionsPage(
        db,
        s.heavyUser.id,
        cursorAfter(submissionKeys, 'createdAt:desc', 'desc', [
          s.heavyUser.cursorAt.createdAt,
          s.heavyUser.cursorAt.id,
        ]),
      ),
  },
  {
    name: 'submission by idempotency key (retried POST)',
    source: 'no repository yet (schema.ts: submissions_user_idempotency_key)',
    expectIndex: 'submissions_user_idempotency_key',
    send: (db, s) =>
      db
        .select({ id: submissions.id })
        .from(submissions)
        .where(and(eq(submissions.userId, s.heavyUser.id), eq(submissions.idempotencyKey, s.idempotencyKey))),
  },
  {
    name: 'outbox relay: pending events',
    source: 'no relay yet (schema.ts: outbox_events_pending_idx)',
    expectIndex: 'outbox_events_pending_idx',
    send: (db) =>
      db
        .select({
          id: outboxEvents.id,
          topic: outboxEvents.topic,
          payload: outboxEvents.payload,
          attempts: outboxEvents.attempts,
        })
        .from(outboxEvents)
        .where(isNull(outboxEvents.publishedAt))
        .orderBy(asc(outboxEvents.id))
        .limit(100),
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

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function one<Row extends pg.QueryResultRow>(client: pg.Client, text: string, values: unknown[] = []) {
  const { rows } = await client.query<Row>(text, values);
  if (rows[0] === undefined) throw new Error(`the filled database has no row for: ${text}`);
  return rows[0];
}

async function takeSamples(client: pg.Client, roadmap: SessionContent[]): Promise<Samples> {
  const middle = Math.floor(scale.users / 2);
  const user = await one<{ id: string; email: string }>(
    client,
    `SELECT id, email FROM users WHERE role_id = 1 AND EXISTS (SELECT FROM topic_progress p WHERE p.user_id = users.id)
     ORDER BY created_at, id OFFSET $1 LIMIT 1`,
    [middle],
  );
  const progress = await one<{ topicId: number; version: number; slug: string }>(
    client,
    `SELECT p.topic_id AS "topicId", p.version, t.slug FROM topic_progress p JOIN topics t ON t.id = p.topic_id
     WHERE p.user_id = $1 ORDER BY p.topic_id LIMIT 1`,
    [user.id],
  );
  const liveToken = await one<{ hash: string; familyId: string }>(
    client,
    `SELECT token_hash AS hash, family_id AS "familyId" FROM refresh_tokens
     WHERE used_at IS NULL AND revoked_at IS NULL AND expires_at > now() LIMIT 1`,
  );
  const usedToken = await one<{ hash: string }>(
    client,
    'SELECT token_hash AS hash FROM refresh_tokens WHERE used_at IS NOT NULL LIMIT 1',
  );
  const middleByCreatedAt = await one<{ createdAt: Date; id: string }>(
    client,
    'SELECT created_at AS "createdAt", id FROM users ORDER BY created_at, id OFFSET $1 LIMIT 1',
    [middle],
  );
  const middleByEmail = await one<{ email: string; id: string }>(
    client,
    'SELECT email, id FROM users ORDER BY email, id OFFSET $1 LIMIT 1',
    [middle],
  );
  const heavy = await one<{ id: string; n: string }>(
    client,
    'SELECT user_id AS id, count(*) AS n FROM submissions GROUP BY user_id ORDER BY count(*) DESC LIMIT 1',
  );
  const cursorAt = await one<{ createdAt: Date; id: string }>(
    client,
    `SELECT created_at AS "createdAt", id FROM submissions WHERE user_id = $1
     ORDER BY created_at DESC, id DESC OFFSET 199 LIMIT 1`,
    [heavy.id],
  );
  const idempotency = await one<{ key: string }>(
    client,
    'SELECT idempotency_key AS key FROM submissions WHERE user_id = $1 AND idempotency_key IS NOT NULL LIMIT 1',
    [heavy.id],
  );
  const version = await one<{ id: number }>(
    client,
    `SELECT id FROM problem_versions AS v
     WHERE NOT EXISTS (SELECT FROM submissions AS s WHERE s.problem_version_id = v.id) LIMIT 1`,
  );
  return {
    user,
    progress: { topicId: progress.topicId, version: progress.version },
    topicSlug: progress.slug,
    liveToken,
    usedTokenHash: usedToken.hash,
    middleByCreatedAt,
    middleByEmail,
    // the part before the dot is unique per user: an admin looking one person up
    emailFragment: user.email.slice(2, 9),
    heavyUser: { id: heavy.id, submissions: Number(heavy.n), cursorAt },
    idempotencyKey: idempotency.key,
    problemVersionId: version.id,
    roadmap,
  };
}

interface Statement {
  sql: string;
  params: unknown[];
}

interface Outcome {
  case: QueryCase;
  statement: Statement;
  plan: string[];
  verdict: PlanVerdict;
  /** What the same statement does once its expected index is dropped (in a rolled-back transaction). */
  without?: string;
}

/** Runs `work` in a transaction that is always rolled back: explaining a write must not change data. */
async function rolledBack<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    return await work();
  } finally {
    await client.query('ROLLBACK');
  }
}

async function explainCase(
  client: pg.Client,
  db: Database,
  recorded: Statement[],
  samples: Samples,
  bigTables: ReadonlySet<string>,
  queryCase: QueryCase,
): Promise<Outcome> {
  recorded.length = 0;
  const send = () => queryCase.send(db, samples);
  await (queryCase.ownTransaction ? send() : rolledBack(client, send));
  const pick = queryCase.pick;
  const statement =
    pick === undefined ? recorded[queryCase.statement ?? 0] : recorded.find((r) => pick.test(r.sql));
  if (statement === undefined) {
    throw new Error(
      `"${queryCase.name}" sent ${recorded.length} statement(s), none is ${pick ?? `#${queryCase.statement}`}`,
    );
  }
  // JSON for the verdict, then TEXT for people; the second run is the one whose timing is printed.
  const json = await rolledBack(client, () =>
    client.query<{ 'QUERY PLAN': ExplainJson[] }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`,
      statement.params,
    ),
  );
  const text = await rolledBack(client, () =>
    client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${statement.sql}`,
      statement.params,
    ),
  );
  const plan = text.rows.map((row) => row['QUERY PLAN']);
  const verdict = judgePlan(json.rows[0]!['QUERY PLAN'][0]!, {
    bigTables,
    expectIndex: queryCase.expectIndex,
  });
  const executionLine = plan.find((line) => line.startsWith('Execution Time:'));
  const textMs = executionLine === undefined ? Number.NaN : Number.parseFloat(executionLine.split(':')[1]!);
  if (!Number.isNaN(textMs)) verdict.executionMs = textMs;
  // Trigger times as printed (the JSON run's differ slightly).
  verdict.triggers = plan.flatMap((line) => {
    const match = /^Trigger for constraint ([^\s:]+).*time=([\d.]+)/.exec(line);
    return match === null ? [] : [`${match[1]} ${match[2]} ms`];
  });
  const without =
    queryCase.expectIndex === undefined
      ? undefined
      : await withoutIndex(client, statement, queryCase.expectIndex, bigTables);
  return { case: queryCase, statement, plan, verdict, without };
}

/**
 * The counterfactual: drops `index` (or the constraint it backs, with the foreign keys that depend on
 * it) inside a transaction, explains `statement` again and rolls everything back. DDL is transactional
 * in PostgreSQL, so the scratch database is unchanged afterwards.
 */
async function withoutIndex(
  client: pg.Client,
  statement: Statement,
  index: string,
  bigTables: ReadonlySet<string>,
): Promise<string> {
  try {
    return await rolledBack(client, async () => {
      const { rows } = await client.query<{ constraint: string | null; table: string }>(
        `SELECT c.conname AS constraint, i.indrelid::regclass::text AS table
         FROM pg_index AS i LEFT JOIN pg_constraint AS c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
         WHERE i.indexrelid = $1::regclass`,
        [index],
      );
      const owner = rows[0];
      if (owner === undefined) return `index ${index} not found`;
      await client.query(
        owner.constraint === null
          ? `DROP INDEX "${index}"`
          : `ALTER TABLE ${owner.table} DROP CONSTRAINT "${owner.constraint}" CASCADE`,
      );
      const json = await client.query<{ 'QUERY PLAN': ExplainJson[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`,
        statement.params,
      );
      const verdict = judgePlan(json.rows[0]!['QUERY PLAN'][0]!, { bigTables });
      const access = verdict.accesses.length > 0 ? verdict.accesses.join('; ') : 'no table access';
      return `${access} · ${formatMs(verdict.executionMs)}`;
    });
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function printOutcome(index: number, outcome: Outcome) {
  const { verdict } = outcome;
  const failed = verdict.failures.length > 0;
  const status = failed ? (outcome.case.informational ? 'NOTE' : 'FAIL') : 'OK';
  log(`── ${index}. ${outcome.case.name}`);
  log(`   source: ${outcome.case.source}`);
  log(`   sql:    ${outcome.statement.sql}`);
  log(`   params: ${JSON.stringify(outcome.statement.params).slice(0, 200)}`);
  for (const line of outcome.plan) log(`   | ${line}`);
  const access = verdict.accesses.length > 0 ? verdict.accesses.join('; ') : 'no table access';
  log(`   verdict: ${status}  ${access}  ·  ${formatMs(verdict.executionMs)}`);
  for (const trigger of verdict.triggers) log(`            trigger ${trigger}`);
  if (outcome.without !== undefined) log(`   without ${outcome.case.expectIndex}: ${outcome.without}`);
  for (const warning of verdict.warnings) log(`            warning: ${warning}`);
  for (const failure of verdict.failures) log(`            ${status}: ${failure}`);
  log();
}

async function run(scratchUrl: string): Promise<number> {
  const started = performance.now();
  const roadmap = await loadRoadmapContent(repoPaths.roadmapContent);
  const database = await openDatabase({ kind: 'postgres', url: scratchUrl, maxConnections: 2 });
  try {
    await database.migrate();
    const seeded = await seedRoadmap(database.db, roadmap);
    log(`Migrated and seeded the roadmap (${seeded.created} rows created).`);
  } finally {
    await database.close();
  }

  const client = new pg.Client({ connectionString: scratchUrl });
  await client.connect();
  try {
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings
       WHERE name IN ('shared_buffers', 'work_mem', 'random_page_cost', 'effective_cache_size', 'server_version')
       ORDER BY name`,
    );
    log(
      `Server: ${settings.rows.map((r) => `${r.name}=${r.setting}${r.unit === null ? '' : ` ${r.unit}`}`).join(', ')}`,
    );
    log('Filling:');
    const counts = await fillScratchDatabase(client, log);
    const bigTables = new Set([...counts].filter(([, n]) => n >= bigTableRows).map(([table]) => table));
    log(`Row counts: ${[...counts].map(([table, n]) => `${table}=${n}`).join(', ')}`);
    log(`Big tables (>= ${bigTableRows} rows, no Seq Scan allowed): ${[...bigTables].join(', ')}`);
    log(`Setup took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    log();

    const samples = await takeSamples(client, roadmap);
    log(
      `Samples: user ${samples.user.id}; heavy user ${samples.heavyUser.id} with ${samples.heavyUser.submissions} submissions; ` +
        `email fragment "${samples.emailFragment}".`,
    );
    log();

    const recorded: Statement[] = [];
    const logger: Logger = { logQuery: (sql, params) => recorded.push({ sql, params }) };
    const db = drizzle(client, { schema, logger }) as unknown as Database;

    const outcomes: Outcome[] = [];
    for (const [i, queryCase] of cases.entries()) {
      const outcome = await explainCase(client, db, recorded, samples, bigTables, queryCase);
      outcomes.push(outcome);
      printOutcome(i + 1, outcome);
    }

    log('Summary');
    for (const [i, o] of outcomes.entries()) {
      const failed = o.verdict.failures.length > 0;
      const status = failed ? (o.case.informational ? 'NOTE' : 'FAIL') : 'OK  ';
      const indexes = o.verdict.indexes.length > 0 ? o.verdict.indexes.join(', ') : '(none)';
      log(
        `  ${status} ${String(i + 1).padStart(2)}. ${o.case.name.padEnd(62)} ${formatMs(o.verdict.executionMs).padStart(10)}  ${indexes}`,
      );
    }
    log();
    log('Without the expected index (dropped inside a rolled-back transaction)');
    for (const [i, o] of outcomes.entries()) {
      if (o.without !== undefined) log(`  ${String(i + 1).padStart(2)}. ${o.case.expectIndex}: ${o.without}`);
    }
    const failures = outcomes.filter((o) => !o.case.informational && o.verdict.failures.length > 0);
    log();
    log(`Total run time ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    if (failures.length === 0) {
      log('Every request-path query uses its index; no Seq Scan on a big table, no large sort.');
      return 0;
    }
    for (const f of failures) log(`FAILED: ${f.case.name}: ${f.verdict.failures.join('; ')}`);
    return 1;
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    process.stderr.write(
      'explain-queries: DATABASE_URL is required, e.g. postgres://postgres@127.0.0.1:5432/postgres\n' +
        '(a PostgreSQL server and a role allowed to CREATE DATABASE; a scratch database is created and dropped).\n',
    );
    return 2;
  }
  // --keep leaves the filled database behind for manual EXPLAINs (e.g. to try an index before adding it).
  const keep = process.argv.includes('--keep');
  const scratch = `wa_explain_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  let created = false;
  let interrupted = false;
  let dropping: Promise<void> | undefined;
  /** Drops the scratch database once, however many paths (normal end, failure, signal) ask for it. */
  const drop = (): Promise<void> => {
    if (!created) return Promise.resolve();
    // FORCE (PostgreSQL 13+) ends the connections a failed or interrupted run still holds.
    dropping ??= admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).then(() => {
      log(`Dropped scratch database ${scratch}.`);
    });
    return dropping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    log(`\n${signal}: dropping ${scratch}`);
    drop()
      .catch((error: unknown) => process.stderr.write(`could not drop ${scratch}: ${String(error)}\n`))
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
    created = true;
    log(`Created scratch database ${scratch}.`);
    const code = await run(databaseUrl(serverUrl, scratch));
    if (keep) {
      created = false;
      log(`Kept ${databaseUrl(serverUrl, scratch)}; drop it with: DROP DATABASE ${scratch} WITH (FORCE);`);
    }
    return code;
  } catch (error) {
    // Dropping the database ends the run's connections; that error is the interruption, not a failure.
    if (interrupted) return 130;
    throw error;
  } finally {
    await drop();
    await admin.end();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `explain-queries failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
