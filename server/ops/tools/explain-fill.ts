/**
 * Production-like row counts for the query-plan check, made with set-based SQL (`INSERT … SELECT …
 * FROM generate_series`) so a million rows take seconds. Rows arrive in time order, as they would in
 * production, so a user's rows are scattered over the heap rather than conveniently clustered.
 * Every value satisfies the schema's checks and foreign keys; nothing is bypassed.
 */
import type pg from 'pg';

export const scale = {
  users: 50_000,
  /** One sign-up in this many is an admin: 10 admins, as a real deployment has a handful. */
  adminEvery: 5000,
  /** Topics each learner has touched, on average, out of the whole roadmap. */
  topicsTouchedPerUser: 20,
  /** Sign-ins (refresh-token families) per user; each family holds 1 to 3 rotated tokens. */
  familiesPerUser: 2,
  problems: 200,
  submissions: 500_000,
  outboxEvents: 200_000,
  /** Outbox rows the relay has not published yet. */
  pendingOutboxEvents: 40,
};

/** The id of the n-th generated user (1-based), so other tables can reference users without a join. */
const userId = (n: string) => `md5('user-' || ${n})::uuid`;

export const fillSteps: { table: string; sql: string }[] = [
  {
    table: 'users',
    sql: `
      INSERT INTO users (id, email, display_name, password_hash, role_id, created_at)
      SELECT ${userId('g')},
             -- a hash prefix, so email order is unrelated to sign-up (physical) order
             substr(md5('mail-' || g), 1, 10) || '.' || g || '@example.test',
             'Learner ' || g,
             '$argon2id$v=19$m=19456,t=2,p=1$' || substr(md5('salt-' || g), 1, 22) || '$' || md5('hash-' || g),
             CASE WHEN g % ${scale.adminEvery} = 0 THEN 2 ELSE 1 END,
             now() - interval '365 days' + g * (interval '365 days' / ${scale.users}) + random() * interval '5 minutes'
      FROM generate_series(1, ${scale.users}) AS g`,
  },
  {
    table: 'topic_progress',
    sql: `
      INSERT INTO topic_progress (user_id, topic_id, status, note, version, updated_at)
      SELECT user_id, topic_id, status, note, version, updated_at
      FROM (
        SELECT u.id AS user_id, t.id AS topic_id,
               (ARRAY['learning', 'done', 'done', 'skipped', 'todo'])[1 + floor(random() * 5)::int] AS status,
               CASE WHEN random() < 0.2 THEN 'Revisit: ' || repeat('why this matters. ', 1 + floor(random() * 20)::int)
                    ELSE '' END AS note,
               1 + floor(random() * 4)::int AS version,
               u.created_at + random() * (now() - u.created_at) AS updated_at
        FROM users AS u
        CROSS JOIN topics AS t
        WHERE random() < ${scale.topicsTouchedPerUser}.0 / (SELECT count(*) FROM topics)
      ) AS touched
      ORDER BY updated_at`,
  },
  {
    table: 'refresh_tokens',
    sql: `
      INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, used_at, revoked_at, created_at)
      SELECT f.user_id, f.family_id,
             -- the application stores base64url(SHA-256(token))
             rtrim(translate(encode(sha256(convert_to(f.family_id::text || '/' || s, 'UTF8')), 'base64'), '+/', '-_'), '='),
             f.started + (s - 1) * interval '15 minutes' + interval '30 days',
             CASE WHEN s < f.tokens THEN f.started + s * interval '15 minutes' END,
             CASE WHEN s = f.tokens AND f.signed_out THEN f.started + s * interval '15 minutes' END,
             f.started + (s - 1) * interval '15 minutes'
      FROM (
        SELECT u.id AS user_id, gen_random_uuid() AS family_id,
               u.created_at + random() * (now() - interval '1 hour' - u.created_at) AS started,
               1 + floor(random() * 3)::int AS tokens,
               random() < 0.3 AS signed_out
        FROM users AS u
        CROSS JOIN generate_series(1, ${scale.familiesPerUser})
      ) AS f
      CROSS JOIN LATERAL generate_series(1, f.tokens) AS s
      ORDER BY 7`,
  },
  {
    table: 'problems',
    sql: `
      INSERT INTO problems (slug, title, style, difficulty, created_at)
      SELECT 'problem-' || lpad(g::text, 3, '0'), 'Problem ' || g,
             CASE WHEN g % 3 = 0 THEN 'function' ELSE 'stdio' END, 1 + g % 5,
             now() - interval '400 days' + g * interval '1 day'
      FROM generate_series(1, ${scale.problems}) AS g`,
  },
  {
    table: 'problem_versions',
    sql: `
      INSERT INTO problem_versions (problem_id, version, content_hash, statement_markdown, time_limit_ms,
                                    memory_limit_mb, settings, created_at)
      SELECT p.id, v, encode(sha256(convert_to(p.slug || '@' || v, 'UTF8')), 'hex'),
             '# ' || p.title || E'\\n\\n' || repeat('Read the input, print the answer. ', 40),
             1000 * (1 + p.id % 3), 256,
             jsonb_build_object('validation', 'default', 'caseSensitive', false),
             p.created_at + v * interval '1 day'
      FROM problems AS p
      CROSS JOIN LATERAL generate_series(1, 1 + p.id % 3) AS v`,
  },
  {
    table: 'submissions',
    sql: `
      INSERT INTO submissions (user_id, problem_version_id, problem_id, language, mode, source, custom_input,
                               status, verdict, score, idempotency_key, created_at, judged_at)
      SELECT user_id, problem_version_id,
             (SELECT problem_id FROM problem_versions WHERE id = problem_version_id),
             language, mode, source,
             CASE WHEN mode = 'run' THEN '3' || E'\\n' || '1 2 3' END,
             status,
             CASE WHEN status = 'done' THEN verdict END,
             CASE WHEN status = 'done' AND mode = 'submit' THEN CASE WHEN verdict = 'AC' THEN 100 ELSE 0 END END,
             CASE WHEN random() < 0.9 THEN gen_random_uuid()::text END,
             created_at,
             CASE WHEN status = 'done' THEN created_at + interval '2 seconds' END
      FROM (
        SELECT -- a few heavy users, a long tail of light ones
               ${userId(`(1 + floor(${scale.users} * random() ^ 2))::int`)} AS user_id,
               pv.ids[1 + floor(random() * cardinality(pv.ids))::int] AS problem_version_id,
               (ARRAY['python', 'cpp', 'go', 'rust', 'java', 'javascript'])[1 + floor(random() * 6)::int] AS language,
               CASE WHEN random() < 0.2 THEN 'run' ELSE 'submit' END AS mode,
               'def solve(xs):  # attempt ' || g || E'\\n' || repeat(E'    total = sum(xs)\\n', 1 + g % 8) AS source,
               CASE WHEN g > ${scale.submissions} - 50 THEN 'queued' ELSE 'done' END AS status,
               (ARRAY['AC', 'AC', 'AC', 'AC', 'WA', 'WA', 'WA', 'TLE', 'RE', 'CE'])[1 + floor(random() * 10)::int] AS verdict,
               now() - interval '365 days' + g * (interval '365 days' / ${scale.submissions}) AS created_at
        FROM generate_series(1, ${scale.submissions}) AS g
        -- the newest version was just imported: nobody has submitted to it yet
        CROSS JOIN (SELECT (array_agg(id ORDER BY id))[:(count(*) - 1)::int] AS ids FROM problem_versions) AS pv
      ) AS s`,
  },
  {
    table: 'outbox_events',
    sql: `
      INSERT INTO outbox_events (topic, payload, created_at, published_at, attempts)
      SELECT CASE WHEN g % 2 = 0 THEN 'submission.created' ELSE 'submission.judged' END,
             jsonb_build_object('submissionId', gen_random_uuid()),
             created_at,
             CASE WHEN g <= ${scale.outboxEvents - scale.pendingOutboxEvents}
                  THEN created_at + interval '200 milliseconds' END,
             CASE WHEN g <= ${scale.outboxEvents - scale.pendingOutboxEvents} THEN 1 ELSE 0 END
      FROM generate_series(1, ${scale.outboxEvents}) AS g
      CROSS JOIN LATERAL (SELECT now() - interval '30 days' + g * (interval '30 days' / ${scale.outboxEvents}) AS created_at) AS t`,
  },
];

