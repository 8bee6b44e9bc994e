/**
 * Opens what a process needs from its configuration: the database (PostgreSQL or embedded PGlite) and
 * the counter store and response cache (Redis or in-memory). Every role (serve, migrate, seed, …) starts through here.
 */
import path from 'node:path';
import type { Cache, CounterStore } from './cache/cache.js';
import { createMemoryCache } from './cache/memory-cache.js';
import { createMemoryCounterStore } from './cache/memory-counter-store.js';
import { createRedisCache } from './cache/redis-cache.js';
import { createRedisCounterStore } from './cache/redis-counter-store.js';
import type { Config } from './config/config.js';
import { lockDataDir } from './db/data-dir-lock.js';
import { type DatabaseHandle, openDatabase } from './db/database.js';

export interface Runtime {
  database: DatabaseHandle;
  counters: CounterStore;
  cache: Cache;
  close(): Promise<void>;
}

export async function openDatabaseFor(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl !== undefined) return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  const dataDir = path.join(config.dataDir, 'pglite');
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    return {
      ...database,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const database = await openDatabaseFor(config);
  const counters =
    config.redisUrl === undefined ? createMemoryCounterStore() : createRedisCounterStore(config.redisUrl);
  const cache = config.redisUrl === undefined ? createMemoryCache() : createRedisCache(config.redisUrl);
  return {
    database,
    counters,
    cache,
    async close() {
      await Promise.allSettled([counters.close(), cache.close(), database.close()]);
    },
  };
}
