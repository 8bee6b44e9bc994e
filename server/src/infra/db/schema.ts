/**
 * The relational model of Winter Arc (3NF). Every table, key, check and index the application relies on
 * is declared here; `drizzle-kit generate` turns changes into the committed SQL in `server/drizzle/`.
 * Why each index exists is written in `docs/data-model.md`.
 * @see https://orm.drizzle.team/docs/sql-schema-declaration
 */
import {
  problemStyles,
  submissionModes,
  submissionStatuses,
  topicStatuses,
  verdicts,
} from '@winterarc/contract';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ProblemSettings } from './problem-settings.js';

// The domain values live in the contract workspace, shared with the judge, the web app and the CLI.
export {
  problemStyles,
  submissionModes,
  submissionStatuses,
  type TopicStatus,
  topicStatuses,
  verdicts,
} from '@winterarc/contract';

/** Raw bytes; PGlite hands back a Uint8Array and node-postgres a Buffer, so both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

// Millisecond precision: a JavaScript Date round-trips it exactly, so keyset cursors never skip or repeat rows.
const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

// ── Accounts ────────────────────────────────────────────────────────────────────────────────────────

/** Roles are data, not an enum, so a new role is a row and a migration-free change. */
export const roles = pgTable('roles', {
  id: smallint('id').primaryKey(),
  name: text('name').notNull().unique(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; the unique index makes sign-up races impossible. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roleId: smallint('role_id')
      .notNull()
      .references(() => roles.id),
    /** Set by an admin: the account cannot sign in, and its sessions stop working at once. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** The learner's choice: public lists (a problem's accepted submissions) show "Anonymous". */
    anonymous: boolean('anonymous').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    // Keyset pagination of the admin user list sorts by (created_at, id).
    index('users_created_at_id_idx').on(t.createdAt, t.id),
    // The admin list filtered by a rare role (admins) would otherwise walk every user.
    index('users_role_id_idx').on(t.roleId),
    // "Email contains …" is ILIKE '%…%', which no B-tree can serve; trigrams can (extension in 0002).
    index('users_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('users_display_name_length', sql`char_length(${t.displayName}) between 1 and 80`),
  ],
);

/**
 * One row per issued refresh token. Tokens are stored only as SHA-256 hashes. A token is used once:
 * using it sets `used_at` and issues a successor in the same family; presenting a used token again
 * revokes the whole family (reuse detection, RFC 6819 §5.2.2.3).
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('refresh_tokens_token_hash_key').on(t.tokenHash),
    index('refresh_tokens_family_id_idx').on(t.familyId),
    index('refresh_tokens_user_id_idx').on(t.userId),
  ],
);

// ── Roadmap ─────────────────────────────────────────────────────────────────────────────────────────

export const roadmapSessions = pgTable(
  'roadmap_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    position: smallint('position').notNull(),
    label: text('label').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
  },
  (t) => [check('roadmap_sessions_position_positive', sql`${t.position} > 0`)],
);

export const roadmapWeeks = pgTable(
  'roadmap_weeks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => roadmapSessions.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull().unique(),
    position: smallint('position').notNull(),
    label: text('label').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
  },
  (t) => [
    index('roadmap_weeks_session_id_idx').on(t.sessionId),
    check('roadmap_weeks_position_positive', sql`${t.position} > 0`),
  ],
);

/** A bullet of the curriculum as written; its comma-separated subjects become topics. */
export const roadmapBullets = pgTable(
  'roadmap_bullets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    weekId: integer('week_id')
      .notNull()
      .references(() => roadmapWeeks.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('roadmap_bullets_week_position_key').on(t.weekId, t.position)],
);

export const topics = pgTable(
  'topics',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    bulletId: integer('bullet_id')
      .notNull()
      .references(() => roadmapBullets.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull().unique(),
    position: smallint('position').notNull(),
    title: text('title').notNull(),
    explanation: text('explanation').notNull(),
    /** The day the text was last checked against its sources; null = not reviewed yet. */
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    /** A topic beyond the roadmap's bullets (shown flagged "extra"). */
    extra: boolean('extra').notNull().default(false),
    /** Set when a topic disappears from content/: kept so learners' progress and notes survive. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    index('topics_bullet_id_idx').on(t.bulletId),
    check('topics_slug_format', sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{2,47}$'`),
  ],
);

export const topicObjectives = pgTable(
  'topic_objectives',
  {
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.position] })],
);

/** The software versions a topic's text was checked against ("PostgreSQL 18"), in content order. */
export const topicVersions = pgTable(
  'topic_versions',
  {
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    label: text('label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.position] })],
);

/** The sources of a topic, in the order the content lists them. */
export const topicReferences = pgTable(
  'topic_references',
  {
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    title: text('title').notNull(),
    url: text('url').notNull(),
    /** What to read there: the section or the question it answers. */
    read: text('read').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.topicId, t.position] }),
    check('topic_references_url_https', sql`${t.url} like 'https://%'`),
  ],
);

/** The filter groups of problem patterns (content/problems/patterns.yaml). */
export const patternGroups = ['structure', 'graph', 'technique', 'python', 'format'] as const;

export const tags = pgTable(
  'tags',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    /** Set for the problem patterns of the closed vocabulary; null for other (topic) tags. */
    patternGroup: text('pattern_group', { enum: patternGroups }),
    /** What a learner recognises the pattern by (one sentence); set with pattern_group. */
    patternAbout: text('pattern_about'),
  },
  (t) => [
    check('tags_slug_format', sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{0,47}$'`),
    check(
      'tags_pattern_group_valid',
      sql`${t.patternGroup} is null or ${t.patternGroup} in ('structure', 'graph', 'technique', 'python', 'format')`,
    ),
    check('tags_pattern_about_with_group', sql`(${t.patternGroup} is null) = (${t.patternAbout} is null)`),
  ],
);

export const topicTags = pgTable(
  'topic_tags',
  {
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  // The primary key serves "tags of a topic"; the second index serves "topics with a tag".
  (t) => [primaryKey({ columns: [t.topicId, t.tagId] }), index('topic_tags_tag_id_idx').on(t.tagId)],
);

/**
 * A learner's own state of a topic. Absent row = todo with no note. `version` is the optimistic
 * concurrency token behind ETag / If-Match.
 */
export const topicProgress = pgTable(
  'topic_progress',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    status: text('status', { enum: topicStatuses }).notNull().default('todo'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.topicId] }),
    check('topic_progress_status_valid', sql`${t.status} in ('todo', 'learning', 'done', 'skipped')`),
    check('topic_progress_note_length', sql`char_length(${t.note}) <= 20000`),
    check('topic_progress_version_positive', sql`${t.version} > 0`),
  ],
);

// ── Problems and judging (filled by the judge and pipeline issues) ──────────────────────────────────

export const problems = pgTable(
  'problems',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    style: text('style', { enum: problemStyles }).notNull(),
    difficulty: smallint('difficulty').notNull(),
    createdAt: createdAt(),
    /** Moves on every change to the row or its tags: part of the problem cache's change stamp. */
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('problems_style_valid', sql`${t.style} in ('stdio', 'function')`),
    check('problems_difficulty_range', sql`${t.difficulty} between 1 and 5`),
    check('problems_slug_format', sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{1,63}$'`),
  ],
);

/** A problem package as imported: a changed package is a new version; submissions keep theirs. */
export const problemVersions = pgTable(
  'problem_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** SHA-256 of the package's canonical content: re-importing the same package is a no-op. */
    contentHash: text('content_hash').notNull(),
    statementMarkdown: text('statement_markdown').notNull(),
    timeLimitMs: integer('time_limit_ms').notNull(),
    memoryLimitMb: integer('memory_limit_mb').notNull(),
    /** Judge settings from problem.yaml (validation flags, function signature): see problem-settings.ts. */
    settings: jsonb('settings').$type<ProblemSettings>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('problem_versions_problem_version_key').on(t.problemId, t.version),
    uniqueIndex('problem_versions_problem_hash_key').on(t.problemId, t.contentHash),
    check('problem_versions_time_limit_range', sql`${t.timeLimitMs} between 100 and 60000`),
    check('problem_versions_memory_limit_range', sql`${t.memoryLimitMb} between 16 and 4096`),
  ],
);

