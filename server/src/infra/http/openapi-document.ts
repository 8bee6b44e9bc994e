/**
 * The OpenAPI document without a running server: the real app is built on in-memory adapters (memory
 * counters, cache, pub/sub and queue, and a database that refuses every use — building the routes
 * never queries it), asked for its swagger output, and closed. No database starts, so it takes a
 * moment, not the seconds an embedded PostgreSQL needs. `npm run contract:generate` writes it to the contract
 * workspace, from which the web app's and the CLI's clients are typed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../app.js';
import { createMemoryCache } from '../cache/memory-cache.js';
import { createMemoryCounterStore } from '../cache/memory-counter-store.js';
import { loadConfig } from '../config/config.js';
import type { Database, DatabaseHandle } from '../db/database.js';
import { createMetrics } from '../metrics/metrics.js';
import { createMemoryPubSub } from '../pubsub/memory-pubsub.js';
import { createMemoryJobQueue } from '../queue/memory-job-queue.js';

/** The document the server serves at /openapi.json, with every object's keys sorted (stable diffs). */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'winterarc-openapi-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    WINTERARC_DATA_DIR: dataDir,
    // No web app: its catch-all route is hidden from the document anyway.
    WINTERARC_WEB_DIST: path.join(dataDir, 'no-web'),
  });
  const database = unusableDatabase();
  const app = await buildApp({
    config,
    database,
    counters: createMemoryCounterStore(),
    cache: createMemoryCache(),
    pubsub: createMemoryPubSub(),
    queue: createMemoryJobQueue(),
    metrics: createMetrics(),
  });
  try {
    await app.ready();
    return sortKeys(app.swagger()) as Record<string, unknown>;
  } finally {
    await app.close();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A database handle for building the app only: any query means a route did I/O while registering. */
function unusableDatabase(): DatabaseHandle {
  const refuse = () => {
    throw new Error('building the OpenAPI document must not use the database');
  };
  const db = new Proxy({}, { get: refuse }) as Database;
  return {
    db,
    kind: 'pglite',
    migrate: async () => refuse(),
    ping: async () => refuse(),
    close: async () => {},
  };
}

/** A copy with every object's keys in code-point order; arrays keep their order (it can matter). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
