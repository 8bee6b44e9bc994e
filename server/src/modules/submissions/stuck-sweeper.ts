/**
 * A submission never waits forever. Every `intervalMs` this looks for submissions whose judging began
 * longer than `stuckAfterMs` ago and never finished (a worker that hung, or died while its message
 * was lost): each is queued again, or failed with a reason once it has used its attempts. With the
 * embedded queue, which lives in memory, unfinished submissions are also queued again at start.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import { userChannel } from './events.js';
import type { SubmissionRepository } from './repository.js';

export interface SweeperOptions {
  submissions: SubmissionRepository;
  pubsub: PubSub;
  log: FastifyBaseLogger;
  maxAttempts: number;
  stuckAfterMs: number;
  intervalMs: number;
  /** After requeueing: wake the outbox relay. */
  onRequeued: () => void;
}

export interface Sweeper {
  /** One pass now; resolves to the number of submissions retried or failed. */
  sweep(): Promise<number>;
  /** Queues every unfinished submission again (embedded mode start-up). */
  requeueUnfinished(): Promise<number>;
  stop(): void;
}

export function startStuckSweeper(options: SweeperOptions): Sweeper {
  const { submissions, log } = options;

  async function sweep(): Promise<number> {
    const before = new Date(Date.now() - options.stuckAfterMs);
    const stuck = await submissions.unfinishedSince('judging', before, 100);
    for (const row of stuck) {
      if (row.attempts >= options.maxAttempts) {
        const reason = `judging did not finish in ${Math.round(options.stuckAfterMs / 1000)} s on any of ${row.attempts} attempts`;
        const written = await submissions.finish(row, {
          verdict: 'IE',
          message: reason,
          testsRun: 0,
          testsTotal: 0,
          compileMs: 0,
          tests: [],
        });
        if (written) {
          log.error({ submissionId: row.id }, 'stuck submission failed');
          await options.pubsub.publish(userChannel(row.userId), {
            type: 'submission',
            id: row.id,
            stage: 'done',
            verdict: 'IE',
            score: null,
            testsRun: 0,
            testsTotal: 0,
          });
        }
      } else {
        log.warn({ submissionId: row.id, attempts: row.attempts }, 'stuck submission queued again');
        await submissions.requeue(row.id);
      }
    }
    if (stuck.length > 0) options.onRequeued();
    return stuck.length;
  }

  const timer = setInterval(() => {
    sweep().catch((error: unknown) => log.error({ err: error }, 'stuck-submission sweep failed'));
  }, options.intervalMs);
  timer.unref();

  return {
    sweep,
    async requeueUnfinished() {
      const now = new Date(Date.now() + 1000);
      const rows = [
        ...(await submissions.unfinishedSince('queued', now, 10_000)),
        ...(await submissions.unfinishedSince('judging', now, 10_000)),
      ];
      for (const row of rows) await submissions.requeue(row.id);
      if (rows.length > 0) options.onRequeued();
      return rows.length;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
