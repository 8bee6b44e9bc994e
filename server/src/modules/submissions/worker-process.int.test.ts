/**
 * Real `winterarc worker` processes on PostgreSQL and RabbitMQ, stopped in the middle of judging:
 * SIGKILL hands the job to the next worker; SIGTERM lets the worker finish it first. Either way the
 * learner gets exactly one verdict and one result set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/backends.js';
import { type ProcessCluster, startProcessCluster } from '../../test/process-cluster.js';

let cluster: ProcessCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

// Worker processes need PostgreSQL and RabbitMQ (PGlite is one process's); the postgres project has them.
describe.runIf(testBackend() === 'postgres')('a worker process stopped mid-judging', () => {
  it('SIGKILL: another worker judges the job again; one verdict, one result set', {
    timeout: 120_000,
  }, async () => {
    cluster = await startProcessCluster();
    const first = cluster.startWorker();
    const id = await cluster.submitSlow(1.5);
    await cluster.judging(id);
    first.child.kill('SIGKILL');
    await first.exited;
    cluster.startWorker();

    const done = await cluster.learner.done(id, 500);
    expect(done.verdict).toBe('AC');
    const row = await cluster.row(id);
    expect(row.attempts).toBe(2);
    expect(row.results).toBe(row.tests_run);
  });

  it('SIGTERM: the worker finishes the submission it is judging, then exits cleanly', {
    timeout: 120_000,
  }, async () => {
    cluster = await startProcessCluster();
    const worker = cluster.startWorker();
    const id = await cluster.submitSlow(1.5);
    await cluster.judging(id);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);

    const row = await cluster.row(id);
    expect(row).toMatchObject({ status: 'done', verdict: 'AC', attempts: 1 });
    expect(row.results).toBe(row.tests_run);
  });
});
