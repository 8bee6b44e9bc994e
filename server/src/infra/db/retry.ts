/**
 * Waiting out a database outage: a step that failed only because the database was unreachable is
 * tried again after a pause that grows (exponential backoff with full jitter, so a fleet of workers
 * does not come back in lockstep), until it works, its time budget runs out, or the caller gives up.
 * Any other error is thrown at once.
 * @see https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/
 */
import { isDatabaseUnavailable } from './unavailable.js';

export interface RetryOptions {
  /** First pause's upper bound (default 250 ms); it doubles up to `maxDelayMs`. */
  baseDelayMs?: number;
  /** Longest pause (default 10 s). */
  maxDelayMs?: number;
  /** Total time to keep trying before giving up with `DatabaseStillUnavailableError` (default 10 min). */
  budgetMs?: number;
  /** Stops waiting (a worker shutting down); the last error is thrown as `DatabaseStillUnavailableError`. */
  signal?: AbortSignal;
  /** Told before each pause: the attempt that failed (1, 2, …), the error and the pause chosen. */
  onRetry?: (attempt: number, error: unknown, delayMs: number) => void;
  /** Injected for tests; defaults to Math.random. */
  random?: () => number;
}

/** The database stayed unreachable for the whole budget (or the caller gave up): `cause` says why. */
export class DatabaseStillUnavailableError extends Error {
  constructor(
    readonly attempts: number,
    cause: unknown,
  ) {
    super(`the database was still unreachable after ${attempts} attempts`, { cause });
    this.name = 'DatabaseStillUnavailableError';
  }
}

/** The pause before retry number `attempt` (1-based): uniform in [0, min(max, base·2^(attempt−1))]. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(random() * ceiling);
}

/** Runs `step`, retrying it while the database is unavailable (see the module comment). */
export async function retryWhileUnavailable<T>(
  step: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 10_000;
  const deadline = Date.now() + (options.budgetMs ?? 10 * 60_000);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      if (options.signal?.aborted || Date.now() >= deadline)
        throw new DatabaseStillUnavailableError(attempt, error);
      const delay = backoffDelay(attempt, base, max, options.random);
      options.onRetry?.(attempt, error, delay);
      await pause(Math.min(delay, Math.max(0, deadline - Date.now())), options.signal);
    }
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
