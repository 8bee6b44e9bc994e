/**
 * Two API instances behind one load balancer: a learner's WebSocket on instance B hears the verdict
 * of a submission POSTed to instance A and judged by A's worker, because events travel through the
 * shared pub/sub (Redis in the postgres project: two connections; in process in the pglite one).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createMetrics } from '../../infra/metrics/metrics.js';
import { createMemoryPubSub } from '../../infra/pubsub/memory-pubsub.js';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import { createRedisPubSub } from '../../infra/pubsub/redis-pubsub.js';
import { signUp } from '../../test/accounts.js';
import { testBackend, testServices } from '../../test/backends.js';
import { conformancePackages, type PipelineTest, startPipelineTest } from '../../test/pipeline.js';

let t: PipelineTest;
let instanceB: FastifyInstance;
let busB: PubSub;
beforeAll(async () => {
  const prefix = `wa-test:${randomUUID()}:`;
  const open = () => createRedisPubSub(testServices.redisUrl, { prefix });
  const shared = testBackend() === 'pglite' ? createMemoryPubSub() : undefined;
  busB = shared ?? open();
  t = await startPipelineTest({ problems: ['two-sum-function'], pubsub: shared ?? open() });
  instanceB = await buildApp({
    config: t.config,
    database: t.database,
    counters: t.counters,
    cache: t.cache,
    pubsub: busB,
    queue: t.queue,
    metrics: createMetrics(),
  });
  await instanceB.ready();
});
afterAll(async () => {
  await instanceB?.close();
  if (busB !== t?.pubsub) await busB?.close();
  await t?.close();
});

describe('several API instances', () => {
  it("deliver a verdict to the learner's socket on another instance than the one that took the POST", async () => {
    const learner = await signUp(t.app);
    const socket = await instanceB.injectWS('/api/v1/ws', { headers: learner.headers });
    const events: Array<Record<string, unknown>> = [];
    socket.on('message', (data) => events.push(JSON.parse(data.toString())));
    const deadline = Date.now() + 20_000;
    const until = async (predicate: () => boolean) => {
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error('condition not met in time');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await until(() => events.some((e) => e.type === 'ready'));

    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: learner.headers,
      payload: {
        problem: 'two-sum-function',
        language: 'python',
        source: await readFile(
          path.join(conformancePackages, 'two-sum-function/submissions/accepted/hash_map.py'),
          'utf8',
        ),
      },
    });
    const id = response.json().id;
    await until(() => events.some((e) => e.id === id && e.stage === 'done'));
    expect(events.find((e) => e.id === id && e.stage === 'done')).toMatchObject({ verdict: 'AC' });
    // And instance B answers for the state too, from the shared database.
    const state = await instanceB.inject({ url: `/api/v1/submissions/${id}`, headers: learner.headers });
    expect(state.json()).toMatchObject({ status: 'done', verdict: 'AC' });
    socket.terminate();
  });
});
