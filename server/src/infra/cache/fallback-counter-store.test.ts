import { describe, expect, it } from 'vitest';
import type { CounterStore } from './cache.js';
import { createFallbackCounterStore } from './fallback-counter-store.js';
import { createMemoryCounterStore } from './memory-counter-store.js';

/** A shared store that can be "taken down": while down every call fails, as Redis's would. */
function switchableStore() {
  const inner = createMemoryCounterStore();
  const state = { down: false, calls: 0 };
  const guard =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      state.calls += 1;
      if (state.down) throw new Error('connect ECONNREFUSED');
      return operation(...args);
    };
  const store: CounterStore = {
    kind: 'redis',
    hit: guard(inner.hit),
    peek: guard(inner.peek),
    reset: guard(inner.reset),
    ping: guard(inner.ping),
    close: inner.close,
  };
  return { store, state };
}

describe('fallback counter store', () => {
  it('counts in the shared store while it answers', async () => {
    const shared = switchableStore();
    const counters = createFallbackCounterStore(shared.store, createMemoryCounterStore());
    await counters.hit('k', 60);
    expect((await counters.hit('k', 60)).count).toBe(2);
    expect((await shared.store.peek('k')).count).toBe(2);
    await counters.close();
  });

  it('counts in this process while the shared store fails, then returns to it', async () => {
    let clock = 0;
    const failures: string[] = [];
    const shared = switchableStore();
    const counters = createFallbackCounterStore(shared.store, createMemoryCounterStore(), {
      retryAfterMs: 1000,
      now: () => clock,
      onFallback: (error) => failures.push(error.message),
    });
    await counters.hit('k', 60);

    shared.state.down = true;
    expect((await counters.hit('k', 60)).count).toBe(1);
    const callsWhenOpened = shared.state.calls;
    expect((await counters.hit('k', 60)).count).toBe(2);
    expect((await counters.peek('k')).count).toBe(2);
    // Within the pause the shared store is not asked at all (a hanging Redis costs one request).
    expect(shared.state.calls).toBe(callsWhenOpened);
    await expect(counters.ping()).rejects.toThrow(/ECONNREFUSED; .*count in each instance/);

    clock += 1000;
    shared.state.down = false;
    expect((await counters.hit('k', 60)).count).toBe(2);
    expect(failures).toEqual(['connect ECONNREFUSED']);
    await counters.ping();
    await counters.close();
  });

  it('tries the shared store again after the pause and stays local while it still fails', async () => {
    let clock = 0;
    const shared = switchableStore();
    const counters = createFallbackCounterStore(shared.store, createMemoryCounterStore(), {
      retryAfterMs: 1000,
      now: () => clock,
    });
    shared.state.down = true;
    await counters.hit('k', 60);
    clock += 1000;
    const before = shared.state.calls;
    expect((await counters.hit('k', 60)).count).toBe(2);
    expect(shared.state.calls).toBe(before + 1);
    await counters.close();
  });
});
