/**
 * PostgreSQL going away under load, one client at a time: the app's (or a worker's) connections go
 * through a TCP proxy the test cuts, so they meet a genuine connection loss — a transaction in
 * progress reset, new connections refused — while other tests keep using the same server. Nothing
 * may crash; the API answers 503 with Retry-After; a worker waits the outage out without using up
 * the job's deliveries; everything recovers on its own once the database is back.
 */
import { type SQL, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../infra/db/database.js';
import type { JobQueue } from '../../infra/queue/job-queue.js';
import { signUp } from '../../test/accounts.js';
import { databaseUrlFor, testBackend, testServices } from '../../test/backends.js';
import { startPipelineTest, waitForVerdict } from '../../test/pipeline.js';
import { openTestQueue } from '../../test/queues.js';
import { startTcpProxy, viaProxy } from '../../test/tcp-proxy.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function until(predicate: () => boolean | Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The one value a query returns. */
async function scalar<T>(t: { database: { db: Database } }, query: SQL): Promise<T> {
  const result = (await t.database.db.execute(query)) as unknown as { rows: Array<Record<string, T>> };
  return Object.values(result.rows[0]!)[0]!;
}

const pgPort = Number(new URL(testServices.adminDatabaseUrl).port || 5432);
const accepted = {
  problem: 'sum-stdio',
  language: 'python',
  source: 'a, b = map(int, input().split())\nprint(a + b)\n',
};
/** Short pauses, so a test waits out an outage in seconds. */
const quickRetry = { baseDelayMs: 20, maxDelayMs: 200 };

/** The backend's queue, whose publishes can be held (the relay then sits inside its transaction). */
function holdableQueue(real: JobQueue) {
  let held: Array<() => void> | undefined;
  let waiting = 0;
  const queue: JobQueue = {
    ...real,
    async publish(job) {
      if (held !== undefined) {
        waiting += 1;
        await new Promise<void>((resolve) => held!.push(resolve));
      }
      await real.publish(job);
    },
  };
  return {
    queue,
    hold: () => {
      held = [];
    },
    get waiting() {
      return waiting;
    },
    release: () => {
      for (const resolve of held?.splice(0) ?? []) resolve();
      held = undefined;
    },
  };
}

describe.runIf(testBackend() === 'postgres')('a PostgreSQL outage', () => {
  it('crashes nothing: the relay mid-transaction and the worker fail softly, the API answers 503 + Retry-After, all recover', {
    timeout: 120_000,
  }, async () => {
    const proxy = await startTcpProxy(pgPort);
    cleanups.push(() => proxy.close());
    const publishes = holdableQueue(openTestQueue());
    const t = await startPipelineTest({
      problems: ['sum-stdio'],
      queue: publishes.queue,
      reachDatabaseThrough: (url) => viaProxy(url, proxy),
      pipeline: { databaseRetry: quickRetry },
    });
    cleanups.push(() => t.close());
    const learner = await signUp(t.app);

    // The relay takes the new event in a transaction and sits there, publishing.
    publishes.hold();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: learner.headers,
      payload: accepted,
    });
    expect(response.statusCode).toBe(202);
    const id: string = response.json().id;
    await until(() => publishes.waiting > 0);

    // The database goes away under the open transaction (its connection is reset).
    proxy.refuse();
    publishes.release();

    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks).toContainEqual(expect.objectContaining({ name: 'database', ok: false }));

    const read = await t.app.inject({ url: `/api/v1/submissions/${id}`, headers: learner.headers });
    expect(read.statusCode).toBe(503);
    expect(read.headers['retry-after']).toBe('5');
    expect(read.headers['content-type']).toContain('application/problem+json');
    expect(read.json()).toMatchObject({ type: 'urn:winterarc:problem:unavailable', status: 503 });

    proxy.restore();
    await until(async () => (await t.app.inject({ url: '/readyz' })).statusCode === 200);
    const done = await waitForVerdict(t, id, learner.headers, 60_000);
    expect(done.verdict).toBe('AC');
  });

  it('a worker whose claim keeps failing waits with backoff instead of using up the delivery limit', {
    timeout: 120_000,
  }, async () => {
    const t = await startPipelineTest({ problems: ['sum-stdio'], pipeline: { worker: undefined } });
    cleanups.push(() => t.close());
    const learner = await signUp(t.app);
    const name = await scalar<string>(t, sql`select current_database()`);
    const proxy = await startTcpProxy(pgPort);
    cleanups.push(() => proxy.close());
    const workerDatabase = await openDatabase({
      kind: 'postgres',
      url: viaProxy(databaseUrlFor(testServices.adminDatabaseUrl, name), proxy),
      maxConnections: 2,
    });
    cleanups.push(() => workerDatabase.close());
    await t.startWorker({ db: workerDatabase.db, databaseRetry: quickRetry });

    proxy.refuse();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: learner.headers,
      payload: accepted,
    });
    const id: string = response.json().id;
    // Far more tries than the broker's delivery limit (5): had each failed claim handed the job
    // back, it would have been dead-lettered after five and the worker would have stopped trying.
    await until(() => proxy.refused >= 15);
    proxy.restore();

    const done = await waitForVerdict(t, id, learner.headers, 60_000);
    expect(done.verdict).toBe('AC');
    expect(await scalar<number>(t, sql`select attempts from submissions where id = ${id}`)).toBe(1);
    expect((await t.queue.depth()).deadLetters).toBe(0);
  });
});
