/**
 * Counters in Redis, shared by every API instance.
 * @see https://github.com/redis/ioredis
 */
import { Redis } from 'ioredis';
import type { CounterStore, WindowCount } from './cache.js';

// INCR and the first EXPIRE in one atomic step, so a crash between them cannot leave a counter that
// never expires (which would lock an account out for good).
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('TTL', KEYS[1])
return {count, ttl}`;

export function createRedisCounterStore(url: string, keyPrefix = 'wa:'): CounterStore {
  const redis = new Redis(url, {
    keyPrefix,
    lazyConnect: false,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
  });
  // Connection errors surface on the commands that fail; the 'error' event only needs a listener.
  redis.on('error', () => undefined);

  const toWindow = (count: number, ttl: number): WindowCount => ({
    count,
    resetInSeconds: count === 0 ? 0 : Math.max(1, ttl),
  });

  return {
    kind: 'redis',
    async hit(key, windowSeconds) {
      const [count, ttl] = (await redis.eval(hitScript, 1, key, windowSeconds)) as [number, number];
      return toWindow(count, ttl);
    },
    async peek(key) {
      const [count, ttl] = await redis
        .multi()
        .get(key)
        .ttl(key)
        .exec()
        .then((replies) => [Number(replies?.[0]?.[1] ?? 0), Number(replies?.[1]?.[1] ?? -2)]);
      return toWindow(count ?? 0, ttl ?? -2);
    },
    async reset(key) {
      await redis.del(key);
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
