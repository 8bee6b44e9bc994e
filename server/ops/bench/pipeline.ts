/**
 * `npm run bench:pipeline` (as root; PostgreSQL, Redis and RabbitMQ on loopback for the second mode):
 * the whole submission path, POST → queue → worker → verdict event on the WebSocket, for the judge
 * benchmark's Python function problem (Pair sum, 20 tests).
 * - latency: submissions one at a time, p50/p95 from the POST to the `done` event;
 * - throughput: a burst of submissions, judged submissions per second from the first POST to the
 *   last verdict;
 * each with 1 and 2 workers, in embedded mode (`winterarc serve`: PGlite, in-process queue, judging
 * in process with JUDGE_CONCURRENCY workers) and in RabbitMQ mode (`winterarc api` + N `winterarc
 * worker` processes on PostgreSQL and Redis).
 * Settings: BENCH_SUBMISSIONS (30), BENCH_BURST (120), BENCH_ADMIN_DATABASE_URL, BENCH_REDIS_URL,
 * BENCH_RABBITMQ_URL.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  baseEnv,
  createScratchDatabase,
  LearnerClient,
  percentile,
  type RoleProcess,
  runCli,
  spawnRole,
  waitReady,
} from '../tools/cluster.js';
import { machineLine, writeSection } from './benchmarks-file.js';
import { pairSumSolutions, writePairSumPackage } from './pair-sum.js';

const sequential = Number(process.env.BENCH_SUBMISSIONS ?? 30);
const burst = Number(process.env.BENCH_BURST ?? 120);
const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/13';
const rabbitUrl = process.env.BENCH_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const port = 18_383;
const origin = `http://127.0.0.1:${port}`;
const problemDir = writePairSumPackage();
const body = { problem: 'pair-sum', language: 'python', source: pairSumSolutions.python };
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Figures {
  p50: number;
  p95: number;
  perSecond: number;
}

async function measure(client: LearnerClient): Promise<Figures> {
  // Warm-up: packages fetched and cached, warm pools filled.
  for (let i = 0; i < 3; i += 1) await client.done(await client.submit(body));
  const times: number[] = [];
  for (let i = 0; i < sequential; i += 1) {
    const started = performance.now();
    const id = await client.submit(body);
    const done = await client.done(id);
    if (done.verdict !== 'AC') throw new Error(`the benchmark solution got ${done.verdict}`);
    times.push(done.at - started);
  }
  const started = performance.now();
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < burst) {
        next += 1;
        ids.push(await client.submit(body));
      }
    }),
  );
  const done = await Promise.all(ids.map((id) => client.done(id)));
  const last = Math.max(...done.map((d) => d.at));
  return {
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    perSecond: Math.round((burst / ((last - started) / 1000)) * 10) / 10,
  };
}

async function withClient<T>(run: (client: LearnerClient) => Promise<T>): Promise<T> {
  const client = new LearnerClient(origin);
  await client.signUp();
  await client.connect();
  try {
    return await run(client);
  } finally {
    client.close();
  }
}

async function embedded(workers: number): Promise<Figures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'winterarc-bench-pipeline-'));
  const env = baseEnv({
    WINTERARC_DATA_DIR: dataDir,
    PORT: String(port),
    JUDGE_CONCURRENCY: String(workers),
  });
  await runCli(['problem', 'import', problemDir, '--slug', 'pair-sum', '--skip-self-test'], env);
  const serve = spawnRole('serve', env, ['--no-seed']);
  try {
    await waitReady(origin, serve);
    return await withClient(measure);
  } finally {
    await serve.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function rabbitmq(workers: number): Promise<Figures> {
  const database = await createScratchDatabase(adminUrl, 'wa_bench_pipeline');
  const env = baseEnv({
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    RABBITMQ_URL: rabbitUrl,
    RABBITMQ_QUEUE_PREFIX: `wa-bench-${randomUUID().slice(0, 8)}`,
    PORT: String(port),
    JUDGE_CONCURRENCY: '1',
  });
  const started: RoleProcess[] = [];
  try {
    await runCli(['migrate'], env);
    await runCli(['problem', 'import', problemDir, '--slug', 'pair-sum', '--skip-self-test'], env);
    const api = spawnRole('api', env);
    started.push(api);
    for (let i = 0; i < workers; i += 1)
      started.push(spawnRole('worker', { ...env, WORKER_METRICS_PORT: String(19_564 + i) }));
    await waitReady(origin, api);
    return await withClient(measure);
  } finally {
    for (const role of started.reverse()) await role.stop();
    await database.drop();
  }
}

const rows: string[] = [];
for (const [mode, run] of [
  ['embedded (serve: PGlite, in-process queue)', embedded],
  ['RabbitMQ (api + worker processes, PostgreSQL, Redis)', rabbitmq],
] as const) {
  for (const workers of [1, 2]) {
    log(`${mode}, ${workers} worker(s) …`);
    const figures = await run(workers);
    log(`  latency p50 ${figures.p50} ms, p95 ${figures.p95} ms; ${figures.perSecond} judged/s`);
    rows.push(`| ${mode} | ${workers} | ${figures.p50} / ${figures.p95} ms | ${figures.perSecond} |`);
  }
}
rmSync(problemDir, { recursive: true, force: true });

await writeSection(
  'pipeline',
  `## Submission pipeline (\`npm run build && npm run bench:pipeline\`, as root)

${machineLine()}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Python function problem of the judge benchmark (Pair sum, 20 tests). Latency: ${sequential} submissions one
at a time, from the start of the POST to the \`done\` event on the WebSocket. Throughput: a burst of
${burst} submissions (8 clients POSTing), from the first POST to the last verdict. Workers: in embedded mode
JUDGE_CONCURRENCY in one process; in RabbitMQ mode separate \`winterarc worker\` processes judging one at a time.
Every process of the run (API, workers, database, broker, Redis, the client) shares the machine's cores, so on
a 2-core machine a second worker mostly competes for the CPU the first one already uses; the judge benchmark's
throughput rows show the judging capacity alone.

| mode | workers | submit → verdict p50 / p95 | judged submissions/s |
|---|---|---|---|
${rows.join('\n')}`,
);
log('written to docs/benchmarks.md');
