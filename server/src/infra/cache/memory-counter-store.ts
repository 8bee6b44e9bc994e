import type { CounterStore, WindowCount } from './cache.js';

/** In-process counters for embedded mode: one process, so one Map is the whole truth. */
export function createMemoryCounterStore(now: () => number = Date.now): CounterStore {
  const windows = new Map<string, { count: number; endsAt: number }>();

  const current = (key: string) => {
    const window = windows.get(key);
    if (window !== undefined && window.endsAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return window;
  };
  const view = (window: { count: number; endsAt: number } | undefined): WindowCount =>
    window === undefined
      ? { count: 0, resetInSeconds: 0 }
      : { count: window.count, resetInSeconds: Math.max(1, Math.ceil((window.endsAt - now()) / 1000)) };

  // Expired windows are dropped lazily on read and swept each minute, so memory stays bounded.
  const sweeper = setInterval(() => {
    for (const key of windows.keys()) current(key);
  }, 60_000);
  sweeper.unref();

  return {
    kind: 'memory',
    async hit(key, windowSeconds) {
      const window = current(key) ?? { count: 0, endsAt: now() + windowSeconds * 1000 };
      window.count += 1;
      windows.set(key, window);
      return view(window);
    },
    async peek(key) {
      return view(current(key));
    },
    async reset(key) {
      windows.delete(key);
    },
    async ping() {},
    async close() {
      clearInterval(sweeper);
      windows.clear();
    },
  };
}
