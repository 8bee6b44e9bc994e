/**
 * "The fair line moved": a judge finished (a learner may take a turn again) or a submission arrived.
 * A worker holding a turn while every queued submission is held back by its learner's in-flight cap
 * waits on this instead of polling. Told in this process directly and in the others through pub/sub
 * (best effort: the waiter also looks again after `fallbackMs`, so a lost message costs a moment).
 */
import type { PubSub } from '../../infra/pubsub/pubsub.js';

export const wakeChannel = 'judge:line-moved';

export interface Wakeups {
  /** Wakes this process's waiters and tells the other processes. */
  announce(): void;
  /** Resolves at the next announcement, after `ms`, or when `signal` aborts, whichever is first. */
  wait(ms: number, signal: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export async function startWakeups(pubsub: PubSub): Promise<Wakeups> {
  const waiters = new Set<() => void>();
  const wakeAll = () => {
    for (const wake of [...waiters]) wake();
  };
  const unsubscribe = await pubsub.subscribe(wakeChannel, wakeAll);
  return {
    announce() {
      wakeAll();
      void pubsub.publish(wakeChannel, {});
    },
    wait(ms, signal) {
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done);
        waiters.add(done);
        if (signal.aborted) done();
      });
    },
    close: unsubscribe,
  };
}
