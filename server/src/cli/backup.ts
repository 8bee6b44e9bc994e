/**
 * `winterarc backup <file>` and `winterarc restore <file> [--force]`, for whichever database the
 * configuration names: PostgreSQL (through the owner's connection, MIGRATION_DATABASE_URL, when set)
 * with pg_dump/pg_restore in custom format, or the embedded PGlite with its data-directory dump.
 */
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../infra/config/config.js';
import { backupPglite, looksLikePgliteDump, restorePglite } from '../infra/db/backup/pglite-backup.js';
import { backupPostgres, RestoreRefusedError, restorePostgres } from '../infra/db/backup/postgres-backup.js';
import { PgToolsMissingError } from '../infra/db/backup/postgres-tools.js';
import { progressLine } from '../infra/db/backup/progress.js';
import { UsageError } from './run-command.js';

const out = (line: string) => process.stdout.write(`${line}\n`);

/** Refusals and missing tools are the operator's to fix: one sentence, exit 2. */
async function asUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RestoreRefusedError || error instanceof PgToolsMissingError)
      throw new UsageError(error.message);
    throw error;
  }
}

export async function backupCommand(file: string, options: { force?: boolean }): Promise<void> {
  const config = loadConfig();
  const target = path.resolve(file);
  if (existsSync(target) && options.force !== true)
    throw new UsageError(`${file} already exists: choose another name, or pass --force to overwrite it.`);
  const progress = progressLine();
  const started = performance.now();
  try {
    if (config.databaseUrl !== undefined) {
      const tables = await asUsage(() =>
        backupPostgres(config.migrationDatabaseUrl ?? config.databaseUrl!, target, progress),
      );
      progress.done();
      out(
        `Backup of ${tables} tables (PostgreSQL, custom format) written to ${target} in ${seconds(started)}.`,
      );
    } else {
      const bytes = await asUsage(() => backupPglite(config.dataDir, target, progress));
      progress.done();
      out(
        `Backup of the embedded database (${(bytes / 1024 / 1024).toFixed(1)} MiB) written to ${target} in ${seconds(started)}.`,
      );
    }
  } catch (error) {
    progress.done();
    throw error;
  }
}

export async function restoreCommand(file: string, options: { force?: boolean }): Promise<void> {
  const config = loadConfig();
  const source = path.resolve(file);
  if (!existsSync(source)) throw new UsageError(`${file} does not exist.`);
  const kind = (await looksLikePgliteDump(source))
    ? 'pglite'
    : (await isPgCustomDump(source))
      ? 'postgres'
      : undefined;
  if (kind === undefined)
    throw new UsageError(
      `${file} is not a Winter Arc backup (neither a pg_dump custom-format file nor a PGlite dump).`,
    );
  const configured = config.databaseUrl === undefined ? 'pglite' : 'postgres';
  if (kind !== configured)
    throw new UsageError(
      kind === 'postgres'
        ? `${file} is a PostgreSQL backup, but DATABASE_URL is unset (embedded database): set DATABASE_URL to the database to restore into.`
        : `${file} is a backup of the embedded database, but DATABASE_URL is set: unset it to restore into ${path.join(config.dataDir, 'pglite')}.`,
    );
  const progress = progressLine();
  const started = performance.now();
  const force = options.force === true;
  try {
    if (kind === 'postgres') {
      const tables = await asUsage(() =>
        restorePostgres(config.migrationDatabaseUrl ?? config.databaseUrl!, source, { force }, progress),
      );
      progress.done();
      out(`Restored ${tables} tables from ${source} in ${seconds(started)}.`);
    } else {
      const keptAside = await asUsage(() => restorePglite(config.dataDir, source, { force }, progress));
      progress.done();
      out(`Restored the embedded database from ${source} in ${seconds(started)}.`);
      if (keptAside !== undefined) out(`The database it replaced is kept in ${keptAside}.`);
    }
  } catch (error) {
    progress.done();
    throw error;
  }
}

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** pg_dump's custom format starts with the bytes "PGDMP". */
async function isPgCustomDump(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    return head.toString('latin1') === 'PGDMP';
  } finally {
    await handle.close();
  }
}
