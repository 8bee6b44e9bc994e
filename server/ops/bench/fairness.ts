/**
 * `npm run bench:fairness`: does a newcomer's run on the samples still come back quickly while 20
 * accounts flood the judge with looping submissions? (decision 0070)
 *
 * The real API (in process, requests injected), outbox relay, judge queue and workers, with a judge
 * stand-in that takes BENCH_LOOP_MS for a looping program (a time limit's worth: TLE) and
 * BENCH_RUN_MS for the newcomer's ordinary run — the sandbox is measured by bench:judge; this measures
 * the scheduling. Each of 20 flooding accounts, from an address of its own, keeps BENCH_FLOOD_EACH
 * looping submissions waiting or being judged, sending another as soon as one gets its verdict. Then
 * a new learner sends a run BENCH_TRIES times, one after the other; its submit → verdict time is the
 * figure (p50 / p95). Both orders run in this process, on the same flood:
 * - `arrival`: fairness off, each job judges its own submission in the broker's order (before);
 * - `fair`: the fair line (learners take turns, runs first, JUDGE_MAX_IN_FLIGHT_PER_USER = 2).
 * Backends: embedded (PGlite, in-process queue and pub/sub) and, unless BENCH_SKIP_SERVICES=1,
 * PostgreSQL + RabbitMQ + Redis (BENCH_ADMIN_DATABASE_URL, BENCH_RABBITMQ_URL, BENCH_REDIS_URL).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Judge, JudgeRequest, JudgeResult, Sandbox } from '@winterarc/judge';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../../src/app.js';
import { createMemoryCache } from '../../src/infra/cache/memory-cache.js';
import { createMemoryCounterStore } from '../../src/infra/cache/memory-counter-store.js';
import { loadConfig } from '../../src/infra/config/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/infra/db/database.js';
import { createMetrics } from '../../src/infra/metrics/metrics.js';
import { createMemoryPubSub } from '../../src/infra/pubsub/memory-pubsub.js';
import type { PubSub } from '../../src/infra/pubsub/pubsub.js';
import { createRedisPubSub } from '../../src/infra/pubsub/redis-pubsub.js';
import type { JobQueue } from '../../src/infra/queue/job-queue.js';
import { createMemoryJobQueue } from '../../src/infra/queue/memory-job-queue.js';
import { createRabbitJobQueue } from '../../src/infra/queue/rabbit-job-queue.js';
import { importProblemPackage } from '../../src/modules/problems/import.js';
import { databasePackageSource } from '../../src/modules/submissions/database-package-source.js';
import { userChannel } from '../../src/modules/submissions/events.js';
import { startPipeline } from '../../src/modules/submissions/pipeline.js';
import { signUp, type TestAccount } from '../../src/test/accounts.js';
import { createScratchDatabase, percentile } from '../tools/cluster.js';
import { machineLine, writeSection } from './benchmarks-file.js';
import { pairSumSolutions, writePairSumPackage } from './pair-sum.js';

const flooders = 20;
const floodEach = Number(process.env.BENCH_FLOOD_EACH ?? 3);
const tries = Number(process.env.BENCH_TRIES ?? 5);
const loopMs = Number(process.env.BENCH_LOOP_MS ?? 1000);
const runMs = Number(process.env.BENCH_RUN_MS ?? 50);
const concurrency = 2;
const adminUrl = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/13';
const rabbitUrl = process.env.BENCH_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const log = (line: string) => process.stdout.write(`${line}\n`);

const looping = 'def solve(nums, target):\n    while True:\n        pass\n';

/** Takes a time limit's worth for a looping program (TLE), a short run for anything else (AC). */
function standInJudge(): Judge {
  const noSandbox = new Proxy({} as Sandbox, {
    get: () => {
      throw new Error('the benchmark judge has no sandbox');
    },
  });
  return {
    sandbox: noSandbox,
    async judge(request: JudgeRequest): Promise<JudgeResult> {
      const loops = request.source?.includes('while True') === true;
      await new Promise((resolve) => setTimeout(resolve, loops ? loopMs : runMs));
      const verdict = loops ? ('TLE' as const) : ('AC' as const);
      return { verdict, tests: [], compileMs: 0, testsRun: 1, testsTotal: 1 };
    },
    async runCustom() {
      throw new Error('the benchmark judge does not run custom input');
    },
    async close() {},
  };
}

interface Backend {
  name: string;
  database: DatabaseHandle;
  queue: JobQueue;
  pubsub: PubSub;
  close(): Promise<void>;
}

async function embedded(): Promise<Backend> {
  const database = await openDatabase({ kind: 'pglite' });
  await database.migrate();
  const queue = createMemoryJobQueue();
  const pubsub = createMemoryPubSub();
  return {
    name: 'embedded (PGlite, in-process queue)',
    database,
    queue,
    pubsub,
    async close() {
      await queue.close();
      await pubsub.close();
      await database.close();
    },
  };
}

async function services(): Promise<Backend> {
  const scratch = await createScratchDatabase(adminUrl, 'wa_bench_fairness');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  await database.migrate();
  const queue = createRabbitJobQueue({ url: rabbitUrl, prefix: `wa-bench-${randomUUID().slice(0, 8)}` });
  const pubsub = createRedisPubSub(redisUrl, { prefix: `wa-bench-${randomUUID().slice(0, 8)}:` });
  return {
    name: 'PostgreSQL + RabbitMQ + Redis',
    database,
    queue,
    pubsub,
    async close() {
      await queue.close();
      await pubsub.close();
      await database.close();
      await scratch.drop();
    },
  };
}

