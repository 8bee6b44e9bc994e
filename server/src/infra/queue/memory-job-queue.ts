/**
 * The embedded judge queue: a FIFO in process memory with the broker's delivery rules (prefetch,
 * acknowledge on success, redeliver on failure, dead letters). It lives as long as the process: in
 * embedded mode the outbox is the durable record, and jobs not yet judged are re-published from it
 * at start (see the stuck-submission sweeper).
 */
import type {
  Consumer,
  DeadLetter,
  Delivery,
  JobHandler,
  JobQueue,
  JudgeJob,
  QueueDepth,
} from './job-queue.js';

interface Message {
  job: JudgeJob;
  redelivered: boolean;
}

export function createMemoryJobQueue(): JobQueue {
  const ready: Message[] = [];
  const dead: DeadLetter[] = [];
  const consumers = new Set<ConsumerState>();
  let closed = false;

  interface ConsumerState {
    handler: JobHandler;
    prefetch: number;
    active: number;
    stopped: boolean;
    stopping: AbortController;
    idle: Array<() => void>;
  }

  /** Hands waiting messages to consumers with free slots, round robin. */
  function dispatch() {
    let progressed = true;
    while (ready.length > 0 && progressed) {
      progressed = false;
      for (const consumer of consumers) {
        if (ready.length === 0) break;
        if (consumer.stopped || consumer.active >= consumer.prefetch) continue;
        const message = ready.shift()!;
        progressed = true;
        deliver(consumer, message);
      }
    }
  }

  function deliver(consumer: ConsumerState, message: Message) {
    consumer.active += 1;
    const delivery: Delivery = {
      job: message.job,
      redelivered: message.redelivered,
      stopping: consumer.stopping.signal,
    };
    const settled = () => {
      consumer.active -= 1;
      if (consumer.active === 0) for (const resolve of consumer.idle.splice(0)) resolve();
      setImmediate(dispatch);
    };
    // A microtask later, as a broker delivers asynchronously: the publisher never runs the handler.
    queueMicrotask(() => {
      consumer.handler(delivery).then(
        (outcome) => {
          if (outcome.settle === 'dead-letter')
            dead.push({ job: message.job, reason: outcome.reason ?? 'no reason given' });
          else if (outcome.settle === 'retry') ready.push({ job: message.job, redelivered: false });
          settled();
        },
        () => {
          // Like a consumer that died: the message goes back to the front, marked redelivered.
          ready.unshift({ job: message.job, redelivered: true });
          settled();
        },
      );
    });
  }

  return {
    kind: 'memory',
    async publish(job) {
      if (closed) throw new Error('the job queue is closed');
      ready.push({ job: { ...job }, redelivered: false });
      setImmediate(dispatch);
    },
    async consume(handler, options) {
      if (!Number.isInteger(options.prefetch) || options.prefetch < 1)
        throw new RangeError(`prefetch must be a positive integer, not ${options.prefetch}`);
      const state: ConsumerState = {
        handler,
        prefetch: options.prefetch,
        active: 0,
        stopped: false,
        stopping: new AbortController(),
        idle: [],
      };
      consumers.add(state);
      setImmediate(dispatch);
      const consumer: Consumer = {
        async stop() {
          state.stopped = true;
          state.stopping.abort();
          if (state.active > 0) await new Promise<void>((resolve) => state.idle.push(resolve));
          consumers.delete(state);
        },
      };
      return consumer;
    },
    async depth(): Promise<QueueDepth> {
      return { ready: ready.length, deadLetters: dead.length };
    },
    async listDeadLetters(limit) {
      return dead.slice(0, limit).map((letter) => ({ ...letter }));
    },
    async requeueDeadLetters(limit) {
      const moved = dead.splice(0, limit);
      for (const letter of moved) ready.push({ job: letter.job, redelivered: false });
      setImmediate(dispatch);
      return moved.map((letter) => letter.job);
    },
    async ping() {
      if (closed) throw new Error('the job queue is closed');
    },
    async close() {
      closed = true;
      for (const consumer of consumers) consumer.stopping.abort();
      await Promise.all(
        [...consumers].map((c) => (c.active === 0 ? undefined : new Promise<void>((r) => c.idle.push(r)))),
      );
      consumers.clear();
    },
  };
}
