/**
 * The one way integration tests start the application: the real app, on a fresh copy of the seeded
 * database, with the counters of the backend under test. Each call is isolated from every other.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import type { Cache, CounterStore } from '../infra/cache/cache.js';
import { createMemoryCache } from '../infra/cache/memory-cache.js';
import { createMemoryCounterStore } from '../infra/cache/memory-counter-store.js';
import { createRedisCache } from '../infra/cache/redis-cache.js';
import { createRedisCounterStore } from '../infra/cache/redis-counter-store.js';
import { type Config, loadConfig } from '../infra/config/config.js';
import { type DatabaseHandle, openDatabase } from '../infra/db/database.js';
import { createMetrics, type Metrics } from '../infra/metrics/metrics.js';
import type { PubSub } from '../infra/pubsub/pubsub.js';
import type { JobQueue } from '../infra/queue/job-queue.js';
import { databaseUrlFor, testBackend, testServices } from './backends.js';
import { openTestPubSub } from './pubsubs.js';
import { openTestQueue } from './queues.js';

/**
 * A fresh copy of the seeded database. `reachThrough` (PostgreSQL only) rewrites the URL the handle
 * connects with, e.g. to go through a TCP proxy a test can cut.
 */
export async function openTestDatabase(
  reachThrough: (url: string) => string = (url) => url,
): Promise<DatabaseHandle> {
  const template = inject('databaseTemplate');
  if (testBackend() === 'pglite') {
    return openDatabase({ kind: 'pglite', loadDataDir: new Blob([await readFile(template)]) });
  }
  const name = `wa_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: testServices.adminDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const database = await openDatabase({
    kind: 'postgres',
    url: reachThrough(databaseUrlFor(testServices.adminDatabaseUrl, name)),
    maxConnections: 5,
  });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export function openTestCounters(): CounterStore {
  return testBackend() === 'pglite'
    ? createMemoryCounterStore()
    : createRedisCounterStore(testServices.redisUrl, { keyPrefix: `wa-test:${randomUUID()}:` });
}

/** The response cache of the backend under test, connected (Redis) before it is handed out. */
export async function openTestCache(): Promise<Cache> {
  if (testBackend() === 'pglite') return createMemoryCache();
  const cache = createRedisCache(testServices.redisUrl, { keyPrefix: `wa-test:${randomUUID()}:` });
  await cache.ping();
  return cache;
}

/**
 * A test configuration: a random JWT secret and a private data directory. Rate limits and queue caps
 * are set out of reach (every request in a test comes from one address); their own tests set small ones.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    RATE_LIMIT_PER_ADDRESS: '1000000',
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_SUBMISSIONS_PER_USER: '10000',
    RATE_LIMIT_AUTH_PER_ADDRESS: '100000',
    // Every test request comes from one address: the queue caps are out of reach too, but for their tests.
    JUDGE_MAX_QUEUED_PER_USER: '10000',
    JUDGE_MAX_QUEUED_PER_ADDRESS: '100000',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    WINTERARC_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'winterarc-test-')),
    WINTERARC_WEB_DIST: path.join(tmpdir(), 'winterarc-no-web'),
    ...env,
  });
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  counters: CounterStore;
  cache: Cache;
  pubsub: PubSub;
  queue: JobQueue;
  config: Config;
  /** The app's own metrics registry (a pipeline started for it should report there too). */
  metrics: Metrics;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Told when a submission is committed (a test running the pipeline wakes its relay). */
  onSubmissionCreated?: () => void;
  /** A cache of the test's own (e.g. one that cannot reach its server); closed with the app. */
  cache?: Cache;
  /** Counters of the test's own (e.g. Redis that cannot be reached); closed with the app. */
  counters?: CounterStore;
  /** Use this queue instead of a fresh one of the backend under test. */
  queue?: JobQueue;
  /** Live events of the test's own (e.g. a channel space shared with a second app); closed with the app. */
  pubsub?: PubSub;
  /** PostgreSQL: rewrites the database URL the app connects with (e.g. through a TCP proxy). */
  reachDatabaseThrough?: (url: string) => string;
  /** A logger of the test's own (e.g. one writing into a buffer the test reads). */
  logger?: FastifyBaseLogger;
}

export async function startTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const config = testConfig(env);
  const database = await openTestDatabase(options.reachDatabaseThrough);
  const counters = options.counters ?? openTestCounters();
  const cache = options.cache ?? (await openTestCache());
  const pubsub = options.pubsub ?? openTestPubSub();
  const queue = options.queue ?? openTestQueue();
  const metrics = createMetrics();
  const app = await buildApp({
    config,
    database,
    counters,
    cache,
    pubsub,
    queue,
    metrics,
    ...(options.onSubmissionCreated === undefined
      ? {}
      : { onSubmissionCreated: options.onSubmissionCreated }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  await app.ready();
  return {
    app,
    database,
    counters,
    cache,
    pubsub,
    queue,
    config,
    metrics,
    async close() {
      await app.close();
      await queue.close();
      await pubsub.close();
      await Promise.all([counters.close(), cache.close()]);
      await database.close();
    },
  };
}
