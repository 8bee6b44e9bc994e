/**
 * Counters in Redis, shared by every API instance. A Redis that is down or hangs must never hang a
 * request: commands wait in the offline queue only during the first connection (so the requests
 * right after start are counted in Redis, not failed); once that attempt is over, a command while
 * disconnected fails at once, one without a reply times out after `commandTimeoutMs`, and none is
 * retried. Callers put a `FallbackCounterStore` in front, which turns a failure into counting in
 * this process.
 * @see https://github.com/redis/ioredis#auto-reconnect
 */
import { Redis } from 'ioredis';
import type { CounterStore, WindowCount } from './cache.js';

export interface RedisCounterStoreOptions {
  keyPrefix?: string;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
}

// INCR and the first EXPIRE in one atomic step, so a crash between them cannot leave a counter that
// never expires (which would lock an account out for good).
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('TTL', KEYS[1])
return {count, ttl}`;

export function createRedisCounterStore(url: string, options: RedisCounterStoreOptions = {}): CounterStore {
  const { keyPrefix = 'wa:', connectTimeoutMs = 1000, commandTimeoutMs = 250 } = options;
  const redis = new Redis(url, {
    keyPrefix,
    enableOfflineQueue: true,
    maxRetriesPerRequest: 0,
    connectTimeout: connectTimeoutMs,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 5000),
  });
  // A failed command says little ("timed out"); the connection error says why (for /readyz and logs).
  let connectionError: Error | undefined;
  redis.on('error', (error: Error) => {
    connectionError = error;
  });
  redis.on('ready', () => {
    connectionError = undefined;
  });
  let firstConnectionOver = false;
  for (const event of ['ready', 'close'] as const) {
    redis.once(event, () => {
      firstConnectionOver = true;
    });
  }
  /** Runs `command`, or fails at once when Redis is known to be disconnected. */
  const run = async <T>(command: () => Promise<T>): Promise<T> => {
    if (firstConnectionOver && redis.status !== 'ready') {
      throw new Error(`Redis is not connected (${connectionError?.message ?? redis.status})`);
    }
    return command();
  };

  const toWindow = (count: number, ttl: number): WindowCount => ({
    count,
    resetInSeconds: count === 0 ? 0 : Math.max(1, ttl),
  });

  return {
    kind: 'redis',
    async hit(key, windowSeconds) {
      const reply = await run(() => redis.eval(hitScript, 1, key, windowSeconds));
      const [count, ttl] = reply as [number, number];
      return toWindow(count, ttl);
    },
    async peek(key) {
      const [count, ttl] = await run(() => redis.multi().get(key).ttl(key).exec()).then((replies) => [
        Number(replies?.[0]?.[1] ?? 0),
        Number(replies?.[1]?.[1] ?? -2),
      ]);
      return toWindow(count ?? 0, ttl ?? -2);
    },
    async reset(key) {
      await run(() => redis.del(key));
    },
    async ping() {
      try {
        await run(() => redis.ping());
      } catch (error) {
        const reason = connectionError?.message ?? (error as Error).message;
        throw new Error(`Redis does not answer (${reason})`);
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
