/**
 * Gauges read when Prometheus scrapes: the judge queue's depth (every process that has the queue)
 * and the outbox backlog (where the relay runs, since it is that process's work), with the relay's
 * publish counter. A source that
 * cannot answer — the broker is down, the database is slow — leaves the gauge NaN for that scrape:
 * the scrape itself still succeeds, so the process metrics keep flowing during the outage.
 */
import { Counter, Gauge } from 'prom-client';
import type { JobQueue, QueueDepth } from '../queue/job-queue.js';
import { withTimeout } from '../with-timeout.js';
import type { Metrics } from './metrics.js';

/** Longest a scrape waits for a source; Prometheus's own default scrape timeout is 10 s. */
const sourceTimeoutMs = 2000;

export function observeQueue(metrics: Metrics, queue: Pick<JobQueue, 'depth'>) {
  // Both gauges come from one depth() call per scrape (the registry collects them concurrently).
  const depth = sharedWhileInFlight(() => queue.depth());
  gaugeReading(metrics, {
    name: 'judge_queue_ready',
    help: 'Jobs waiting in the judge queue for a worker (NaN when the queue cannot be read).',
    read: async () => (await depth()).ready,
  });
  gaugeReading(metrics, {
    name: 'judge_queue_dead_letters',
    help: 'Jobs parked in the dead-letter queue for an operator (NaN when the queue cannot be read).',
    read: async () => (await depth()).deadLetters,
  });
}

export interface OutboxSource {
  pendingCount(): Promise<number>;
  lagSeconds(): Promise<number>;
}

/** The outbox backlog gauges and the publish counter; returns what the relay calls per batch. */
export function observeOutbox(metrics: Metrics, outbox: OutboxSource): (published: number) => void {
  gaugeReading(metrics, {
    name: 'outbox_pending_events',
    help: 'Judge events stored but not yet published to the queue (NaN when the database cannot be read).',
    read: () => outbox.pendingCount(),
  });
  gaugeReading(metrics, {
    name: 'outbox_lag_seconds',
    help: 'Age of the oldest unpublished outbox event, 0 when none (NaN when the database cannot be read).',
    read: () => outbox.lagSeconds(),
  });
  const published =
    (metrics.registry.getSingleMetric('outbox_published_total') as Counter | undefined) ??
    new Counter({
      name: 'outbox_published_total',
      help: 'Outbox events this process published to the judge queue.',
      registers: [metrics.registry],
    });
  return (count) => published.inc(count);
}

/** A process has one queue and one outbox: a second pipeline in it (tests) keeps the first's gauges. */
function gaugeReading(metrics: Metrics, spec: { name: string; help: string; read: () => Promise<number> }) {
  if (metrics.registry.getSingleMetric(spec.name) !== undefined) return;
  new Gauge({
    name: spec.name,
    help: spec.help,
    registers: [metrics.registry],
    async collect() {
      try {
        this.set(await withTimeout(spec.read(), sourceTimeoutMs));
      } catch {
        this.set(Number.NaN);
      }
    },
  });
}

function sharedWhileInFlight(read: () => Promise<QueueDepth>): () => Promise<QueueDepth> {
  let inFlight: Promise<QueueDepth> | undefined;
  return () => {
    inFlight ??= read().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
