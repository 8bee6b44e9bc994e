/**
 * The cache in one process (embedded mode). Bounded: past `maxEntries` the least recently used entry
 * goes, so a crawler walking every filter combination cannot grow memory without limit.
 */
import type { Cache } from './cache.js';

export function createMemoryCache(options: { maxEntries?: number; now?: () => number } = {}): Cache {
  const { maxEntries = 2000, now = Date.now } = options;
  const entries = new Map<string, { value: string; expiresAt: number }>();
  // Counters live apart from the bounded entries: evicting a generation counter would bring back
  // entries it had made unreachable.
  const counters = new Map<string, number>();

  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry !== undefined && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const store = (key: string, entry: { value: string; expiresAt: number }) => {
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  };

  return {
    kind: 'memory',
    async get(key) {
      const counter = counters.get(key);
      if (counter !== undefined) return String(counter);
      const entry = live(key);
      if (entry === undefined) return undefined;
      store(key, entry);
      return entry.value;
    },
    async set(key, value, ttlSeconds) {
      counters.delete(key);
      store(key, { value, expiresAt: now() + ttlSeconds * 1000 });
    },
    async delete(key) {
      entries.delete(key);
      counters.delete(key);
    },
    async increment(key) {
      const next = (counters.get(key) ?? 0) + 1;
      counters.set(key, next);
      return next;
    },
    async ping() {},
    async close() {
      entries.clear();
      counters.clear();
    },
  };
}
