/**
 * `npm run chaos` (as root): submissions in six bursts through an API process and two worker
 * processes while workers are SIGKILLed at random (and broker connections cut), and one fault per
 * burst: none, PostgreSQL stopped for 10 s, stopped for 60 s, restarted mid-burst, Redis restarted,
 * RabbitMQ SIGKILLed mid-burst and started again 5 s later. PostgreSQL, Redis and RabbitMQ are private
 * servers this tool starts (and stops at the end) in temporary directories, on ports and — for
 * RabbitMQ — a node name and Erlang port mapper of their own, so their faults disturb nothing else on
 * the host (the host's servers are never touched). Then it checks the promises: every submission has
 * exactly one final verdict, the one its source deserves; no result set is duplicated; none is lost; a
 * retried POST never made a second submission. It prints each fault with the time the API took to be
 * ready again. Exits 1 on any violation.
 *
 * Settings: CHAOS_SUBMISSIONS (200), CHAOS_TIMEOUT_SECONDS (900), CHAOS_PG_MAJOR (15).
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { pairSumSolutions, writePairSumPackage } from '../bench/pair-sum.js';
import {
  baseEnv,
  createScratchDatabase,
  LearnerClient,
  type RoleProcess,
  runCli,
  spawnRole,
  waitReady,
} from './cluster.js';
import { startPrivatePostgres, startPrivateRabbitMQ, startPrivateRedis } from './private-services.js';

const total = Number(process.env.CHAOS_SUBMISSIONS ?? 200);
const timeoutMs = Number(process.env.CHAOS_TIMEOUT_SECONDS ?? 900) * 1000;
const port = 18_282;
const origin = `http://127.0.0.1:${port}`;
const sumStdio = fileURLToPath(new URL('../../../judge/src/conformance/packages/sum-stdio', import.meta.url));

const log = (line: string) =>
  process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const random = (n: number) => Math.floor(Math.random() * n);

/** What is submitted, and the verdict each kind must get. */
const kinds = [
  {
    weight: 60,
    expected: 'AC',
    body: { problem: 'pair-sum', language: 'python', source: pairSumSolutions.python },
  },
  {
    weight: 10,
    expected: 'WA',
    body: { problem: 'pair-sum', language: 'python', source: pairSumSolutions.pythonWrong },
  },
  {
    weight: 10,
    expected: 'AC',
    body: { problem: 'pair-sum', language: 'javascript', source: pairSumSolutions.javascript },
  },
  {
    weight: 15,
    expected: 'AC',
    body: {
      problem: 'sum-stdio',
      language: 'python',
      source: 'a, b = map(int, input().split())\nprint(a + b)\n',
    },
  },
  { weight: 5, expected: 'CE', body: { problem: 'sum-stdio', language: 'c', source: 'int main( {' } },
] as const;
const pick = () => {
  let r = random(100);
  for (const kind of kinds) {
    if (r < kind.weight) return kind;
    r -= kind.weight;
  }
  return kinds[0];
};

const postgres = await startPrivatePostgres(Number(process.env.CHAOS_PG_MAJOR ?? 15));
const redis = await startPrivateRedis();
const rabbitmq = await startPrivateRabbitMQ();
const rabbitUrl = rabbitmq.url;
const database = await createScratchDatabase(postgres.url, 'wa_chaos');
const redisUrl = redis.url;
const prefix = `wa-chaos-${randomUUID().slice(0, 8)}`;
const env = baseEnv({
  DATABASE_URL: database.url,
  REDIS_URL: redisUrl,
  RABBITMQ_URL: rabbitUrl,
  RABBITMQ_QUEUE_PREFIX: prefix,
  PORT: String(port),
  JUDGE_CONCURRENCY: '1',
  JUDGE_MAX_ATTEMPTS: '6',
  JUDGE_STUCK_AFTER_SECONDS: '30',
});
const workers: RoleProcess[] = [];
let api: RoleProcess | undefined;
const faults = { workerKills: 0, connectionCuts: 0, brokerKills: 0, retriedPosts: 0 };
/** The service faults, each with how long the API took to be ready again once it ended. */
const recoveries: Array<{ fault: string; recoverMs: number }> = [];

/** Milliseconds until /readyz says `ready` (every dependency up), polling. */
async function timeToReady(): Promise<number> {
  const started = performance.now();
  for (;;) {
    const body = await fetch(`${origin}/readyz`)
      .then((response) => response.json() as Promise<{ status: string }>)
      .catch(() => undefined);
    if (body?.status === 'ready') return Math.round(performance.now() - started);
    if (performance.now() - started > 300_000) throw new Error('the API was not ready 300 s after the fault');
    await pause(100);
  }
}
let failures: string[] = [];
const killed = new Set<RoleProcess>();
let stopping = false;

