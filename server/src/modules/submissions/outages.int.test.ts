/**
 * Real outages of the real services, one client at a time: the broker and Redis are reached through a
 * TCP proxy the test cuts and restores, so the adapters meet a genuine connection loss (resets,
 * refused reconnects) while other tests keep using the same servers.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedisPubSub } from '../../infra/pubsub/redis-pubsub.js';
import { createRabbitJobQueue } from '../../infra/queue/rabbit-job-queue.js';
import { signUp } from '../../test/accounts.js';
import { testBackend, testRabbitUrl, testServices } from '../../test/backends.js';
import { type PipelineTest, startPipelineTest, waitForVerdict } from '../../test/pipeline.js';
import { startTcpProxy, viaProxy } from '../../test/tcp-proxy.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function until(predicate: () => boolean | Promise<boolean>, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Only the real adapters have a server to lose; the postgres project is the one that uses them.
describe.runIf(testBackend() === 'postgres')('service outages', () => {
  it('keeps accepting submissions while RabbitMQ is unreachable, and judges them once it is back', {
    timeout: 90_000,
  }, async () => {
    const proxy = await startTcpProxy(Number(new URL(testRabbitUrl).port || 5672));
    cleanups.push(() => proxy.close());
    const prefix = `wa-test-${randomUUID()}`;
    const queue = createRabbitJobQueue({
      url: viaProxy(testRabbitUrl, proxy),
      prefix,
      publishTimeoutMs: 1000,
    });
    const t: PipelineTest = await startPipelineTest({ judge: 'accepting', queue, problems: ['sum-stdio'] });
    cleanups.push(() => t.close());
    const learner = await signUp(t.app);
    await until(async () => (await t.app.inject({ url: '/readyz' })).json().status === 'ready');

    await proxy.cut();
    await until(async () => (await t.app.inject({ url: '/readyz' })).json().status === 'degraded');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/submissions',
        headers: learner.headers,
        payload: {
          problem: 'sum-stdio',
          language: 'python',
          source: 'a, b = map(int, input().split())\nprint(a + b)\n',
        },
      });
      expect(response.statusCode).toBe(202);
      ids.push(response.json().id);
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const id of ids) {
      const state = await t.app.inject({ url: `/api/v1/submissions/${id}`, headers: learner.headers });
      expect(state.json().status).toBe('queued');
    }

    await proxy.restore();
    for (const id of ids) expect((await waitForVerdict(t, id, learner.headers, 60_000)).verdict).toBe('AC');
  });

  it('resumes live events after Redis comes back', { timeout: 60_000 }, async () => {
    const port = Number(new URL(testServices.redisUrl).port || 6379);
    const proxy = await startTcpProxy(port);
    cleanups.push(() => proxy.close());
    const prefix = `wa-test:${randomUUID()}:`;
    const listener = createRedisPubSub(viaProxy(testServices.redisUrl, proxy), { prefix });
    const publisher = createRedisPubSub(testServices.redisUrl, { prefix });
    cleanups.push(
      () => listener.close(),
      () => publisher.close(),
    );
    const got: unknown[] = [];
    await listener.subscribe('user:u', (m) => got.push(m));
    await until(() => {
      void publisher.publish('user:u', { n: 'before' });
      return got.length > 0;
    });

    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await proxy.restore();
    const seen = got.length;
    await until(() => {
      void publisher.publish('user:u', { n: 'after' });
      return got.length > seen;
    });
    expect(got.at(-1)).toEqual({ n: 'after' });
  });
});
