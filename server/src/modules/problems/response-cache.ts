/**
 * Finished problem responses (the serialized body and its ETag) in the cache, so a busy list or
 * statement costs one tiny query instead of joins over versions, tags and test files.
 *
 * Why stale data is never served, in three layers:
 * 1. Every key carries the catalogue's change stamp (the newest problem_versions id and the latest
 *    problems.updated_at). An import of new content adds a version row, and an edit of only the
 *    difficulty or tags moves updated_at, so the stamp moves and the old entries are simply never
 *    read again, even if nobody told the cache. This holds for every process, whichever one imported.
 * 2. Every key also carries a generation number that `invalidateProblemCache` bumps, for changes made
 *    outside the importer (an operator's SQL). If the bump is lost (cache down at that moment),
 *    layer 3 still bounds the damage.
 * 3. Entries expire after `problemCacheTtlSeconds`.
 * Old entries are never deleted one by one: unreachable keys age out by their TTL.
 */
import { createHash } from 'node:crypto';
import type { Cache } from '../../infra/cache/cache.js';
import { contentEtag } from '../../infra/http/etag.js';
import type { ProblemRepository } from './repository.js';

export const problemCacheTtlSeconds = 600;
const generationKey = 'problems:generation';

/** Makes every cached problem response unreachable; call after changing problems outside an import. */
export async function invalidateProblemCache(cache: Cache): Promise<void> {
  await cache.increment(generationKey);
}

export interface CachedDocument {
  etag: string;
  body: string;
}

export function createProblemResponseCache(cache: Cache, repository: ProblemRepository) {
  return {
    /**
     * The cached document for `kind` + `params`, or `produce`'s serialized body (then cached). A
     * `produce` that throws (404) caches nothing. The cache being down only means every call produces.
     */
    async remember(
      kind: 'list' | 'detail' | 'patterns',
      params: Record<string, unknown>,
      produce: () => Promise<string>,
    ): Promise<CachedDocument> {
      // The stamp is read before `produce` reads the data, so an entry can only ever hold data as new
      // as its key says or newer, never older.
      const [stored, stamp] = await Promise.all([cache.get(generationKey), repository.stamp()]);
      // The generation always comes from the store (made on first use), never assumed: when the store
      // cannot say which generation is current, the cache is not used at all.
      const generation = stored ?? (await cache.increment(generationKey));
      if (generation === undefined) return documentOf(await produce());
      const key = `problems:${generation}:${stamp}:${kind}:${digest(params)}`;
      const hit = await cache.get(key);
      if (hit !== undefined) {
        const split = hit.indexOf('\n');
        return { etag: hit.slice(0, split), body: hit.slice(split + 1) };
      }
      const document = documentOf(await produce());
      await cache.set(key, `${document.etag}\n${document.body}`, problemCacheTtlSeconds);
      return document;
    },
  };
}

export type ProblemResponseCache = ReturnType<typeof createProblemResponseCache>;

function documentOf(body: string): CachedDocument {
  return { etag: contentEtag(body), body };
}

/** The same parameters in any order give the same key; absent ones are left out. */
function digest(params: Record<string, unknown>): string {
  const canonical = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}
