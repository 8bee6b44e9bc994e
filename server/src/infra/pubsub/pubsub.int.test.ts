import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/backends.js';
import { openTestPubSub } from '../../test/pubsubs.js';
import type { PubSub } from './pubsub.js';
import { createRedisPubSub } from './redis-pubsub.js';

async function eventually(predicate: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let bus: PubSub;
afterEach(async () => {
  await bus?.close();
});

describe(`live events (${testBackend() === 'pglite' ? 'in process' : 'Redis'})`, () => {
  it('gives every subscriber of a channel each message, and nothing from other channels', async () => {
    bus = openTestPubSub();
    const first: unknown[] = [];
    const second: unknown[] = [];
    const other: unknown[] = [];
    await bus.subscribe('user:a', (m) => first.push(m));
    await bus.subscribe('user:a', (m) => second.push(m));
    await bus.subscribe('user:b', (m) => other.push(m));
    // Redis confirms a SUBSCRIBE asynchronously: publish until the first message lands.
    await eventually(() => {
      if (first.length === 0) void bus.publish('user:a', { n: 0 });
      return first.length > 0;
    });
    await bus.publish('user:a', { n: 1 });
    await eventually(() => second.at(-1) !== undefined && (second.at(-1) as { n: number }).n === 1);
    expect(first.at(-1)).toEqual({ n: 1 });
    expect(other).toEqual([]);
  });

  it('stops delivering once unsubscribed', async () => {
    bus = openTestPubSub();
    const got: unknown[] = [];
    const stop = await bus.subscribe('user:c', (m) => got.push(m));
    await eventually(() => {
      if (got.length === 0) void bus.publish('user:c', 'hello');
      return got.length > 0;
    });
    await stop();
    const before = got.length;
    await bus.publish('user:c', 'after');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(got.length).toBe(before);
  });
});

// Only the Redis adapter can lose its server; the in-process one has none.
describe.runIf(testBackend() === 'postgres')('live events with Redis down', () => {
  it('drops a published event instead of failing or hanging the caller', async () => {
    const errors: Error[] = [];
    bus = createRedisPubSub('redis://127.0.0.1:1/0', { onError: (e) => errors.push(e) });
    await bus.publish('user:x', { n: 1 });
    expect(errors.length).toBeGreaterThan(0);
    await expect(bus.subscribe('user:x', () => undefined)).resolves.toBeTypeOf('function');
  });
});
