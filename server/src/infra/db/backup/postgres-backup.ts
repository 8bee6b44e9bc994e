/**
 * Backup and restore of a PostgreSQL database with its own tools, in their custom format (compressed,
 * restorable table by table). `pg_dump` reads one consistent snapshot in a single repeatable-read
 * transaction, so a backup taken while the platform runs is as of one instant and blocks no writer.
 * A restore refuses a dump of a newer schema and, unless forced, a database that holds data; it runs
 * in one transaction (all or nothing), then applies this build's migrations on top (an older dump is
 * brought up to date).
 */
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '../database.js';
import { findPgTool, libpqEnv, runPgTool } from './postgres-tools.js';
import type { Progress } from './progress.js';
import { newerSchemaMessage, newestKnownMigration } from './schema-stamp.js';
import { hasApplicationData } from './table-checksums.js';

/** The operator asked for something unsafe or impossible; the message says what to do instead. */
export class RestoreRefusedError extends Error {}

async function withDatabase<T>(url: string, work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 1 });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function serverMajor(database: DatabaseHandle): Promise<number> {
  const result = (await database.db.execute(sql`show server_version_num`)) as unknown as {
    rows: Array<{ server_version_num: string }>;
  };
  return Math.floor(Number(result.rows[0]!.server_version_num) / 10_000);
}

async function tableCount(database: DatabaseHandle): Promise<number> {
  const result = (await database.db.execute(sql`
    select count(*)::int as n from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle')`)) as unknown as {
    rows: Array<{ n: number }>;
  };
  return Number(result.rows[0]!.n);
}

/** Writes a custom-format dump of the database at `url` to `file`; returns the tables dumped. */
export async function backupPostgres(url: string, file: string, progress: Progress): Promise<number> {
  const { major, tables } = await withDatabase(url, async (database) => ({
    major: await serverMajor(database),
    tables: await tableCount(database),
  }));
  const pgDump = findPgTool('pg_dump', major);
  let done = 0;
  progress(`backup: starting (${tables} tables, ${pgDump})`);
  await runPgTool(
    pgDump,
    ['--format=custom', '--no-owner', '--no-privileges', '--verbose', `--file=${file}`],
    url,
    (line) => {
      const table = /dumping contents of table "([^"]+)"/.exec(line);
      if (table === null) return;
      done += 1;
      progress(`backup: ${done}/${tables} tables (${table[1]})`);
    },
  );
  return done;
}

/** The newest migration recorded in a dump, read from the dump's own migrations table. */
async function newestMigrationInDump(pgRestore: string, file: string, url: string): Promise<number> {
  const script = await runPgTool(
    pgRestore,
    ['--data-only', '--schema=drizzle', '--table=__drizzle_migrations', '--file=-', file],
    url,
  );
  const copy = /COPY drizzle\.__drizzle_migrations \(([^)]+)\) FROM stdin;\n([\s\S]*?)\n\\\./.exec(script);
  if (copy === null) return 0;
  const column = copy[1]!
    .split(',')
    .map((c) => c.trim())
    .indexOf('created_at');
  return Math.max(0, ...copy[2]!.split('\n').map((row) => Number(row.split('\t')[column] ?? 0)));
}

/** Restores `file` into the database at `url`; returns the tables whose data was restored. */
export async function restorePostgres(
  url: string,
  file: string,
  options: { force: boolean },
  progress: Progress,
): Promise<number> {
  const major = await withDatabase(url, async (database) => {
    if (!options.force && (await hasApplicationData(database.db)))
      throw new RestoreRefusedError(
        'The target database already holds data: a restore would replace it. Restore into an empty database, or pass --force to replace it.',
      );
    return serverMajor(database);
  });
  const pgRestore = findPgTool('pg_restore', major);
  const newest = await newestMigrationInDump(pgRestore, file, url);
  const known = newestKnownMigration();
  if (newest > known) throw new RestoreRefusedError(newerSchemaMessage(newest, known));

  let done = 0;
  progress('restore: starting');
  await runPgTool(
    pgRestore,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      '--verbose',
      `--dbname=${libpqEnv(url).PGDATABASE ?? 'postgres'}`,
      file,
    ],
    url,
    (line) => {
      const table = /processing data for table "([^"]+)"/.exec(line);
      if (table === null) return;
      done += 1;
      progress(`restore: ${done} tables (${table[1]})`);
    },
  );
  progress('restore: applying migrations');
  await withDatabase(url, (database) => database.migrate());
  return done;
}
