/**
 * A real `winterarc worker` process SIGKILLed while it judges: the broker hands the job to the next
 * worker, and the learner gets exactly one verdict and one result set. Separate processes on
 * PostgreSQL and RabbitMQ, as deployed.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { pairSumSolutions, writePairSumPackage } from '../../bench/pair-sum.js';
import { testBackend, testRabbitUrl, testServices } from '../../test/backends.js';
import {
  baseEnv,
  createScratchDatabase,
  LearnerClient,
  type RoleProcess,
  runCli,
  spawnRole,
  waitReady,
} from '../../tools/cluster.js';

const started: RoleProcess[] = [];
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  for (const role of started) await role.stop();
  await drop?.();
});

// Worker processes need PostgreSQL and RabbitMQ (PGlite is one process's); the postgres project has them.
describe.runIf(testBackend() === 'postgres')('a worker process killed mid-judging', () => {
  it('leaves the job to another worker; one verdict, one result set', { timeout: 120_000 }, async () => {
    const database = await createScratchDatabase(testServices.adminDatabaseUrl, 'wa_test_kill');
    drop = () => database.drop();
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const env = baseEnv({
      DATABASE_URL: database.url,
      REDIS_URL: testServices.redisUrl,
      RABBITMQ_URL: testRabbitUrl,
      RABBITMQ_QUEUE_PREFIX: `wa-test-${randomUUID()}`,
      PORT: String(port),
      JUDGE_CONCURRENCY: '1',
    });
    await runCli(['migrate'], env);
    await runCli(['problem', 'import', writePairSumPackage(), '--slug', 'pair-sum', '--skip-self-test'], env);
    const api = spawnRole('api', env);
    started.push(api);
    await waitReady(`http://127.0.0.1:${port}`, api);
    const first = spawnRole('worker', { ...env, WORKER_METRICS_PORT: String(port + 1) });
    started.push(first);

    const learner = new LearnerClient(`http://127.0.0.1:${port}`);
    await learner.signUp();
    await learner.connect();
    // Slow enough (1.5 s of sleep before answering) to be caught in the middle.
    const id = await learner.submit({
      problem: 'pair-sum',
      language: 'python',
      source: `import time\ntime.sleep(1.5)\n${pairSumSolutions.python}`,
    });
    for (;;) {
      const [row] = await database.query<{ status: string }>('SELECT status FROM submissions WHERE id = $1', [
        id,
      ]);
      if (row?.status === 'judging') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.child.kill('SIGKILL');
    await first.exited;
    started.push(spawnRole('worker', { ...env, WORKER_METRICS_PORT: String(port + 2) }));

    const done = await learner.done(id, 500);
    learner.close();
    expect(done.verdict).toBe('AC');
    const [row] = await database.query<{ attempts: number; tests_run: number; results: string }>(
      `SELECT s.attempts, s.tests_run, (SELECT count(*) FROM submission_results r WHERE r.submission_id = s.id) AS results
         FROM submissions s WHERE s.id = $1`,
      [id],
    );
    expect(row!.attempts).toBe(2);
    expect(Number(row!.results)).toBe(row!.tests_run);
  });
});
