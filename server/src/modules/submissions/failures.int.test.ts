/**
 * The pipeline under failure: workers dying mid-job, poison jobs, a broker that refuses work, a
 * shutdown with work in progress, a job stuck in "judging". Each ends with exactly one verdict. The
 * judge accepts everything without running it (test/accepting-judge.ts): these are about the pipeline,
 * so they need no root and no sandbox.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { submissionResults, submissions } from '../../infra/db/schema.js';
import type { JobQueue } from '../../infra/queue/job-queue.js';
import { signUp, type TestAccount } from '../../test/accounts.js';
import {
  conformancePackages,
  type PipelineTest,
  startPipelineTest,
  waitForVerdict,
} from '../../test/pipeline.js';
import { openTestQueue } from '../../test/queues.js';
import { listDeadLetters, requeueDeadLetters } from './dead-letters.js';

const accepted = () =>
  readFile(path.join(conformancePackages, 'two-sum-function/submissions/accepted/hash_map.py'), 'utf8');

let t: PipelineTest | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function submitOne(test: PipelineTest, account: TestAccount): Promise<string> {
  const response = await test.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: account.headers,
    payload: { problem: 'two-sum-function', language: 'python', source: await accepted() },
  });
  expect(response.statusCode).toBe(202);
  return response.json().id;
}

async function resultCount(test: PipelineTest, id: string) {
  const [row] = await test.database.db
    .select({ n: count() })
    .from(submissionResults)
    .where(eq(submissionResults.submissionId, id));
  return row!.n;
}

describe('a worker that dies while judging', () => {
  it('gets its job redelivered and judged once; the learner sees one verdict', async () => {
    let deaths = 0;
    t = await startPipelineTest({
      judge: 'accepting',
      packages: (real) => ({
        async directoryFor(id) {
          // The first attempt dies after claiming the submission, as a SIGKILLed worker would.
          if (deaths === 0) {
            deaths += 1;
            throw new Error('worker killed');
          }
          return real.directoryFor(id);
        },
      }),
    });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    const done = await waitForVerdict(t, id, learner.headers);
    expect(done.verdict).toBe('AC');
    expect(deaths).toBe(1);
    expect(await resultCount(t, id)).toBe(done.testsRun);
    const [row] = await t.database.db.select().from(submissions).where(eq(submissions.id, id));
    expect(row!.attempts).toBe(2);
  });
});

describe('a poison job', () => {
  it('is failed with a reason after its attempts, parked, listed, and judged again once requeued', async () => {
    let poisoned = true;
    t = await startPipelineTest({
      judge: 'accepting',
      pipeline: { maxAttempts: 2 },
      packages: (real) => ({
        async directoryFor(id) {
          if (poisoned) throw new Error('this job kills its worker');
          return real.directoryFor(id);
        },
      }),
    });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    const failed = await waitForVerdict(t, id, learner.headers);
    expect(failed.verdict).toBe('IE');
    expect(failed.message).toMatch(/never finished/);

    const letters = await listDeadLetters(t.database.db, t.queue, 10);
    expect(letters).toEqual([
      expect.objectContaining({ job: { submissionId: id }, status: 'done', verdict: 'IE', attempts: 3 }),
    ]);

    poisoned = false;
    expect(await requeueDeadLetters(t.database.db, t.queue, 10)).toBe(1);
    const judged = await waitForVerdict(t, id, learner.headers);
    expect(judged.verdict).toBe('AC');
    expect((await t.queue.depth()).deadLetters).toBe(0);
  });
});

describe('a broker that is down', () => {
  it('still accepts submissions; they are judged once it is back', async () => {
    const real = openTestQueue();
    let down = true;
    const flaky: JobQueue = {
      ...real,
      async publish(job) {
        if (down) throw new Error('broker unreachable');
        await real.publish(job);
      },
      close: () => real.close(),
    };
    t = await startPipelineTest({ judge: 'accepting', queue: flaky });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const waiting = await t.app.inject({
      method: 'GET',
      url: `/api/v1/submissions/${id}`,
      headers: learner.headers,
    });
    expect(waiting.json().status).toBe('queued');

    down = false;
    const done = await waitForVerdict(t, id, learner.headers);
    expect(done.verdict).toBe('AC');
  });
});

describe('a graceful shutdown', () => {
  it('lets the submission being judged finish before the worker stops', async () => {
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const judging = new Promise<void>((resolve) => {
      started = resolve;
    });
    t = await startPipelineTest({
      judge: 'accepting',
      packages: (real) => ({
        async directoryFor(id) {
          started();
          await new Promise<void>((resolve) => {
            release = resolve;
          });
          return real.directoryFor(id);
        },
      }),
    });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    await judging;
    const stopping = t.pipeline.stop();
    release();
    await stopping;
    const [row] = await t.database.db.select().from(submissions).where(eq(submissions.id, id));
    expect(row).toMatchObject({ status: 'done', verdict: 'AC' });
  });
});

/** As if a worker had claimed the submission ten minutes ago (its `attempts`-th claim) and vanished with the message. */
async function makeStuck(test: PipelineTest, id: string, attempts: number) {
  await test.database.db.delete(submissionResults).where(eq(submissionResults.submissionId, id));
  await test.database.db
    .update(submissions)
    .set({ status: 'judging', verdict: null, attempts, judgingStartedAt: sql`now() - interval '10 minutes'` })
    .where(eq(submissions.id, id));
}

describe('a submission stuck in judging', () => {
  it('is queued again by the sweeper and judged', async () => {
    t = await startPipelineTest({ judge: 'accepting' });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    await waitForVerdict(t, id, learner.headers);
    await makeStuck(t, id, 1);
    expect((await t.pipeline.sweeper!.sweep()).retried).toEqual([id]);
    const done = await waitForVerdict(t, id, learner.headers);
    expect(done.verdict).toBe('AC');
  });

  it('is failed with a reason once it has used its attempts', async () => {
    t = await startPipelineTest({ judge: 'accepting', pipeline: { maxAttempts: 2 } });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    await waitForVerdict(t, id, learner.headers);
    await makeStuck(t, id, 2);
    await t.pipeline.sweeper!.sweep();
    const done = await waitForVerdict(t, id, learner.headers);
    expect(done.verdict).toBe('IE');
    expect(done.message).toMatch(/did not finish/);
  });
});
