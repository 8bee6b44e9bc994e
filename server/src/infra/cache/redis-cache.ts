/**
 * The cache in Redis, shared by every API instance. Redis being slow or down must never turn into
 * failed or slow requests, so commands are never queued while disconnected (they fail at once and
 * read as misses), a command that gets no reply is given up after `commandTimeoutMs`, after a failure
 * Redis is not asked again for `failurePauseMs`, and reconnects back off in the background.
 * @see https://github.com/redis/ioredis#auto-reconnect
 */
import { once } from 'node:events';
import { Redis } from 'ioredis';
import type { Cache } from './cache.js';

export interface RedisCacheOptions {
  keyPrefix?: string;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** How long to answer from nothing (misses) after a failed command before trying Redis again. */
  failurePauseMs?: number;
}

export function createRedisCache(url: string, options: RedisCacheOptions = {}): Cache {
  const {
    keyPrefix = 'wa:cache:',
    connectTimeoutMs = 1000,
    commandTimeoutMs = 250,
    failurePauseMs = 1000,
  } = options;
  const redis = new Redis(url, {
    keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: connectTimeoutMs,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 5000),
  });
  // Failures surface as misses on the commands; the 'error' event only needs a listener.
  redis.on('error', () => undefined);

  // After a failure Redis is left alone for a moment: a Redis that hangs would otherwise cost every
  // request a command timeout per cache call; this way it costs one request per pause.
  let pausedUntil = 0;
  /** The command's result, or `fallback` when Redis could not answer. */
  const attempt = async <T, F>(command: () => Promise<T>, fallback: F): Promise<T | F> => {
    if (Date.now() < pausedUntil) return fallback;
    try {
      return await command();
    } catch {
      pausedUntil = Date.now() + failurePauseMs;
      return fallback;
    }
  };

  return {
    kind: 'redis',
    async get(key) {
      return (await attempt(() => redis.get(key), null)) ?? undefined;
    },
    async set(key, value, ttlSeconds) {
      await attempt(() => redis.set(key, value, 'EX', ttlSeconds), undefined);
    },
    async delete(key) {
      await attempt(() => redis.del(key), undefined);
    },
    async increment(key) {
      return attempt(() => redis.incr(key), undefined);
    },
    async ping() {
      // Right after start the connection may still be opening: give it the connect timeout.
      if (redis.status !== 'ready') {
        await once(redis, 'ready', { signal: AbortSignal.timeout(connectTimeoutMs) });
      }
      await redis.ping();
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
