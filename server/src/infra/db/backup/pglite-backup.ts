/**
 * Backup and restore of the embedded database: PGlite's own dump of its data directory (a gzipped
 * tarball of a cleanly checkpointed cluster). The data directory belongs to one process: when no
 * process holds it, the backup opens it here; while `winterarc serve` (or any command) holds it, that
 * process takes the backup on request (live-backup.ts). A restore needs it stopped. A restore checks
 * the dump (it must open, and its schema must not be newer than this build's) in memory before it
 * touches anything; a data directory already there is kept aside, never deleted, when forced.
 * @see https://pglite.dev/docs/api#dumpdatadir
 */
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataDirBusyError, lockDataDir } from '../data-dir-lock.js';
import { openDatabase } from '../database.js';
import { liveBackupOffered, requestLiveBackup } from './live-backup.js';
import { RestoreRefusedError } from './postgres-backup.js';
import type { Progress } from './progress.js';
import { newerSchemaMessage, newestAppliedMigration, newestKnownMigration } from './schema-stamp.js';

const gzipMagic = [0x1f, 0x8b];

/** True when `file` starts like a gzip stream (PGlite's dump), false for anything else. */
export async function looksLikePgliteDump(file: string): Promise<boolean> {
  const head = (await readFile(file)).subarray(0, 2);
  return head[0] === gzipMagic[0] && head[1] === gzipMagic[1];
}

/** Dumps `<dataDir>/pglite` to `file` (written next to it, then renamed: never half a file). */
export async function backupPglite(dataDir: string, file: string, progress: Progress): Promise<number> {
  const source = path.join(dataDir, 'pglite');
  if (!existsSync(source) || readdirSync(source).length === 0)
    throw new RestoreRefusedError(
      `There is no embedded database in ${source} to back up: check WINTERARC_DATA_DIR (or set DATABASE_URL for PostgreSQL).`,
    );
  let release: () => void;
  try {
    release = lockDataDir(dataDir);
  } catch (error) {
    // Held by a running server: it takes the backup itself, between its transactions.
    if (error instanceof DataDirBusyError && liveBackupOffered(dataDir))
      return requestLiveBackup(dataDir, file, progress);
    throw error;
  }
  try {
    progress('backup: opening the embedded database');
    const database = await openDatabase({ kind: 'pglite', dataDir: source });
    try {
      progress('backup: dumping the data directory');
      const dump = Buffer.from(await (await database.dumpDataDir!('gzip')).arrayBuffer());
      const partial = `${file}.partial`;
      await writeFile(partial, dump, { mode: 0o600 });
      await rename(partial, file);
      progress(`backup: ${(dump.length / 1024 / 1024).toFixed(1)} MiB written`);
      return dump.length;
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}

/** Restores a PGlite dump into `<dataDir>/pglite`; returns where a replaced directory was kept, if any. */
export async function restorePglite(
  dataDir: string,
  file: string,
  options: { force: boolean },
  progress: Progress,
): Promise<string | undefined> {
  const target = path.join(dataDir, 'pglite');
  const occupied = existsSync(target) && readdirSync(target).length > 0;
  if (occupied && !options.force)
    throw new RestoreRefusedError(
      `${target} already holds a database: a restore would replace it. Move it away, or pass --force (it is then kept aside, not deleted).`,
    );
  const dump = new Blob([await readFile(file)]);

  progress('restore: checking the dump');
  const check = await openDatabase({ kind: 'pglite', loadDataDir: dump });
  try {
    const newest = await newestAppliedMigration(check.db);
    const known = newestKnownMigration();
    if (newest > known) throw new RestoreRefusedError(newerSchemaMessage(newest, known));
  } finally {
    await check.close();
  }

  const release = lockDataDir(dataDir);
  try {
    let keptAside: string | undefined;
    if (occupied) {
      keptAside = `${target}.before-restore-${new Date().toISOString().replaceAll(':', '-')}`;
      renameSync(target, keptAside);
    }
    progress('restore: writing the data directory');
    const database = await openDatabase({ kind: 'pglite', dataDir: target, loadDataDir: dump });
    try {
      progress('restore: applying migrations');
      await database.migrate();
    } finally {
      await database.close();
    }
    return keptAside;
  } finally {
    release();
  }
}
