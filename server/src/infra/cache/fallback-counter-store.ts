/**
 * A shared counter store (Redis) with an in-process one behind it, so that Redis being down degrades
 * rate limits and sign-in throttling to counting per instance instead of failing requests. A small
 * circuit breaker: after the shared store fails once it is left alone for `retryAfterMs` (a Redis
 * that hangs would otherwise cost every request a command timeout), then asked again; the first
 * answer closes the circuit. Counts made meanwhile stay in this process and are not carried over.
 */
import type { CounterStore } from './cache.js';

export interface FallbackCounterStoreOptions {
  /** How long to count in this process after a failure before trying the shared store again. */
  retryAfterMs?: number;
  /** Told once each time the shared store starts failing (for the log), not on every request. */
  onFallback?: (error: Error) => void;
  now?: () => number;
}

export function createFallbackCounterStore(
  shared: CounterStore,
  local: CounterStore,
  options: FallbackCounterStoreOptions = {},
): CounterStore {
  const { retryAfterMs = 2000, onFallback = () => undefined, now = Date.now } = options;
  let failing = false;
  let retryAt = 0;

  const use = async <T>(operation: (store: CounterStore) => Promise<T>): Promise<T> => {
    if (failing && now() < retryAt) return operation(local);
    try {
      const result = await operation(shared);
      failing = false;
      return result;
    } catch (error) {
      if (!failing) onFallback(error as Error);
      failing = true;
      retryAt = now() + retryAfterMs;
      return operation(local);
    }
  };

  return {
    kind: shared.kind,
    hit: (key, windowSeconds) => use((store) => store.hit(key, windowSeconds)),
    peek: (key) => use((store) => store.peek(key)),
    reset: (key) => use((store) => store.reset(key)),
    async ping() {
      try {
        await shared.ping();
      } catch (error) {
        throw new Error(
          `${(error as Error).message}; rate limits and sign-in throttling count in each instance until it answers`,
        );
      }
    },
    async close() {
      await Promise.all([shared.close(), local.close()]);
    },
  };
}
