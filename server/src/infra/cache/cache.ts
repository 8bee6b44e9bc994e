/**
 * The small slices of a key-value store the platform needs: expiring counters (sign-in throttling,
 * rate limits) and a cache of finished responses. Redis in a deployment, a Map in embedded mode;
 * each pair of adapters passes the same tests.
 */
export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window ends and the count starts again from zero. */
  resetInSeconds: number;
}

export interface CounterStore {
  readonly kind: 'memory' | 'redis';
  /** Adds one to `key`; the first hit opens a window of `windowSeconds`. */
  hit(key: string, windowSeconds: number): Promise<WindowCount>;
  /** The current window of `key` without adding to it. */
  peek(key: string): Promise<WindowCount>;
  reset(key: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A cache of strings under expiring keys. It never fails a request: a store that cannot be reached
 * answers every read as a miss and drops every write, so the caller simply does the work itself.
 * Invalidation is by versioned keys: callers put a generation number (`increment`) into their keys,
 * so bumping it makes every older entry unreachable at once and TTLs clear them away.
 */
export interface Cache {
  readonly kind: 'memory' | 'redis';
  /** The value, or undefined on a miss (and whenever the store is unreachable). */
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Adds one to a counter kept without expiry; undefined when the store is unreachable. */
  increment(key: string): Promise<number | undefined>;
  /** Throws when the store cannot be reached (health checks); the other methods never do. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
