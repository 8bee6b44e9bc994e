/**
 * The outbox relay: moves "judge this" events from the database to the judge queue. An event is
 * marked sent only after the broker confirmed it, so a crash or a broker outage leaves it pending and
 * it is published later (at least once; the worker makes a duplicate harmless). It wakes when told a
 * submission was stored, and polls anyway, so events written by other API instances are not missed.
 */
import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable, outageReason } from '../../infra/db/unavailable.js';
import { type JobQueue, parseJob } from '../../infra/queue/job-queue.js';
import type { OutboxRepository, PendingEvent } from './outbox-repository.js';

export interface OutboxRelayOptions {
  outbox: OutboxRepository;
  queue: JobQueue;
  log: FastifyBaseLogger;
  /** Poll interval when nothing wakes it (default 1 s). */
  intervalMs?: number;
  /** Events per transaction (default 50). */
  batchSize?: number;
  /** Told how many events each batch published (metrics). */
  onPublished?: (count: number) => void;
}

export interface OutboxRelay {
  /** A new event was committed: publish it now instead of at the next poll. */
  notify(): void;
  /** Stops after the batch in progress (its events are either marked sent or still pending). */
  stop(): Promise<void>;
}

export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 50;
  let stopped = false;
  let wake: (() => void) | undefined;
  let pendingWake = false;
  let failures = 0;
  let databaseFailures = 0;

  /** Publishes in order and stops at the first failure: the broker is likely down for the rest too. */
  async function publishAll(events: PendingEvent[]): Promise<number[]> {
    const sent: number[] = [];
    for (const event of events) {
      const job = parseJob(JSON.stringify(event.payload));
      if (job === undefined) {
        options.log.error({ eventId: event.id }, 'outbox event has no submission id; marked sent to skip it');
        sent.push(event.id);
        continue;
      }
      try {
        await options.queue.publish(job);
        sent.push(event.id);
      } catch (error) {
        if (failures === 0)
          options.log.warn({ err: error }, 'cannot publish to the judge queue; events stay pending');
        failures += 1;
        break;
      }
    }
    return sent;
  }

  const loop = (async () => {
    while (!stopped) {
      let drained = false;
      try {
        const { taken, published } = await options.outbox.publishBatch(batchSize, publishAll);
        if (databaseFailures > 0) options.log.info('database reachable again; relaying outbox events');
        databaseFailures = 0;
        if (published > 0) {
          options.onPublished?.(published);
          if (failures > 0) options.log.info('judge queue reachable again; publishing pending events');
          failures = 0;
        }
        drained = taken < batchSize || published < taken;
      } catch (error) {
        // A database outage is waited out quietly (once in the log, then backoff); anything else is a bug.
        if (!isDatabaseUnavailable(error))
          options.log.error({ err: error }, 'outbox relay batch failed; retrying');
        else if (databaseFailures === 0)
          options.log.warn(
            { reason: outageReason(error) },
            'database unreachable; outbox events wait until it is back',
          );
        databaseFailures += 1;
        drained = true;
      }
      if (!drained || stopped) continue;
      if (pendingWake) {
        pendingWake = false;
        continue;
      }
      // After a failure, back off up to 5 s; otherwise sleep until notified or the next poll.
      const backoff = Math.max(failures, databaseFailures);
      const delay = backoff > 0 ? Math.min(5000, intervalMs * 2 ** Math.min(backoff, 3)) : intervalMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  })();

  return {
    notify() {
      if (wake !== undefined) wake();
      else pendingWake = true;
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
