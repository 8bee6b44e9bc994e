/**
 * The small slice of a key-value store the platform needs today: expiring counters (sign-in throttling,
 * later rate limits). Redis in a deployment, a Map in embedded mode; both pass the same tests.
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
