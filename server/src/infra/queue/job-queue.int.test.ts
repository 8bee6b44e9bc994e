import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/backends.js';
import { openTestQueue } from '../../test/queues.js';
import type { Delivery, JobQueue } from './job-queue.js';

const job = () => ({ submissionId: randomUUID() });

/** Resolves once `predicate` holds, polling; fails the test after `ms`. */
async function eventually(predicate: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let queue: JobQueue;
afterEach(async () => {
  await queue?.close();
});

describe(`the judge queue (${testBackend() === 'pglite' ? 'in process' : 'RabbitMQ'})`, () => {
  it('delivers each published job once when its handler succeeds', async () => {
    queue = openTestQueue();
    const seen: string[] = [];
    const consumer = await queue.consume(
      async (delivery) => {
        seen.push(delivery.job.submissionId);
        return { settle: 'ack' };
      },
      { prefetch: 2 },
    );
    const jobs = [job(), job(), job()];
    for (const j of jobs) await queue.publish(j);
    await eventually(() => seen.length === 3);
    await consumer.stop();
    expect(seen.sort()).toEqual(jobs.map((j) => j.submissionId).sort());
    expect((await queue.depth()).ready).toBe(0);
  });

  it('never holds more unacknowledged deliveries than the prefetch', async () => {
    queue = openTestQueue();
    let running = 0;
    let most = 0;
    let done = 0;
    const consumer = await queue.consume(
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 30));
        running -= 1;
        done += 1;
        return { settle: 'ack' };
      },
      { prefetch: 2 },
    );
    for (let i = 0; i < 6; i += 1) await queue.publish(job());
    await eventually(() => done === 6);
    await consumer.stop();
    expect(most).toBe(2);
  });

  it('delivers a job again, marked redelivered, when its handler fails', async () => {
    queue = openTestQueue();
    const deliveries: Delivery[] = [];
    const consumer = await queue.consume(
      async (delivery) => {
        deliveries.push(delivery);
        if (deliveries.length === 1) throw new Error('worker died');
        return { settle: 'ack' };
      },
      { prefetch: 1 },
    );
    const only = job();
    await queue.publish(only);
    await eventually(() => deliveries.length === 2);
    await consumer.stop();
    expect(deliveries.map((d) => [d.job.submissionId, d.redelivered])).toEqual([
      [only.submissionId, false],
      [only.submissionId, true],
    ]);
  });

  it('parks a dead-lettered job with its reason, lists it without removing it, and requeues it', async () => {
    queue = openTestQueue();
    const poison = job();
    let deliveries = 0;
    const consumer = await queue.consume(
      async () => {
        deliveries += 1;
        return deliveries === 1 ? { settle: 'dead-letter', reason: 'failed 3 times' } : { settle: 'ack' };
      },
      { prefetch: 1 },
    );
    await queue.publish(poison);
    await eventually(async () => (await queue.depth()).deadLetters === 1);

    expect(await queue.listDeadLetters(10)).toEqual([{ job: poison, reason: 'failed 3 times' }]);
    expect(await queue.listDeadLetters(10)).toHaveLength(1);

    expect(await queue.requeueDeadLetters(10)).toEqual([poison]);
    await eventually(() => deliveries === 2);
    await consumer.stop();
    expect((await queue.depth()).deadLetters).toBe(0);
  });

  it('hands a job back with `retry` as often as needed without ever dead-lettering it', async () => {
    // A delivery limit of 2: a handler that threw 6 times would have had the job parked long before.
    queue = openTestQueue({ deliveryLimit: 2 });
    const only = job();
    const deliveries: Delivery[] = [];
    const consumer = await queue.consume(
      async (delivery) => {
        deliveries.push(delivery);
        return deliveries.length <= 6 ? { settle: 'retry' } : { settle: 'ack' };
      },
      { prefetch: 1 },
    );
    await queue.publish(only);
    await eventually(() => deliveries.length === 7);
    await consumer.stop();
    expect(new Set(deliveries.map((d) => d.job.submissionId))).toEqual(new Set([only.submissionId]));
    // Each is a fresh message, not a redelivery of a failed one.
    expect(deliveries.every((d) => !d.redelivered)).toBe(true);
    expect(await queue.depth()).toEqual({ ready: 0, deadLetters: 0 });
  });

  it('tells a waiting handler to give up when its consumer stops', async () => {
    queue = openTestQueue();
    let started = false;
    const consumer = await queue.consume(
      async (delivery) => {
        started = true;
        await new Promise((resolve) => delivery.stopping.addEventListener('abort', resolve));
        return { settle: 'ack' };
      },
      { prefetch: 1 },
    );
    await queue.publish(job());
    await eventually(() => started);
    await consumer.stop();
    expect((await queue.depth()).ready).toBe(0);
  });

  it('lets stop() wait for the handlers in flight', async () => {
    queue = openTestQueue();
    let finished = false;
    let started = false;
    const consumer = await queue.consume(
      async () => {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 200));
        finished = true;
        return { settle: 'ack' };
      },
      { prefetch: 1 },
    );
    await queue.publish(job());
    await eventually(() => started);
    await consumer.stop();
    expect(finished).toBe(true);
  });
});
