import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../../test/ports.js';
import { openTestCache } from '../../test/test-app.js';
import type { Cache } from './cache.js';
import { createMemoryCache } from './memory-cache.js';
import { createRedisCache } from './redis-cache.js';

// The same contract for both adapters: memory on the pglite project, Redis on the postgres project.
let cache: Cache;
beforeAll(async () => {
  cache = await openTestCache();
});
afterAll(() => cache.close());

describe('cache', () => {
  it('returns what was set, and misses what was not', async () => {
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('a', '{"x":1}', 60);
    expect(await cache.get('a')).toBe('{"x":1}');
    await cache.set('a', 'second', 60);
    expect(await cache.get('a')).toBe('second');
  });

  it('forgets an entry when its time is up', async () => {
    await cache.set('short', 'v', 1);
    await cache.set('long', 'v', 60);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await cache.get('short')).toBeUndefined();
    expect(await cache.get('long')).toBe('v');
  });

  it('forgets a deleted entry', async () => {
    await cache.set('d', 'v', 60);
    await cache.delete('d');
    expect(await cache.get('d')).toBeUndefined();
  });

  it('counts increments exactly, even concurrent ones', async () => {
    expect(await cache.get('gen')).toBeUndefined();
    expect(await cache.increment('gen')).toBe(1);
    await Promise.all(Array.from({ length: 20 }, () => cache.increment('gen')));
    expect(await cache.get('gen')).toBe('21');
  });
});

describe('memory cache', () => {
  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const small = createMemoryCache({ maxEntries: 2 });
    await small.set('a', '1', 60);
    await small.set('b', '2', 60);
    await small.get('a');
    await small.set('c', '3', 60);
    expect(await small.get('b')).toBeUndefined();
    expect(await small.get('a')).toBe('1');
    expect(await small.get('c')).toBe('3');
  });

  it('never evicts a counter, however many entries come after it', async () => {
    const small = createMemoryCache({ maxEntries: 2 });
    await small.increment('generation');
    for (const key of ['a', 'b', 'c', 'd']) await small.set(key, 'v', 60);
    expect(await small.get('generation')).toBe('1');
  });
});

describe('redis cache when Redis cannot be reached', () => {
  it('misses every read and drops every write instead of failing', { timeout: 5000 }, async () => {
    const down = createRedisCache(`redis://127.0.0.1:${await closedPort()}`);
    try {
      await down.set('k', 'v', 60);
      expect(await down.get('k')).toBeUndefined();
      await down.delete('k');
      expect(await down.increment('gen')).toBeUndefined();
      await expect(down.ping()).rejects.toThrow();
    } finally {
      await down.close();
    }
  });

  it('gives up on a server that accepts the connection but never answers', { timeout: 5000 }, async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const hung = createRedisCache(`redis://127.0.0.1:${port}`, { connectTimeoutMs: 300 });
    try {
      expect(await hung.get('k')).toBeUndefined();
      await hung.set('k', 'v', 60);
    } finally {
      await hung.close();
      silent.close();
    }
  });
});
