/**
 * Where a judge worker fetches test data it does not have yet. Only the database holds it today; an
 * object-storage adapter will implement the same interface (test_files.storage_key is its key).
 */
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import { testFiles } from '../../infra/db/schema.js';

export interface TestDataSource {
  /** The bytes of each blob asked for; one the source does not have is left out of the map. */
  fetch(sha256s: readonly string[]): Promise<Map<string, Uint8Array>>;
}

/** Test data stored inline in test_files. */
export function databaseTestDataSource(db: Database): TestDataSource {
  return {
    async fetch(sha256s) {
      const found = new Map<string, Uint8Array>();
      if (sha256s.length === 0) return found;
      const rows = await db
        .select({
          sha256: testFiles.sha256,
          // As bytes, not text: a driver decoding text may drop a leading byte-order mark (PGlite does).
          content: sql<Uint8Array | null>`convert_to(${testFiles.content}, 'UTF8')`,
          storageKey: testFiles.storageKey,
        })
        .from(testFiles)
        .where(inArray(testFiles.sha256, [...sha256s]));
      for (const row of rows) {
        if (row.content !== null) found.set(row.sha256, Buffer.from(row.content));
        else if (row.storageKey !== null) {
          throw new Error(
            `test file ${row.sha256} lives in object storage (${row.storageKey}), which this worker has no adapter for.`,
          );
        }
      }
      return found;
    },
  };
}