/** Resolves with the time the submission's `done` event arrives. */
function verdictTimes(pubsub: PubSub) {
  const waiting = new Map<string, (at: number) => void>();
  const early = new Map<string, number>();
  return {
    async follow(account: TestAccount, onDone?: (id: string) => void) {
      await pubsub.subscribe(userChannel(account.id), (message) => {
        const event = message as { id: string; stage: string };
        if (event.stage !== 'done') return;
        const at = performance.now();
        const resolve = waiting.get(event.id);
        if (resolve === undefined) early.set(event.id, at);
        else resolve(at);
        waiting.delete(event.id);
        onDone?.(event.id);
      });
    },
    done(id: string): Promise<number> {
      const at = early.get(id);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve) => waiting.set(id, resolve));
    },
  };
}

async function measure(order: 'arrival' | 'fair', backend: Backend, problemSlug: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    WINTERARC_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'winterarc-bench-fairness-')),
    WINTERARC_WEB_DIST: path.join(tmpdir(), 'winterarc-no-web'),
    RATE_LIMIT_PER_ADDRESS: '1000000',
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_SUBMISSIONS_PER_USER: '10000',
    RATE_LIMIT_AUTH_PER_ADDRESS: '100000',
  });
  const logger = pino({ level: 'silent' });
  const judge = standInJudge();
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'winterarc-bench-fairness-cache-'));
  let wake: () => void = () => undefined;
  const app: FastifyInstance = await buildApp({
    config,
    database: backend.database,
    counters: createMemoryCounterStore(),
    cache: createMemoryCache(),
    pubsub: backend.pubsub,
    queue: backend.queue,
    metrics: createMetrics(),
    onSubmissionCreated: () => wake(),
    logger,
  });
  const pipeline = await startPipeline({
    db: backend.database.db,
    queue: backend.queue,
    pubsub: backend.pubsub,
    log: logger,
    relay: true,
    relayIntervalMs: 200,
    lineOrder: order,
    maxInFlightPerUser: config.judging.maxInFlightPerUser,
    worker: { judge, packages: databasePackageSource(backend.database.db, cacheDir), concurrency },
  });
  wake = () => pipeline.notify();
  const verdicts = verdictTimes(backend.pubsub);
  let flooding = true;

  const submit = async (account: TestAccount, address: string, mode: 'run' | 'submit', source: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: account.headers,
      remoteAddress: address,
      payload: { problem: problemSlug, language: 'python', mode, source },
    });
    if (response.statusCode !== 202) throw new Error(`submit: ${response.statusCode} ${response.body}`);
    return response.json().id as string;
  };

  try {
    const flood = await Promise.all(Array.from({ length: flooders }, () => signUp(app)));
    await Promise.all(
      flood.map(async (account, index) => {
        const address = `10.0.0.${index + 1}`;
        // As soon as a verdict comes, another looping submission: the account's queue stays full.
        await verdicts.follow(account, () => {
          if (flooding) void submit(account, address, 'submit', looping).catch(() => undefined);
        });
        for (let i = 0; i < floodEach; i += 1) await submit(account, address, 'submit', looping);
      }),
    );
    const newcomer = await signUp(app);
    await verdicts.follow(newcomer);
    const times: number[] = [];
    for (let i = 0; i < tries; i += 1) {
      const started = performance.now();
      const id = await submit(newcomer, '10.0.1.1', 'run', pairSumSolutions.python);
      times.push((await verdicts.done(id)) - started);
      log(`  ${order}: try ${i + 1}: ${Math.round(times.at(-1)!)} ms`);
    }
    return { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) };
  } finally {
    flooding = false;
    await pipeline.stop();
    await app.close();
    await judge.close();
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(config.dataDir, { recursive: true, force: true });
  }
}

const problemDir = writePairSumPackage();
const rows: string[] = [];
const backends = process.env.BENCH_SKIP_SERVICES === '1' ? [embedded] : [embedded, services];
for (const open of backends) {
  for (const order of ['arrival', 'fair'] as const) {
    // A fresh database and queue for each order, so one's leftover flood does not slow the other.
    const backend = await open();
    try {
      const slug = `pair-sum-${order}`;
      await importProblemPackage(backend.database.db, problemDir, { slug });
      log(`${backend.name}, ${order} order …`);
      const figures = await measure(order, backend, slug);
      log(`  newcomer's run: submit → verdict p50 ${figures.p50} ms, p95 ${figures.p95} ms`);
      rows.push(
        `| ${backend.name} | ${order === 'fair' ? 'fair line (decision 0070)' : 'arrival order (fairness off)'} | ${figures.p50} / ${figures.p95} ms |`,
      );
    } finally {
      await backend.close();
    }
  }
}
rmSync(problemDir, { recursive: true, force: true });

await writeSection(
  'fairness',
  `## Fair judging under a flood (\`npm run build && npm run bench:fairness\`)

${machineLine()}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
${flooders} accounts, each from its own address, keep ${floodEach} looping submissions waiting or being judged (a new one
as soon as one gets its verdict); a looping submission holds a judge ${loopMs} ms (its time limit), the newcomer's
run ${runMs} ms. ${concurrency} judging slots. A new learner then sends a run on the samples ${tries} times, one after the other:
the figure is its submit → \`done\` event time. The API (requests injected in process), outbox relay, queue,
workers and live events are the real ones; the judge is a stand-in that only takes time (the sandbox is
measured by bench:judge). Both orders run on the same flood, in one run; the target is a verdict within 2 s.
Judging is not preempted: the newcomer waits for the next judge to free up, at most one looping submission's
time; tries that follow a verdict at once arrive just after the flood took the judges again, so most wait about that.

| backend | order | newcomer's run: submit → verdict p50 / p95 |
|---|---|---|
${rows.join('\n')}`,
);
log('written to docs/benchmarks.md');
process.exit(0);
