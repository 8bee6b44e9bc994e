/**
 * `npm run chaos:embedded` (as root): the embedded mode under a crash. A `winterarc serve` process
 * (PGlite, in-process queue) takes submissions, is SIGKILLed in the middle of the load, and is started
 * again on the same data directory. Then it checks the promises: every submission the API accepted
 * (202) is still there, judged exactly once with the verdict its source deserves, no result set
 * duplicated. Prints the figures; exits 1 on any violation.
 *
 * Settings: CHAOS_SUBMISSIONS (40), CHAOS_TIMEOUT_SECONDS (600).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/infra/db/database.js';
import { baseEnv, LearnerClient, type RoleProcess, runCli, spawnRole, waitReady } from './cluster.js';
import { freePort } from './private-services.js';

const total = Number(process.env.CHAOS_SUBMISSIONS ?? 40);
const timeoutMs = Number(process.env.CHAOS_TIMEOUT_SECONDS ?? 600) * 1000;
const sumStdio = fileURLToPath(new URL('../../../judge/src/conformance/packages/sum-stdio', import.meta.url));
const log = (line: string) =>
  process.stdout.write(`[chaos:embedded ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const kinds = [
  { expected: 'AC', source: 'a, b = map(int, input().split())\nprint(a + b)\n' },
  { expected: 'WA', source: 'a, b = map(int, input().split())\nprint(a - b)\n' },
  { expected: 'CE', language: 'c', source: 'int main( {' },
] as const;

const dataDir = mkdtempSync(path.join(tmpdir(), 'winterarc-chaos-embedded-'));
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const env = baseEnv({
  WINTERARC_DATA_DIR: dataDir,
  PORT: String(port),
  JUDGE_CONCURRENCY: '1',
  NODE_ENV: 'development',
});
const failures: string[] = [];
let serve: RoleProcess | undefined;
let recoverMs = 0;
const submitted: Array<{ id: string; expected: string }> = [];

try {
  await runCli(['problem', 'import', sumStdio, '--skip-self-test'], env);
  serve = spawnRole('serve', env, ['--no-seed']);
  await waitReady(origin, serve, 120_000);
  const learner = new LearnerClient(origin);
  await learner.signUp();

  const post = async (count: number) => {
    for (let i = 0; i < count; i += 1) {
      const kind = kinds[i % kinds.length]!;
      const id = await learner.submit(
        {
          problem: 'sum-stdio',
          language: 'language' in kind ? kind.language : 'python',
          source: kind.source,
        },
        randomUUID(),
      );
      submitted.push({ id, expected: kind.expected });
    }
  };
  log(`submitting ${total} submissions to one serve process (data in ${dataDir})`);
  const half = Math.floor(total / 2);
  await post(half);
  // Killed while it is judging and while the second half is being posted.
  const posting = post(total - half);
  await pause(300);
  log(`SIGKILL serve (pid ${serve.child.pid}) with ${submitted.length} accepted`);
  serve.child.kill('SIGKILL');
  await serve.exited;
  const killedAt = performance.now();
  serve = spawnRole('serve', env, ['--no-seed']);
  await waitReady(origin, serve, 120_000);
  recoverMs = Math.round(performance.now() - killedAt);
  log(`serve restarted and ready ${recoverMs} ms after the kill`);
  await posting;

  const deadline = performance.now() + timeoutMs;
  for (const { id } of submitted) {
    for (;;) {
      const state = await learner.status(id).catch(() => undefined);
      if (state?.status === 'done') break;
      if (performance.now() > deadline) {
        failures.push(`submission ${id} not judged after ${timeoutMs / 1000} s`);
        break;
      }
      await pause(250);
    }
  }
  learner.close();
} catch (error) {
  failures.push(`the run failed: ${(error as Error).stack ?? error}`);
} finally {
  await serve?.stop();
}

// The checks, from the embedded database itself once the server has stopped.
const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
try {
  const result = (await database.db.execute(sql`
    select s.id, s.status, s.verdict, s.tests_run,
           count(r.test_case_id)::int as results, count(distinct r.test_case_id)::int as distinct_tests
      from submissions s left join submission_results r on r.submission_id = s.id
     group by s.id`)) as unknown as {
    rows: Array<{
      id: string;
      status: string;
      verdict: string | null;
      results: number;
      distinct_tests: number;
    }>;
  };
  const byId = new Map(result.rows.map((row) => [row.id, row]));
  let lost = 0;
  let duplicated = 0;
  let wrong = 0;
  for (const { id, expected } of submitted) {
    const row = byId.get(id);
    if (row === undefined) {
      lost += 1;
      failures.push(`accepted submission ${id} is gone after the crash`);
      continue;
    }
    if (row.results !== row.distinct_tests) {
      duplicated += 1;
      failures.push(`submission ${id} has a duplicated result set`);
    }
    if (row.status !== 'done' || row.verdict !== expected) {
      wrong += 1;
      if (wrong <= 5) failures.push(`submission ${id}: ${row.status} ${row.verdict}, expected ${expected}`);
    }
  }
  if (result.rows.length !== submitted.length)
    failures.push(`${result.rows.length} submissions stored for ${submitted.length} accepted`);
  log(
    `faults: 1 serve SIGKILL (ready again after ${recoverMs} ms); submissions: ${submitted.length} accepted, ${result.rows.length} stored, lost ${lost}, duplicated ${duplicated}, unexpected verdicts ${wrong}`,
  );
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) log(`FAIL ${failure}`);
  process.exit(1);
}
log(
  `OK: every one of ${submitted.length} accepted submissions survived the crash and has exactly one verdict`,
);
