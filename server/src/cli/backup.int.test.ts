/**
 * The restore drill, as an operator runs it with the real CLI on each backend: fill a database, back
 * it up, wipe it, restore it, and compare every table's row count and checksum — identical. Then the
 * refusals: a database that holds data (unless --force) and a dump of a newer schema.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFingerprints } from '../infra/db/backup/table-checksums.js';
import { type DatabaseHandle, openDatabase } from '../infra/db/database.js';
import { databaseUrlFor, testBackend, testServices } from '../test/backends.js';
import { winterarc } from '../test/run-cli.js';

const backend = testBackend();
const work = mkdtempSync(path.join(tmpdir(), 'winterarc-drill-'));
const dataDir = path.join(work, 'data');
const dbName = `wa_drill_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const dbUrl = databaseUrlFor(testServices.adminDatabaseUrl, dbName);
const env: Record<string, string> = {
  WINTERARC_DATA_DIR: dataDir,
  ...(backend === 'postgres' ? { DATABASE_URL: dbUrl } : {}),
};

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: testServices.adminDatabaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function withDatabase<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database =
    backend === 'postgres'
      ? await openDatabase({ kind: 'postgres', url: dbUrl, maxConnections: 1 })
      : await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Everything gone: the database dropped and made again empty, or the data directory removed. */
async function wipe() {
  if (backend === 'postgres') {
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${dbName}`);
  } else rmSync(path.join(dataDir, 'pglite'), { recursive: true, force: true });
}

async function run(args: string[], stdin = '') {
  const result = await winterarc(args, env, stdin);
  return result;
}

beforeAll(async () => {
  if (backend === 'postgres') await admin(`CREATE DATABASE ${dbName}`);
}, 60_000);
afterAll(async () => {
  if (backend === 'postgres') await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
});

describe(`backup and restore (${backend})`, () => {
  it('the drill: fill, back up, wipe, restore — every table identical', { timeout: 240_000 }, async () => {
    expect((await run(['seed'])).code).toBe(0);
    const admin = await run(
      ['create-admin', '--email', 'drill@example.test', '--password-stdin'],
      'quartz ledger lantern at dawn 42\n',
    );
    expect(admin.code).toBe(0);
    const before = await withDatabase((database) => tableFingerprints(database.db));
    expect(before['public.users']?.rows).toBe(1);
    expect(before['public.topics']?.rows).toBeGreaterThan(0);

    const file = path.join(work, 'drill.backup');
    const backup = await run(['backup', file]);
    expect(backup.stderr).toMatch(/backup: /); // the progress line
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/written to/);

    await wipe();
    const restore = await run(['restore', file]);
    expect(restore.stderr).toMatch(/restore: /);
    expect(restore.code).toBe(0);
    const after = await withDatabase((database) => tableFingerprints(database.db));
    expect(after).toEqual(before);

    // It holds data now: a second restore is refused unless forced, and then it is the same again.
    const again = await run(['restore', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds .*--force/);
    const forced = await run(['restore', file, '--force']);
    expect(forced.code).toBe(0);
    expect(await withDatabase((database) => tableFingerprints(database.db))).toEqual(before);
  });

  it('refuses a backup of a newer schema, saying what to do', { timeout: 240_000 }, async () => {
    const year3000 = Date.UTC(3000, 0, 1);
    await withDatabase((database) =>
      database.db.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', ${year3000})`,
      ),
    );
    const file = path.join(work, 'newer.backup');
    expect((await run(['backup', file])).code).toBe(0);
    await wipe();
    const restore = await run(['restore', file]);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toMatch(/made by a newer Winter Arc.*Upgrade Winter Arc, then restore/);
  });

  it('says what is wrong with a file that is no backup', async () => {
    const file = path.join(work, 'notes.txt');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, 'hello'));
    const restore = await run(['restore', file]);
    expect(restore).toMatchObject({ code: 2 });
    expect(restore.stderr).toMatch(/is not a Winter Arc backup/);
  });
});