export const problemTags = pgTable(
  'problem_tags',
  {
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.tagId] }), index('problem_tags_tag_id_idx').on(t.tagId)],
);

/**
 * The roadmap topics a problem practises (catalog.yaml `topic`/`topics`); the first listed is its
 * main topic. The primary key serves "topics of a problem"; the second index "problems of a topic".
 */
export const problemTopics = pgTable(
  'problem_topics',
  {
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.problemId, t.topicId] }),
    index('problem_topics_topic_id_idx').on(t.topicId, t.problemId),
    check('problem_topics_position_positive', sql`${t.position} >= 1`),
  ],
);

/**
 * A learner opened a problem's editorial (the first time only). Practice evidence: a problem accepted
 * after its editorial was read counts as solved with help.
 */
export const editorialViews = pgTable(
  'editorial_views',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    firstViewedAt: timestamp('first_viewed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.problemId] }),
    index('editorial_views_problem_id_idx').on(t.problemId),
  ],
);

/** Test data is content-addressed: identical files across versions are stored once. */
export const testFiles = pgTable('test_files', {
  sha256: text('sha256').primaryKey(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  content: text('content'),
  /** Where the bytes live when not inline (object storage key). */
  storageKey: text('storage_key'),
});

export const testCases = pgTable(
  'test_cases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    problemVersionId: integer('problem_version_id')
      .notNull()
      .references(() => problemVersions.id, { onDelete: 'cascade' }),
    /** Path inside the package's data/ folder, e.g. `secret/group1/03`. */
    name: text('name').notNull(),
    position: integer('position').notNull(),
    isSample: boolean('is_sample').notNull(),
    inputSha256: text('input_sha256')
      .notNull()
      .references(() => testFiles.sha256),
    answerSha256: text('answer_sha256')
      .notNull()
      .references(() => testFiles.sha256),
  },
  (t) => [
    uniqueIndex('test_cases_version_name_key').on(t.problemVersionId, t.name),
    uniqueIndex('test_cases_version_position_key').on(t.problemVersionId, t.position),
  ],
);

