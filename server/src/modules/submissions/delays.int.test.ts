/**
 * A submission never sits "queued" silently: one whose message was lost is published again by the
 * sweeper, and one the queue parked for an operator is shown to its learner as delayed, with why,
 * until the operator sends it back. Both backends: the in-process queue and RabbitMQ.
 */
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxEvents, submissions } from '../../infra/db/schema.js';
import type { JobQueue } from '../../infra/queue/job-queue.js';
import { signUp, type TestAccount } from '../../test/accounts.js';
import { type PipelineTest, startPipelineTest, waitForVerdict } from '../../test/pipeline.js';
import { openTestQueue } from '../../test/queues.js';
import { requeueDeadLetters } from './dead-letters.js';
import type { SubmissionEvent } from './events.js';
import { userChannel } from './events.js';

let t: PipelineTest | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function until(predicate: () => boolean | Promise<boolean>, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function submitOne(test: PipelineTest, account: TestAccount): Promise<string> {
  const response = await test.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: account.headers,
    payload: {
      problem: 'sum-stdio',
      language: 'python',
      source: 'a, b = map(int, input().split())\nprint(a + b)\n',
    },
  });
  expect(response.statusCode).toBe(202);
  return response.json().id;
}

const pendingEvents = async (test: PipelineTest) =>
  (await test.database.db.select().from(outboxEvents).where(sql`${outboxEvents.publishedAt} is null`)).length;

/** As if its judge event had gone out ten minutes ago. */
const queuedLongAgo = (test: PipelineTest, id: string) =>
  test.database.db
    .update(submissions)
    .set({ queuedAt: sql`now() - interval '10 minutes'` })
    .where(eq(submissions.id, id));

const read = async (test: PipelineTest, id: string, account: TestAccount) =>
  (await test.app.inject({ url: `/api/v1/submissions/${id}`, headers: account.headers })).json();

describe('a submission queued too long', () => {
  it('whose message was lost after the outbox sent it is published again, its learner told it is delayed, and judged', async () => {
    // The broker confirms the first message and then loses it (a queue deleted, a disk lost, …).
    const real = openTestQueue();
    let lost = 0;
    const losing: JobQueue = {
      ...real,
      async publish(job) {
        if (lost === 0) {
          lost += 1;
          return;
        }
        await real.publish(job);
      },
    };
    t = await startPipelineTest({ problems: ['sum-stdio'], queue: losing });
    const learner = await signUp(t.app);
    const heard: SubmissionEvent[] = [];
    await t.pubsub.subscribe(userChannel(learner.id), (event) => heard.push(event as SubmissionEvent));
    const id = await submitOne(t, learner);
    await until(async () => lost === 1 && (await pendingEvents(t!)) === 0);
    expect(await read(t, id, learner)).toMatchObject({ status: 'queued', delayed: null });

    await queuedLongAgo(t, id);
    const report = await t.pipeline.sweeper!.sweep();
    expect(report).toMatchObject({ republished: [id], parked: [] });
    await until(() => heard.some((e) => e.id === id && e.stage === 'delayed'));
    expect(heard.find((e) => e.stage === 'delayed')).toMatchObject({
      reason: expect.stringMatching(/longer than usual/),
    });

    const done = await waitForVerdict(t, id, learner.headers);
    expect(done).toMatchObject({ verdict: 'AC', delayed: null });
  });

  it('whose event is still waiting in the outbox (broker down) is left to the relay, not published twice', async () => {
    const real = openTestQueue();
    const down: JobQueue = {
      ...real,
      publish: async () => {
        throw new Error('broker unreachable');
      },
    };
    t = await startPipelineTest({ problems: ['sum-stdio'], queue: down });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    await queuedLongAgo(t, id);
    const report = await t.pipeline.sweeper!.sweep();
    expect(report.republished).toEqual([]);
    expect(await pendingEvents(t)).toBe(1);
    expect(await read(t, id, learner)).toMatchObject({ status: 'queued', delayed: null });
  });
});

describe('a backlog', () => {
  it('is not mistaken for lost messages: an old submission still waiting in line is not published again', async () => {
    t = await startPipelineTest({ problems: ['sum-stdio'], pipeline: { worker: undefined } });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    await until(async () => (await t!.queue.depth()).ready === 1);
    await queuedLongAgo(t, id);
    expect((await t.pipeline.sweeper!.sweep()).republished).toEqual([]);
    expect((await t.queue.depth()).ready).toBe(1);
  });
});

describe('a submission parked in the dead-letter queue before any verdict', () => {
  it('is shown to its learner as delayed with the reason, is not published behind the operator’s back, and is judged once requeued', async () => {
    t = await startPipelineTest({ problems: ['sum-stdio'], pipeline: { worker: undefined } });
    // A consumer that parks everything, as the broker does once a job used up its delivery limit.
    const parking = await t.queue.consume(async () => ({ settle: 'dead-letter', reason: 'delivery limit' }), {
      prefetch: 1,
    });
    const learner = await signUp(t.app);
    const id = await submitOne(t, learner);
    await until(async () => (await t!.queue.depth()).deadLetters === 1);
    await parking.stop();
    await queuedLongAgo(t, id);

    expect(await t.pipeline.sweeper!.sweep()).toMatchObject({ parked: [id], republished: [] });
    const shown = await read(t, id, learner);
    expect(shown.status).toBe('queued');
    expect(shown.delayed).toMatchObject({ reason: expect.stringMatching(/operator/) });
    expect(Date.parse(shown.delayed.since)).not.toBeNaN();
    // Marked once: a second pass has nothing new to say or do.
    expect(await t.pipeline.sweeper!.sweep()).toMatchObject({ parked: [], republished: [] });

    expect(await requeueDeadLetters(t.database.db, t.queue, 10)).toBe(1);
    expect((await read(t, id, learner)).delayed).toBeNull();
    await t.startWorker();
    expect(await waitForVerdict(t, id, learner.headers)).toMatchObject({ verdict: 'AC', delayed: null });
  });
});
