/**
 * Winter Arc as deployed, for tests in the postgres project: a scratch database, an `api` process and
 * `worker` processes on the real PostgreSQL, Redis and RabbitMQ (queues under a prefix of their own),
 * the Pair sum problem imported, and a signed-in learner listening on the WebSocket.
 */
import { randomUUID } from 'node:crypto';
import { pairSumSolutions, writePairSumPackage } from '../../ops/bench/pair-sum.js';
import {
  baseEnv,
  createScratchDatabase,
  LearnerClient,
  type RoleProcess,
  runCli,
  spawnRole,
  waitReady,
} from '../../ops/tools/cluster.js';
import { testRabbitUrl, testServices } from './backends.js';

export interface ProcessCluster {
  learner: LearnerClient;
  database: Awaited<ReturnType<typeof createScratchDatabase>>;
  startWorker(): RoleProcess;
  /** Submits Pair sum in Python, sleeping `sleepSeconds` first so a test can act mid-judging. */
  submitSlow(sleepSeconds: number): Promise<string>;
  /** Resolves once the submission's row says `judging`. */
  judging(id: string): Promise<void>;
  row(id: string): Promise<{
    status: string;
    verdict: string | null;
    attempts: number;
    tests_run: number;
    results: number;
  }>;
  close(): Promise<void>;
}

export async function startProcessCluster(): Promise<ProcessCluster> {
  const database = await createScratchDatabase(testServices.adminDatabaseUrl, 'wa_test_cluster');
  const port = 20_000 + Math.floor(Math.random() * 10_000);
  const env = baseEnv({
    DATABASE_URL: database.url,
    REDIS_URL: testServices.redisUrl,
    RABBITMQ_URL: testRabbitUrl,
    RABBITMQ_QUEUE_PREFIX: `wa-test-${randomUUID()}`,
    PORT: String(port),
    JUDGE_CONCURRENCY: '1',
  });
  const started: RoleProcess[] = [];
  let workers = 0;
  const learner = new LearnerClient(`http://127.0.0.1:${port}`);
  try {
    await runCli(['migrate'], env);
    await runCli(['problem', 'import', writePairSumPackage(), '--slug', 'pair-sum', '--skip-self-test'], env);
    const api = spawnRole('api', env);
    started.push(api);
    await waitReady(`http://127.0.0.1:${port}`, api);
    await learner.signUp();
    await learner.connect();
  } catch (error) {
    for (const role of started) await role.stop();
    await database.drop();
    throw error;
  }
  return {
    learner,
    database,
    startWorker() {
      workers += 1;
      const worker = spawnRole('worker', { ...env, WORKER_METRICS_PORT: String(port + workers) });
      started.push(worker);
      return worker;
    },
    submitSlow: (sleepSeconds) =>
      learner.submit({
        problem: 'pair-sum',
        language: 'python',
        source: `import time\ntime.sleep(${sleepSeconds})\n${pairSumSolutions.python}`,
      }),
    async judging(id) {
      for (;;) {
        const [row] = await database.query<{ status: string }>(
          'SELECT status FROM submissions WHERE id = $1',
          [id],
        );
        if (row?.status === 'judging') return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async row(id) {
      const [row] = await database.query<{
        status: string;
        verdict: string | null;
        attempts: number;
        tests_run: number;
        results: string;
      }>(
        `SELECT s.status, s.verdict, s.attempts, s.tests_run,
                (SELECT count(*) FROM submission_results r WHERE r.submission_id = s.id) AS results
           FROM submissions s WHERE s.id = $1`,
        [id],
      );
      return { ...row!, results: Number(row!.results) };
    },
    async close() {
      learner.close();
      for (const role of started.reverse()) await role.stop();
      await database.drop();
    },
  };
}
