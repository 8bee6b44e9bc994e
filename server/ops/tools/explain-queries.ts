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
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run db:explain
 *
 * `--keep` leaves the scratch database in place (its name is printed) to try an index by hand.
 *
 * DATABASE_URL names a server and a role that may CREATE DATABASE (PostgreSQL 13 or later); the
 * database in the URL is only used to create and drop `wa_explain_<random>`.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/infra/db/database.js';
import * as schema from '../../src/infra/db/schema.js';
import { repoPaths } from '../../src/infra/paths.js';
import { loadRoadmapContent, type SessionContent } from '../../src/modules/roadmap/content.js';
import { seedRoadmap } from '../../src/modules/roadmap/seed.js';
import { bigTableRows, cases, type QueryCase, type Samples } from './explain-cases.js';
import { fillScratchDatabase, scale } from './explain-fill.js';
import { type ExplainJson, formatMs, judgePlan, type PlanVerdict } from './explain-plan.js';

const log = (line = '') => process.stdout.write(`${line}\n`);

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
  const popular = await one<{ id: number }>(
    client,
    `SELECT problem_id AS id FROM submissions WHERE verdict = 'AC' GROUP BY problem_id ORDER BY count(*) DESC LIMIT 1`,
  );
  return {
    user,
    popularProblemId: popular.id,
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