/** Runs every fill step, then VACUUM (ANALYZE): fresh statistics and the visibility map autovacuum keeps. */
export async function fillScratchDatabase(
  client: pg.Client,
  log: (line: string) => void,
): Promise<Map<string, number>> {
  // Scratch data: losing it in a crash costs nothing, and these make the bulk load faster.
  await client.query("SET synchronous_commit = 'off'");
  await client.query("SET work_mem = '256MB'");
  await client.query("SET maintenance_work_mem = '256MB'");
  // The same random() sequence every run, so the data (and so the plans) repeat.
  await client.query('SELECT setseed(0.42)');
  for (const step of fillSteps) {
    const started = performance.now();
    const result = await client.query(step.sql);
    log(`  ${step.table.padEnd(16)} ${String(result.rowCount ?? 0).padStart(9)} rows  ${seconds(started)}`);
  }
  const started = performance.now();
  await client.query('VACUUM (ANALYZE)');
  log(`  VACUUM (ANALYZE)                         ${seconds(started)}`);

  const counts = await client.query<{ relname: string; n: string }>(
    `SELECT c.relname, c.reltuples::bigint AS n
     FROM pg_class AS c
     WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
     ORDER BY c.relname`,
  );
  return new Map(counts.rows.map((row) => [row.relname, Math.max(0, Number(row.n))]));
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
