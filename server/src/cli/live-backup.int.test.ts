/**
 * The restore drill for the embedded database while it runs: a process holds the data directory (as
 * `winterarc serve` does, through the same openDatabaseFor) and keeps writing; `winterarc backup` (the
 * real CLI, another process) gets its backup from that process; the backup restores into a fresh data
 * directory, consistent (every transaction whole) and — taken once the writes stop — identical, table
 * by table, to the live database.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFingerprints } from '../infra/db/backup/table-checksums.js';
import { type DatabaseHandle, openDatabase } from '../infra/db/database.js';
import { outboxEvents } from '../infra/db/schema.js';
import { openDatabaseFor } from '../infra/runtime.js';
import { testBackend } from '../test/backends.js';
import { winterarc } from '../test/run-cli.js';
import { testConfig } from '../test/test-app.js';

const work = mkdtempSync(path.join(tmpdir(), 'winterarc-live-drill-'));
const dataDir = path.join(work, 'data');
let live: DatabaseHandle | undefined;

beforeAll(async () => {
  if (testBackend() !== 'pglite') return;
  mkdirSync(dataDir, { mode: 0o700 });
  live = await openDatabaseFor(testConfig({ WINTERARC_DATA_DIR: dataDir }));
  await live.migrate();
}, 60_000);
afterAll(async () => {
  await live?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Both halves of pair `n` in one transaction: a backup must hold both or neither. */
const writePair = (database: DatabaseHandle, n: number) =>
  database.db.transaction(async (tx) => {
    await tx.insert(outboxEvents).values({ topic: 'drill', payload: { pair: n, half: 1 } });
    await tx.insert(outboxEvents).values({ topic: 'drill', payload: { pair: n, half: 2 } });
  });

async function restoredInto(file: string, name: string) {
  const target = path.join(work, name);
  const restore = await winterarc(['restore', file], { WINTERARC_DATA_DIR: target });
  expect(restore.code, restore.stderr).toBe(0);
  return openDatabase({ kind: 'pglite', dataDir: path.join(target, 'pglite') });
}

// PostgreSQL backups are pg_dump's, consistent while the platform runs by design (backup.int.test.ts);
// this drill is about the embedded database, which only its own process may open.
describe.skipIf(testBackend() !== 'pglite')('a backup of the embedded database while it runs', () => {
  it('is taken by the running process, restores consistent, and identical once writes stop', {
    timeout: 240_000,
  }, async () => {
    const database = live!;
    let written = 0;
    let writing = true;
    // One transaction per turn of the event loop, as a server's requests arrive (PGlite settles its
    // queries in microtasks: a bare loop would never let the backup request in).
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    const writer = (async () => {
      while (writing) {
        await writePair(database, ++written);
        await nextTurn();
      }
    })();
    // The CLI sees the data directory locked and asks the process holding it.
    while (written < 20) await writePair(database, ++written);
    const file = path.join(work, 'busy.backup');
    const backup = await winterarc(['backup', file], { WINTERARC_DATA_DIR: dataDir });
    writing = false;
    await writer;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toMatch(/asking the running server/);
    expect(backup.stdout).toMatch(/written to/);

    const restored = await restoredInto(file, 'restored-busy');
    try {
      const halves = await restored.db.execute(
        sql`select ${outboxEvents.payload}->>'half' as half, count(*)::int as n from ${outboxEvents}
            where ${outboxEvents.topic} = 'drill' group by 1 order by 1`,
      );
      const [first, second] = (halves as unknown as { rows: Array<{ half: string; n: number }> }).rows;
      expect(first!.n).toBeGreaterThanOrEqual(20);
      expect(second!.n).toBe(first!.n); // no transaction cut in half
      expect(first!.n).toBeLessThanOrEqual(written);
    } finally {
      await restored.close();
    }

    // Quiet now: a backup of the running database restores to the same rows, table by table.
    const quiet = path.join(work, 'quiet.backup');
    expect((await winterarc(['backup', quiet], { WINTERARC_DATA_DIR: dataDir })).code).toBe(0);
    const before = await tableFingerprints(database.db);
    const again = await restoredInto(quiet, 'restored-quiet');
    try {
      expect(await tableFingerprints(again.db)).toEqual(before);
    } finally {
      await again.close();
    }
  });
});
