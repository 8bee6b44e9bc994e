/**
 * One database interface, two adapters: embedded PGlite (real Postgres compiled to WebAssembly, in
 * process) when `DATABASE_URL` is unset, and node-postgres otherwise. Both run the same committed
 * migrations and the same queries.
 * @see https://orm.drizzle.team/docs/get-started-postgresql
 * @see https://pglite.dev/docs/
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** What a transaction callback receives; it has the same query API as the database. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: 'pglite' | 'postgres';
  /** Applies every committed migration not yet applied; safe to call on every start. */
  migrate(): Promise<void>;
  /** Throws unless the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball, gzipped or not (backups, test templates). */
  dumpDataDir?: (compression?: 'none' | 'gzip') => Promise<Blob>;
}

/** `server/drizzle/`, the same relative place from `src/infra/db` and `dist/infra/db`. */
export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export type DatabaseOptions =
  | {
      kind: 'postgres';
      url: string;
      maxConnections?: number;
      /** How long to wait for a new connection (default 5 s). */
      connectTimeoutMs?: number;
      /** Told when a connection is lost (the pool reconnects on its next use). */
      onConnectionError?: (error: Error) => void;
    }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      // While the server is unreachable a request fails within seconds (503) instead of hanging.
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      // A peer that vanished without a FIN/RST (a network cut) is noticed by TCP, not never.
      keepAlive: true,
    });
    // A client that loses its connection emits 'error'; without a listener that kills the process.
    // The pool listens only while a client is idle; a checked-out one (a transaction in progress, a
    // query in flight) needs its own listener for its whole life. The error itself reaches whoever
    // is using the client, through its query's rejection, and the pool then discards the client.
    pool.on('error', (error) => options.onConnectionError?.(error));
    pool.on('connect', (client) => {
      client.on('error', (error) => options.onConnectionError?.(error));
    });
    const db = drizzleNodePg(pool, { schema }) as unknown as Database;
    return {
      db,
      kind: 'postgres',
      migrate: () => migrateNodePg(drizzleNodePg(pool, { schema }), { migrationsFolder }),
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }

  if (options.dataDir !== undefined) mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const client = await PGlite.create({
    // The same extensions the migrations create on PostgreSQL.
    extensions: { pg_trgm },
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
  });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
    // After a checkpoint and between transactions (PGlite's transaction lock, which its own queries do
    // not take inside): a snapshot of the cluster even while the process serves requests (a live
    // backup); whatever was written since the checkpoint is in the WAL the snapshot carries.
    dumpDataDir: async (compression = 'none') => {
      await client.exec('CHECKPOINT');
      return client._runExclusiveTransaction(() => client.dumpDataDir(compression));
    },
  };
}
