/**
 * Which schema a database (or a dump of one) is at: the newest migration it has applied, as Drizzle
 * records it (`drizzle.__drizzle_migrations.created_at` = the migration's `when` in the journal).
 * A restore compares it with the newest migration this build knows, to refuse a dump made by a newer
 * Winter Arc (its tables would not be what this code expects).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, migrationsFolder } from '../database.js';

/** The `when` of the newest migration committed with this build. */
export function newestKnownMigration(folder = migrationsFolder): number {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ when: number }>;
  };
  return Math.max(0, ...journal.entries.map((entry) => entry.when));
}

/** The newest migration applied to `db` (0 when it has none, e.g. an empty database). */
export async function newestAppliedMigration(db: Database): Promise<number> {
  const result = (await db
    .execute(sql`
    select coalesce(max(created_at), 0)::text as newest
      from drizzle.__drizzle_migrations`)
    .catch((error: unknown) => {
      // No migrations table: nothing applied yet.
      if ((error as { cause?: { code?: string } }).cause?.code === '42P01')
        return { rows: [{ newest: '0' }] };
      throw error;
    })) as unknown as { rows: Array<{ newest: string }> };
  return Number(result.rows[0]?.newest ?? 0);
}

/** The refusal a restore gives for a dump whose schema is newer than this build's. */
export function newerSchemaMessage(dumpNewest: number, knownNewest: number): string {
  return (
    `This backup was made by a newer Winter Arc: its schema has a migration from ${new Date(dumpNewest).toISOString()}, ` +
    `this build knows migrations up to ${new Date(knownNewest).toISOString()}. Upgrade Winter Arc, then restore.`
  );
}