try {
  await runCli(['migrate'], env);
  await runCli(['problem', 'import', writePairSumPackage(), '--slug', 'pair-sum', '--skip-self-test'], env);
  await runCli(['problem', 'import', sumStdio, '--skip-self-test'], env);
  api = spawnRole('api', env);
  await waitReady(origin, api);
  // A process that exits on its own (not killed here, not stopped at the end) is a failure: no
  // dependency going away may take one down.
  const watch = (role: RoleProcess, name: string) =>
    void role.exited.then((code) => {
      if (!stopping && !killed.has(role))
        failures.push(`${name} exited by itself (code ${code}, ${role.child.signalCode ?? 'no signal'})`);
    });
  watch(api, 'the API process');
  const startWorker = (slot: number) => {
    workers[slot] = spawnRole('worker', { ...env, WORKER_METRICS_PORT: String(19_464 + slot) });
    watch(workers[slot]!, `worker ${slot}`);
  };
  startWorker(0);
  startWorker(1);

  const learner = new LearnerClient(origin);
  await learner.signUp();
  await learner.connect();
  log(`submitting ${total} submissions to an API process and 2 workers (queue prefix ${prefix})`);

  const submitted: Array<{ id: string; expected: string }> = [];
  let finished = false;

  // Workers die at random and broker connections are cut, until all is judged.
  let brokerDown = false;
  const chaos = (async () => {
    while (!finished) {
      await pause(1500 + random(2500));
      if (finished) break;
      const roll = random(10);
      if (roll < 7 || brokerDown) {
        const slot = random(workers.length);
        log(`SIGKILL worker ${slot} (pid ${workers[slot]!.child.pid})`);
        killed.add(workers[slot]!);
        workers[slot]!.child.kill('SIGKILL');
        await workers[slot]!.exited;
        faults.workerKills += 1;
        await pause(300);
        startWorker(slot);
      } else {
        log('closing every broker connection');
        try {
          rabbitmq.ctl('close_all_connections', 'chaos: connection cut');
          faults.connectionCuts += 1;
        } catch (error) {
          log(`(no connection cut: ${(error as Error).message.split('\n')[0]})`);
        }
      }
    }
  })();

  // Ten clients at a time; one POST in ten is retried with the same key, as a client after a timeout.
  // A 503 (database down) is retried after its Retry-After by the client, with the same key.
  const burst = (count: number) => {
    let posted = 0;
    return Promise.all(
      Array.from({ length: 10 }, async () => {
        while (posted < count) {
          posted += 1;
          const kind = pick();
          const key = randomUUID();
          const id = await learner.submit(kind.body, key);
          if (random(10) === 0) {
            faults.retriedPosts += 1;
            const again = await learner.submit(kind.body, key);
            if (again !== id) failures.push(`a retried POST made a second submission (${id} then ${again})`);
          }
          submitted.push({ id, expected: kind.expected });
        }
      }),
    );
  };
  const share = Math.ceil(total / 6);
  /** A burst while the database is away for `downMs`; the recovery is timed from its return. */
  const outage = async (downMs: number) => {
    const posting = burst(share);
    await pause(500);
    log(`PostgreSQL stopped for ${downMs / 1000} s`);
    postgres.stop();
    await pause(downMs);
    postgres.start();
    const recoverMs = await timeToReady();
    recoveries.push({ fault: `PostgreSQL stopped ${downMs / 1000} s`, recoverMs });
    log(`PostgreSQL back; the API was ready again ${recoverMs} ms later`);
    await posting;
  };

  await burst(share);
  await outage(10_000);
  await outage(60_000);
  {
    const posting = burst(share);
    await pause(500);
    log('PostgreSQL restarted mid-burst (fast shutdown)');
    postgres.restart();
    const recoverMs = await timeToReady();
    recoveries.push({ fault: 'PostgreSQL restarted', recoverMs });
    log(`the API was ready again ${recoverMs} ms after the restart`);
    await posting;
  }
  {
    const posting = burst(share);
    await pause(500);
    log('Redis restarted (down 2 s)');
    await redis.restart(2000);
    const recoverMs = await timeToReady();
    recoveries.push({ fault: 'Redis restarted (2 s down)', recoverMs });
    log(`the API was ready (cache and live events) again ${recoverMs} ms after Redis returned`);
    await posting;
  }
  {
    const posting = burst(total - 5 * share);
    await pause(500);
    log('RabbitMQ SIGKILLed (the whole node), started again 5 s later');
    brokerDown = true;
    await rabbitmq.kill();
    faults.brokerKills += 1;
    await pause(5000);
    await rabbitmq.start();
    brokerDown = false;
    const recoverMs = await timeToReady();
    recoveries.push({ fault: 'RabbitMQ killed, 5 s down', recoverMs });
    log(`the API was ready (judge queue) again ${recoverMs} ms after RabbitMQ was back`);
    await posting;
  }
  log(`all ${submitted.length} accepted by the API; waiting for verdicts`);

  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const [row] = await database.query<{ open: string }>(
      `SELECT count(*) AS open FROM submissions WHERE status <> 'done'`,
    );
    if (Number(row!.open) === 0) break;
    if (performance.now() > deadline) {
      failures.push(`${row!.open} submissions still unjudged after ${timeoutMs / 1000} s`);
      break;
    }
    await pause(1000);
  }
  finished = true;
  await chaos;

  // The checks, straight from the database.
  const rows = await database.query<{
    id: string;
    status: string;
    verdict: string | null;
    tests_run: number | null;
    results: string;
    distinct_tests: string;
    attempts: number;
  }>(
    `SELECT s.id, s.status, s.verdict, s.tests_run, s.attempts,
            count(r.test_case_id) AS results, count(DISTINCT r.test_case_id) AS distinct_tests
       FROM submissions s LEFT JOIN submission_results r ON r.submission_id = s.id
      GROUP BY s.id`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  if (rows.length !== submitted.length)
    failures.push(`${rows.length} submissions stored for ${submitted.length} accepted POSTs`);
  const verdicts: Record<string, number> = {};
  let wrongVerdicts = 0;
  for (const { id, expected } of submitted) {
    const row = byId.get(id);
    if (row === undefined) {
      failures.push(`submission ${id} was lost`);
      continue;
    }
    verdicts[row.verdict ?? 'none'] = (verdicts[row.verdict ?? 'none'] ?? 0) + 1;
    if (row.status !== 'done') failures.push(`submission ${id} never finished`);
    if (row.verdict !== expected) {
      wrongVerdicts += 1;
      if (wrongVerdicts <= 5)
        failures.push(`submission ${id}: ${row.verdict}, expected ${expected} (attempts ${row.attempts})`);
    }
    if (row.results !== row.distinct_tests) failures.push(`submission ${id} has a duplicated result set`);
    if (row.tests_run !== null && Number(row.results) !== row.tests_run)
      failures.push(`submission ${id}: ${row.results} results for ${row.tests_run} tests run`);
  }
  const [attempts] = await database.query<{ redelivered: string; max: number }>(
    `SELECT count(*) FILTER (WHERE attempts > 1) AS redelivered, max(attempts) AS max FROM submissions`,
  );
  log(
    `faults: ${faults.workerKills} workers SIGKILLed, ${faults.connectionCuts} broker connection cuts, ${faults.brokerKills} broker kill, ${faults.retriedPosts} POSTs retried, ${recoveries.length} service faults`,
  );
  for (const { fault, recoverMs } of recoveries) log(`  ${fault}: API ready again after ${recoverMs} ms`);
  log(
    `submissions: ${submitted.length} accepted, ${rows.length} stored, lost ${submitted.filter(({ id }) => !byId.has(id)).length}, duplicated ${rows.filter((row) => row.results !== row.distinct_tests).length}`,
  );
  log(
    `verdicts: ${Object.entries(verdicts)
      .map(([v, n]) => `${v} ${n}`)
      .join(
        ', ',
      )}; ${attempts!.redelivered} submissions judged more than once (most attempts: ${attempts!.max}), ${wrongVerdicts} with an unexpected verdict`,
  );
  learner.close();
} catch (error) {
  failures = [...failures, `the run failed: ${(error as Error).stack ?? error}`];
} finally {
  stopping = true;
  for (const worker of workers) await worker?.stop();
  await api?.stop();
  await database.drop().catch(() => undefined);
  postgres.destroy();
  await redis.destroy();
  await rabbitmq.destroy();
}

if (failures.length > 0) {
  for (const failure of failures) log(`FAIL ${failure}`);
  process.exit(1);
}
log(
  `OK: every one of ${total} submissions has exactly one final verdict, as expected; no result set duplicated; none lost`,
);