/**
 * Every file of a version that is not a test case's input or answer (problem.yaml, statements,
 * validators, submissions, attachments, …): with the test files these make the whole package, so a
 * judge worker can rebuild it from the database alone.
 */
export const problemVersionFiles = pgTable(
  'problem_version_files',
  {
    problemVersionId: integer('problem_version_id')
      .notNull()
      .references(() => problemVersions.id, { onDelete: 'cascade' }),
    /** Package-relative, `/`-separated, validated at import (no `..`, not absolute, no NUL). */
    path: text('path').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.problemVersionId, t.path] }),
    check('problem_version_files_size_matches', sql`${t.sizeBytes} = octet_length(${t.data})`),
  ],
);

export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemVersionId: integer('problem_version_id')
      .notNull()
      .references(() => problemVersions.id, { onDelete: 'restrict' }),
    /** Denormalised from the version, so a problem's submissions are one index range. */
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'restrict' }),
    language: text('language').notNull(),
    mode: text('mode', { enum: submissionModes }).notNull(),
    source: text('source').notNull(),
    customInput: text('custom_input'),
    status: text('status', { enum: submissionStatuses }).notNull().default('queued'),
    verdict: text('verdict', { enum: verdicts }),
    score: integer('score'),
    maxScore: integer('max_score'),
    /** The compiler's message on CE, the reason on IE, shown to the learner. */
    message: text('message'),
    testsRun: integer('tests_run'),
    testsTotal: integer('tests_total'),
    compileMs: integer('compile_ms'),
    /** Run mode with custom input: what the program printed (bounded). */
    output: text('output'),
    /** Times a worker took this submission: a job that keeps killing workers is failed after a few. */
    attempts: integer('attempts').notNull().default(0),
    /** When the current attempt began; a `judging` row older than the stuck limit is retried. */
    judgingStartedAt: timestamp('judging_started_at', { withTimezone: true, precision: 3 }),
    /** Client-chosen key: a retried POST returns the first submission instead of making a second. */
    idempotencyKey: text('idempotency_key'),
    createdAt: createdAt(),
    judgedAt: timestamp('judged_at', { withTimezone: true }),
    /** When its judge event was last queued: a `queued` row older than the stuck limit is re-published. */
    queuedAt: timestamp('queued_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /**
     * Set while judging is held up (queued too long, or parked for an operator), with the reason the
     * learner sees; cleared when a worker takes it.
     */
    delayedAt: timestamp('delayed_at', { withTimezone: true, precision: 3 }),
    delayReason: text('delay_reason'),
    /**
     * The judge job under which a worker took it: a job delivered again after its worker died resumes
     * this submission (jobs are turns in a fair line, not addressed to one submission; decision 0070).
     */
    claimToken: uuid('claim_token'),
    /**
     * The client address it was sent from (IPv6 by /64), kept only while it waits so the queue can be
     * capped per address; cleared when it is judged.
     */
    clientAddress: text('client_address'),
  },
  (t) => [
    // "My submissions, newest first" with keyset pagination.
    index('submissions_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('submissions_problem_version_id_idx').on(t.problemVersionId),
    // "Accepted solutions of this problem, newest first": only full (submit-mode) AC rows, as the listing asks.
    index('submissions_problem_accepted_idx')
      .on(t.problemId, t.createdAt, t.id)
      .where(sql`${t.verdict} = 'AC' and ${t.mode} = 'submit'`),
    // The stuck-submission sweeper scans only unfinished rows.
    index('submissions_unfinished_idx').on(t.status, t.createdAt).where(sql`${t.status} <> 'done'`),
    uniqueIndex('submissions_user_idempotency_key').on(t.userId, t.idempotencyKey),
    // "My status on each problem" (solved / attempted): one index-only range per learner.
    index('submissions_user_problem_idx').on(t.userId, t.problemId, t.mode, t.verdict, t.createdAt),
    check('submissions_mode_valid', sql`${t.mode} in ('run', 'submit')`),
    check('submissions_status_valid', sql`${t.status} in ('queued', 'judging', 'done')`),
    check('submissions_verdict_when_done', sql`(${t.status} = 'done') = (${t.verdict} is not null)`),
    check('submissions_source_size', sql`octet_length(${t.source}) <= 262144`),
  ],
);

