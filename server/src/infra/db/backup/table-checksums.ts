/**
 * A fingerprint of every table's content: its row count and an md5 over its rows in a fixed order.
 * Two databases with equal fingerprints hold the same data, whatever the physical layout — the
 * restore drill compares a database before a backup with the same database restored.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../database.js';

export interface TableFingerprint {
  rows: number;
  md5: string;
}

/** The tables of the application (schema `public`) and the migrations record, by qualified name. */
export async function tableFingerprints(db: Database): Promise<Record<string, TableFingerprint>> {
  const tables = (await db.execute(sql`
    select table_schema || '.' || table_name as name
      from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle')
     order by 1`)) as unknown as { rows: Array<{ name: string }> };
  const fingerprints: Record<string, TableFingerprint> = {};
  for (const { name } of tables.rows) {
    const [schema, table] = name.split('.') as [string, string];
    const identifier = sql`${sql.identifier(schema)}.${sql.identifier(table)}`;
    const result = (await db.execute(sql`
      select count(*)::int as rows,
             coalesce(md5(string_agg(t::text, E'\n' order by t::text)), '') as md5
        from ${identifier} t`)) as unknown as { rows: Array<{ rows: number; md5: string }> };
    fingerprints[name] = { rows: Number(result.rows[0]!.rows), md5: result.rows[0]!.md5 };
  }
  return fingerprints;
}

/** True when any application table holds a row (a restore over it would destroy data). */
export async function hasApplicationData(db: Database): Promise<boolean> {
  const fingerprints = await tableFingerprints(db);
  return Object.entries(fingerprints).some(([name, table]) => name.startsWith('public.') && table.rows > 0);
}
