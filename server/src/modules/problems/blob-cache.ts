/**
 * A local content-addressed cache of test data, `<root>/<sha256>`: a blob is fetched once per machine,
 * checked against its name before it is kept, and written to a temporary name then renamed, so a reader
 * never sees half a file. Blobs are hidden answers too: the directory is 0700 and every blob 0600,
 * whatever the umask.
 */
import { randomBytes } from 'node:crypto';
import { access, chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from './package-files.js';
import type { TestDataSource } from './test-data-source.js';

const sha256Format = /^[0-9a-f]{64}$/;
/** Blobs asked for per fetch: bounded so one query never has to carry a whole problem's data. */
export const blobFetchBatch = 32;

export class BlobCache {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!sha256Format.test(sha256)) throw new Error(`${JSON.stringify(sha256)} is not a SHA-256 in hex`);
    return path.join(this.root, sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return access(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  /** Fetches from `source`, in batches, every blob of `sha256s` that the cache lacks. */
  async ensure(sha256s: Iterable<string>, source: TestDataSource): Promise<void> {
    const missing: string[] = [];
    for (const sha256 of new Set(sha256s)) if (!(await this.has(sha256))) missing.push(sha256);
    if (missing.length === 0) return;
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    await chmod(this.root, 0o700);
    for (let i = 0; i < missing.length; i += blobFetchBatch) {
      const batch = missing.slice(i, i + blobFetchBatch);
      const fetched = await source.fetch(batch);
      for (const sha256 of batch) {
        const bytes = fetched.get(sha256);
        if (bytes === undefined) throw new Error(`test file ${sha256} is missing from the test data store.`);
        const actual = sha256Hex(bytes);
        if (actual !== sha256) {
          throw new Error(
            `test file ${sha256} arrived with different content (SHA-256 ${actual}); not cached.`,
          );
        }
        await this.put(sha256, bytes);
      }
    }
  }

  private async put(sha256: string, bytes: Uint8Array): Promise<void> {
    const temporary = path.join(this.root, `.${sha256}.${randomBytes(6).toString('hex')}.partial`);
    try {
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
      await chmod(temporary, 0o600);
      await rename(temporary, this.pathOf(sha256));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