/** Per-test outcome. The primary key makes a redelivered job unable to write a second result set. */
export const submissionResults = pgTable(
  'submission_results',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    testCaseId: integer('test_case_id')
      .notNull()
      .references(() => testCases.id, { onDelete: 'cascade' }),
    verdict: text('verdict', { enum: verdicts }).notNull(),
    timeMs: integer('time_ms').notNull(),
    memoryKb: integer('memory_kb').notNull(),
    message: text('message'),
    /** Function problems, sample tests only: arguments, expected and returned values as JSON text. */
    details: jsonb('details').$type<{ input?: string; expected?: string; actual?: string }>(),
  },
  (t) => [
    primaryKey({ columns: [t.submissionId, t.testCaseId] }),
    check('submission_results_time_nonnegative', sql`${t.timeMs} >= 0`),
  ],
);

/**
 * Transactional outbox: an event is written in the same transaction as the state change it announces,
 * and a relay publishes it later, so a crash can never lose or invent an event.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
  },
  // The relay polls only unpublished rows, oldest first; a partial index keeps that scan tiny.
  (t) => [index('outbox_events_pending_idx').on(t.id).where(sql`${t.publishedAt} is null`)],
);

// ── Quizzes (content/quizzes/, docs/quiz-format.md) ─────────────────────────────────────────────────

/** A question's identity: its content id (`slug`), stable forever, and its topic. */
export const quizQuestions = pgTable(
  'quiz_questions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull(),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'restrict' }),
    /** Its place in the topic's file. */
    position: smallint('position').notNull(),
    /** Set when a question disappears from content/: kept so attempts and statistics survive. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('quiz_questions_slug_key').on(t.slug),
    // "The quiz of a topic", in file order.
    index('quiz_questions_topic_position_idx').on(t.topicId, t.position),
    check(
      'quiz_questions_slug_format',
      sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(${t.slug}) between 3 and 64`,
    ),
  ],
);

/**
 * A question as written at one time: an edited question is a new version under the same id, and an
 * attempt's answers point at the version they answered, so they keep what was asked.
 */
export const quizQuestionVersions = pgTable(
  'quiz_question_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    questionId: integer('question_id')
      .notNull()
      .references(() => quizQuestions.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** SHA-256 of the question's canonical content: seeding the same text again adds no version. */
    contentHash: text('content_hash').notNull(),
    kind: text('kind').notNull(),
    difficulty: smallint('difficulty').notNull(),
    concept: text('concept').notNull(),
    prompt: text('prompt').notNull(),
    explanation: text('explanation').notNull(),
    /**
     * The kind's own answer data (true-false's answer, ordering's items, numeric's value, tolerance,
     * formula and unit, short's alternatives, code-output's language, code and output): read and
     * written as a whole, never queried inside.
     */
    spec: jsonb('spec').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('quiz_question_versions_question_version_key').on(t.questionId, t.version),
    check(
      'quiz_question_versions_kind_valid',
      sql`${t.kind} in ('single', 'multiple', 'true-false', 'ordering', 'numeric', 'short', 'code-output')`,
    ),
    check('quiz_question_versions_difficulty_range', sql`${t.difficulty} between 1 and 5`),
  ],
);

/** The options of a choice question version, in content order; `position` is the option's id. */
export const quizQuestionOptions = pgTable(
  'quiz_question_options',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => quizQuestionVersions.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    text: text('text').notNull(),
    correct: boolean('correct').notNull(),
    /** Why this option is right or wrong (required on wrong ones by the content rules). */
    why: text('why'),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.position] })],
);

