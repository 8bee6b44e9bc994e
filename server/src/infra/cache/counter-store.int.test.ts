import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../../test/ports.js';
import { openTestCounters } from '../../test/test-app.js';
import type { CounterStore } from './cache.js';
import { createRedisCounterStore } from './redis-counter-store.js';

// The same contract for both adapters: memory on the pglite project, Redis on the postgres project.
let counters: CounterStore;
beforeAll(() => {
  counters = openTestCounters();
});
afterAll(() => counters.close());

describe('counter store', () => {
  it('counts hits inside a window and reports when it resets', async () => {
    expect(await counters.peek('a')).toEqual({ count: 0, resetInSeconds: 0 });
    await counters.hit('a', 60);
    const second = await counters.hit('a', 60);
    expect(second.count).toBe(2);
    expect(second.resetInSeconds).toBeGreaterThan(55);
    expect((await counters.peek('a')).count).toBe(2);
  });

  it('starts again from zero after the window ends', async () => {
    await counters.hit('b', 1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await counters.peek('b')).count).toBe(0);
    expect((await counters.hit('b', 1)).count).toBe(1);
  });

  it('counts concurrent hits exactly', async () => {
    await Promise.all(Array.from({ length: 50 }, () => counters.hit('c', 60)));
    expect((await counters.peek('c')).count).toBe(50);
  });

  it('forgets a key on reset', async () => {
    await counters.hit('d', 60);
    await counters.reset('d');
    expect((await counters.peek('d')).count).toBe(0);
  });
});

describe('redis counter store when Redis cannot be reached', () => {
  it('fails its commands quickly instead of queueing them', { timeout: 5000 }, async () => {
    const down = createRedisCounterStore(`redis://127.0.0.1:${await closedPort()}`);
    try {
      await expect(down.hit('k', 60)).rejects.toThrow();
      // Once the first attempt is over, commands are refused up front (not queued until they time out).
      await expect(down.hit('k', 60)).rejects.toThrow(/not connected \(connect ECONNREFUSED/);
      await expect(down.peek('k')).rejects.toThrow(/not connected/);
      await expect(down.ping()).rejects.toThrow(/Redis does not answer \(connect ECONNREFUSED/);
    } finally {
      await down.close();
    }
  });

  it('gives up on a server that accepts the connection but never answers', { timeout: 5000 }, async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const hung = createRedisCounterStore(`redis://127.0.0.1:${port}`, { connectTimeoutMs: 300 });
    try {
      await expect(hung.hit('k', 60)).rejects.toThrow();
      await expect(hung.reset('k')).rejects.toThrow();
    } finally {
      await hung.close();
      silent.close();
    }
  });
});
