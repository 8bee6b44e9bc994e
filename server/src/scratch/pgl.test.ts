import { it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { sql } from 'drizzle-orm';
it('x', async () => {
  const client = new PGlite();
  const db = drizzle(client);
  await db.execute(sql`create table t (a text check (a <> 'x'))`);
  try { await db.transaction(async (tx) => tx.execute(sql`insert into t values (${'x'})`)); } catch (e: any) {
    let c = e; let i = 0;
    while (c && i < 5) { console.log(i, c.constructor?.name, Object.keys(c), c.message?.slice(0, 80), c instanceof Error); c = c.cause; i++; }
  }
});
