import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCounters } from '../../test/test-app.js';
import type { CounterStore } from './cache.js';

// The same contract for both adapters: memory on the pglite project, Redis on the postgres project.
let counters: CounterStore;
beforeAll(() => {
  counters = openTestCounters();
});
afterAll(() => counters.close());

describe('counter store', () => {
  it('counts hits inside a window and reports when it resets', async () => {
    expect(await counters.peek('a')).toEqual({ count: 0, resetInSeconds: 0 });
    await counters.hit('a', 60);
    const second = await counters.hit('a', 60);
    expect(second.count).toBe(2);
    expect(second.resetInSeconds).toBeGreaterThan(55);
    expect((await counters.peek('a')).count).toBe(2);
  });

  it('starts again from zero after the window ends', async () => {
    await counters.hit('b', 1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await counters.peek('b')).count).toBe(0);
    expect((await counters.hit('b', 1)).count).toBe(1);
  });

  it('counts concurrent hits exactly', async () => {
    await Promise.all(Array.from({ length: 50 }, () => counters.hit('c', 60)));
    expect((await counters.peek('c')).count).toBe(50);
  });

  it('forgets a key on reset', async () => {
    await counters.hit('d', 60);
    await counters.reset('d');
    expect((await counters.peek('d')).count).toBe(0);
  });
});
