/**
 * Opens what a process needs from its configuration: the database (PostgreSQL or embedded PGlite),
 * the counter store, response cache and pub/sub (Redis or in-memory) and the judge queue (RabbitMQ or
 * in-memory). Every role (serve, api, worker, migrate, seed, …) starts through here.
 */
import path from 'node:path';
import type { Cache, CounterStore } from './cache/cache.js';
import { createFallbackCounterStore } from './cache/fallback-counter-store.js';
import { createMemoryCache } from './cache/memory-cache.js';
import { createMemoryCounterStore } from './cache/memory-counter-store.js';
import { createRedisCache } from './cache/redis-cache.js';
import { createRedisCounterStore } from './cache/redis-counter-store.js';
import type { Config } from './config/config.js';
import { serveLiveBackups } from './db/backup/live-backup.js';
import { lockDataDir } from './db/data-dir-lock.js';
import { type DatabaseHandle, openDatabase } from './db/database.js';
import { createMemoryPubSub } from './pubsub/memory-pubsub.js';
import type { PubSub } from './pubsub/pubsub.js';
import { createRedisPubSub } from './pubsub/redis-pubsub.js';
import type { JobQueue } from './queue/job-queue.js';
import { createMemoryJobQueue } from './queue/memory-job-queue.js';
import { createRabbitJobQueue } from './queue/rabbit-job-queue.js';

export interface Runtime {
  database: DatabaseHandle;
  counters: CounterStore;
  cache: Cache;
  pubsub: PubSub;
  queue: JobQueue;
  close(): Promise<void>;
}

export async function openDatabaseFor(
  config: Config,
  onConnectionError?: (error: Error) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl !== undefined)
    return openDatabase({
      kind: 'postgres',
      url: config.databaseUrl,
      ...(onConnectionError === undefined ? {} : { onConnectionError }),
    });
  const dataDir = path.join(config.dataDir, 'pglite');
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    // The lock keeps `winterarc backup` out of the data directory: this process takes backups for it.
    const backups = await serveLiveBackups(config.dataDir, database);
    return {
      ...database,
      close: async () => {
        await backups.close();
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * The database as the schema's owner, for migrations and seeding: `MIGRATION_DATABASE_URL` when set
 * (least privilege: the app's own role cannot change the schema), else the app's own database.
 */
export async function openMigrationDatabaseFor(config: Config): Promise<DatabaseHandle> {
  if (config.migrationDatabaseUrl === undefined) return openDatabaseFor(config);
  return openDatabase({ kind: 'postgres', url: config.migrationDatabaseUrl, maxConnections: 2 });
}

export async function openRuntime(
  config: Config,
  onConnectionError: (service: string, error: Error) => void = () => undefined,
): Promise<Runtime> {
  const database = await openDatabaseFor(config, (error) => onConnectionError('postgres', error));
  // With Redis, counting falls back to this process while Redis is down (see FallbackCounterStore).
  const counters =
    config.redisUrl === undefined
      ? createMemoryCounterStore()
      : createFallbackCounterStore(createRedisCounterStore(config.redisUrl), createMemoryCounterStore(), {
          onFallback: (error) => onConnectionError('redis', error),
        });
  const cache = config.redisUrl === undefined ? createMemoryCache() : createRedisCache(config.redisUrl);
  const pubsub =
    config.redisUrl === undefined
      ? createMemoryPubSub()
      : createRedisPubSub(config.redisUrl, { onError: (error) => onConnectionError('redis', error) });
  const queue =
    config.rabbitmqUrl === undefined
      ? createMemoryJobQueue()
      : createRabbitJobQueue({
          url: config.rabbitmqUrl,
          prefix: config.rabbitmqQueuePrefix,
          deliveryLimit: config.judging.maxAttempts + 2,
          onConnectionError: (error) => onConnectionError('rabbitmq', error),
        });
  return {
    database,
    counters,
    cache,
    pubsub,
    queue,
    async close() {
      await Promise.allSettled([queue.close(), pubsub.close(), counters.close(), cache.close()]);
      await database.close();
    },
  };
}
