import { describe, expect, it } from 'vitest';
import { backoffDelay, DatabaseStillUnavailableError, retryWhileUnavailable } from './retry.js';

const lost = () => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });

describe('retryWhileUnavailable', () => {
  it('tries again while the database is unreachable, then returns the result', async () => {
    let calls = 0;
    const pauses: number[] = [];
    const result = await retryWhileUnavailable(
      async () => {
        calls += 1;
        if (calls < 4) throw lost();
        return 'claimed';
      },
      { baseDelayMs: 1, maxDelayMs: 4, onRetry: (_attempt, _error, delay) => pauses.push(delay) },
    );
    expect(result).toBe('claimed');
    expect(calls).toBe(4);
    expect(pauses).toHaveLength(3);
  });

  it('throws any other error at once, untouched', async () => {
    let calls = 0;
    const bug = new TypeError('not a database problem');
    await expect(
      retryWhileUnavailable(async () => {
        calls += 1;
        throw bug;
      }),
    ).rejects.toBe(bug);
    expect(calls).toBe(1);
  });

  it('gives up with DatabaseStillUnavailableError when the caller stops waiting', async () => {
    const stop = new AbortController();
    let calls = 0;
    const attempt = retryWhileUnavailable(
      async () => {
        calls += 1;
        if (calls === 3) stop.abort();
        throw lost();
      },
      { baseDelayMs: 1, signal: stop.signal },
    );
    await expect(attempt).rejects.toBeInstanceOf(DatabaseStillUnavailableError);
    const error = (await attempt.catch((e: unknown) => e)) as DatabaseStillUnavailableError;
    // The try during which it was told to stop is the last one; no pause, no fourth try.
    expect(error.attempts).toBe(3);
    expect(calls).toBe(3);
    expect(error.cause).toMatchObject({ code: 'ECONNRESET' });
  });

  it('gives up once its time budget is spent', async () => {
    await expect(
      retryWhileUnavailable(
        async () => {
          throw lost();
        },
        { baseDelayMs: 1, maxDelayMs: 2, budgetMs: 30 },
      ),
    ).rejects.toBeInstanceOf(DatabaseStillUnavailableError);
  });
});

describe('backoffDelay (full jitter)', () => {
  it('grows exponentially up to the cap, scaled by the random draw', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 100, 1000, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(backoffDelay(5, 100, 1000, () => 0)).toBe(0);
    expect(backoffDelay(3, 100, 1000, () => 0.5)).toBe(200);
  });
});
