/**
 * The background half of submissions, started by the process roles that run it: the outbox relay and
 * the stuck-submission sweeper (API instances), and the judge consumer (workers). `winterarc serve`
 * runs all three in one process on the embedded queue; `api` and `worker` split them.
 */
import type { Judge } from '@winterarc/judge';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../infra/db/database.js';
import type { JudgedInfo, Metrics } from '../../infra/metrics/metrics.js';
import { observeOutbox, observeQueue } from '../../infra/metrics/scrape-gauges.js';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import type { Consumer, JobQueue } from '../../infra/queue/job-queue.js';
import { createFairQueue } from './fair-queue.js';
import { startWakeups } from './judge-wakeups.js';
import { createJudgeWorker, type JudgeWorkerOptions, type PackageSource } from './judge-worker.js';
import { type OutboxRelay, startOutboxRelay } from './outbox-relay.js';
import { createOutboxRepository } from './outbox-repository.js';
import { createPositionAnnouncer } from './queue-positions.js';
import { createSubmissionRepository } from './repository.js';
import { type Sweeper, startStuckSweeper } from './stuck-sweeper.js';

export interface PipelineOptions {
  db: Database;
  queue: JobQueue;
  pubsub: PubSub;
  log: FastifyBaseLogger;
  /** Publish outbox events and sweep stuck submissions (API roles). */
  relay: boolean;
  /** Judge jobs (worker roles). */
  worker?: {
    judge: Judge;
    packages: PackageSource;
    /** Submissions judged at once = the queue prefetch. */
    concurrency: number;
  };
  maxAttempts?: number;
  /** Submissions of one learner judged at once, across all workers (default 2; decision 0070). */
  maxInFlightPerUser?: number;
  /** `arrival` turns fairness off (the fairness benchmark's "before"); see FairQueueOptions. */
  lineOrder?: 'fair' | 'arrival';
  stuckAfterMs?: number;
  sweepIntervalMs?: number;
  relayIntervalMs?: number;
  /** Embedded queue: queue unfinished submissions again at start (the queue did not survive). */
  requeueUnfinishedAtStart?: boolean;
  onJudged?: (info: JudgedInfo) => void;
  /** How a worker waits out a database outage (tests shorten it). */
  databaseRetry?: JudgeWorkerOptions['retry'];
  /** The process's metrics: queue depth, outbox backlog and publishes (relay), verdicts (worker). */
  metrics?: Metrics;
}

export interface Pipeline {
  /** A submission was committed: publish its event now, and announce the line's new places. */
  notify(): void;
  /** Places in line are announced in the background; resolves when none is being announced. */
  positionsSettled(): Promise<void>;
  sweeper: Sweeper | undefined;
  /** Stops taking jobs, lets the ones in progress finish, then stops the relay. */
  stop(): Promise<void>;
}

export async function startPipeline(options: PipelineOptions): Promise<Pipeline> {
  const maxAttempts = options.maxAttempts ?? 3;
  const submissions = createSubmissionRepository(options.db);
  const line = createFairQueue(options.db, {
    maxInFlight: options.maxInFlightPerUser ?? 2,
    ...(options.lineOrder === undefined ? {} : { order: options.lineOrder }),
  });
  const wakeups = await startWakeups(options.pubsub);
  const positions = createPositionAnnouncer({
    line,
    pubsub: options.pubsub,
    log: options.log.child({ role: 'queue-positions' }),
  });
  let relay: OutboxRelay | undefined;
  let sweeper: Sweeper | undefined;
  let consumer: Consumer | undefined;
  const metrics = options.metrics;
  if (metrics !== undefined) observeQueue(metrics, options.queue);

  if (options.relay) {
    const outbox = createOutboxRepository(options.db);
    const onPublished = metrics === undefined ? undefined : observeOutbox(metrics, outbox);
    relay = startOutboxRelay({
      outbox,
      queue: options.queue,
      log: options.log.child({ role: 'outbox-relay' }),
      ...(options.relayIntervalMs === undefined ? {} : { intervalMs: options.relayIntervalMs }),
      ...(onPublished === undefined ? {} : { onPublished }),
    });
    const wake = relay;
    sweeper = startStuckSweeper({
      submissions,
      pubsub: options.pubsub,
      queue: options.queue,
      log: options.log.child({ role: 'sweeper' }),
      maxAttempts,
      stuckAfterMs: options.stuckAfterMs ?? 5 * 60_000,
      intervalMs: options.sweepIntervalMs ?? 30_000,
      onRequeued: () => wake.notify(),
    });
    if (options.requeueUnfinishedAtStart) await sweeper.requeueUnfinished();
  }

  if (options.worker !== undefined) {
    const onJudged = (info: JudgedInfo) => {
      metrics?.recordJudged(info);
      options.onJudged?.(info);
    };
    const handler = createJudgeWorker({
      submissions,
      line,
      wakeups,
      onLineMoved: () => positions.announce(),
      pubsub: options.pubsub,
      judge: options.worker.judge,
      packages: options.worker.packages,
      log: options.log.child({ role: 'worker' }),
      maxAttempts,
      onJudged,
      ...(options.databaseRetry === undefined ? {} : { retry: options.databaseRetry }),
    });
    consumer = await options.queue.consume(handler, { prefetch: options.worker.concurrency });
  }

  return {
    notify() {
      relay?.notify();
      wakeups.announce();
      positions.announce();
    },
    positionsSettled: () => positions.settled(),
    sweeper,
    async stop() {
      await consumer?.stop();
      sweeper?.stop();
      await relay?.stop();
      await positions.settled();
      await wakeups.close();
    },
  };
}