export const quizQuestionReferences = pgTable(
  'quiz_question_references',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => quizQuestionVersions.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    title: text('title').notNull(),
    url: text('url').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.position] }),
    check('quiz_question_references_url_https', sql`${t.url} like 'https://%'`),
  ],
);

/** One sitting of a quiz: of a topic or of a whole week, by one learner. */
export const quizAttempts = pgTable(
  'quiz_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topicId: integer('topic_id').references(() => topics.id, { onDelete: 'restrict' }),
    weekId: integer('week_id').references(() => roadmapWeeks.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    /** Set when every question is answered or the learner ends the attempt; then `score` is final. */
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
    score: smallint('score'),
  },
  (t) => [
    // "My attempts, newest first" with keyset pagination; also serves best score per topic.
    index('quiz_attempts_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('quiz_attempts_topic_id_idx').on(t.topicId),
    index('quiz_attempts_week_id_idx').on(t.weekId),
    check('quiz_attempts_one_scope', sql`(${t.topicId} is null) <> (${t.weekId} is null)`),
    check('quiz_attempts_score_when_finished', sql`(${t.finishedAt} is null) = (${t.score} is null)`),
  ],
);

/**
 * The questions of an attempt, in the order shown, each with the learner's answer once given. The
 * version is fixed when the attempt starts, so an edit to the content never changes what was asked.
 */
export const quizAttemptAnswers = pgTable(
  'quiz_attempt_answers',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => quizAttempts.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    questionVersionId: integer('question_version_id')
      .notNull()
      .references(() => quizQuestionVersions.id, { onDelete: 'restrict' }),
    /** What the learner answered, as sent (options, value, order or text). */
    response: jsonb('response'),
    correct: boolean('correct'),
    answeredAt: timestamp('answered_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.position] }),
    uniqueIndex('quiz_attempt_answers_attempt_version_key').on(t.attemptId, t.questionVersionId),
    // Per-question statistics for admins read every answer of a version.
    index('quiz_attempt_answers_version_idx').on(t.questionVersionId),
    check(
      'quiz_attempt_answers_answered_whole',
      sql`(${t.response} is null) = (${t.correct} is null) and (${t.correct} is null) = (${t.answeredAt} is null)`,
    ),
  ],
);

/**
 * Questions a learner got wrong, for the practice engine to bring back: one row per (learner,
 * question), counting misses; `resolved_at` is set when the learner later answers it right and
 * cleared by the next miss.
 */
export const quizMisses = pgTable(
  'quiz_misses',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => quizQuestions.id, { onDelete: 'cascade' }),
    misses: integer('misses').notNull(),
    lastMissedAt: timestamp('last_missed_at', { withTimezone: true, precision: 3 }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.questionId] }),
    // "What should this learner practise": their unresolved misses, most recent first.
    index('quiz_misses_open_idx').on(t.userId, t.lastMissedAt).where(sql`${t.resolvedAt} is null`),
    index('quiz_misses_question_id_idx').on(t.questionId),
    check('quiz_misses_positive', sql`${t.misses} > 0`),
  ],
);
