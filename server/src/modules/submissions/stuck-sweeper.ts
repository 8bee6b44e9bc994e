/**
 * A submission never waits forever, nor silently. Every `intervalMs` this looks for:
 * - submissions whose judging began longer than `stuckAfterMs` ago and never finished (a worker that
 *   hung, or died while its message was lost): each is queued again, or failed with a reason once it
 *   has used its attempts;
 * - submissions parked in the dead-letter queue while still unfinished (the broker gave up on them):
 *   they are marked "delayed" for their learners, and left for an operator (`winterarc dead-letters`);
 * - submissions `queued` longer than `stuckAfterMs` whose judge event already left the outbox while
 *   the judge queue is empty (so the message was lost, not waiting in line): re-published, and marked
 *   "delayed" so the learner knows it is taking long.
 * Every action is logged with the submissions' ids. With the embedded queue, which lives in memory,
 * unfinished submissions are also queued again at start.
 */
import type { FastifyBaseLogger } from 'fastify';
import { outageReason } from '../../infra/db/unavailable.js';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import type { JobQueue } from '../../infra/queue/job-queue.js';
import { userChannel } from './events.js';
import type { SubmissionRepository } from './repository.js';

export interface SweeperOptions {
  submissions: SubmissionRepository;
  pubsub: PubSub;
  /** Where dead letters are looked up (a parked submission is not re-published behind an operator's back). */
  queue: Pick<JobQueue, 'listDeadLetters' | 'depth'>;
  log: FastifyBaseLogger;
  maxAttempts: number;
  stuckAfterMs: number;
  intervalMs: number;
  /** After requeueing: wake the outbox relay. */
  onRequeued: () => void;
}

/** What one pass did, by submission id. */
export interface SweepReport {
  /** `judging` too long: queued again. */
  retried: string[];
  /** `judging` too long on its last attempt: failed with a reason. */
  failed: string[];
  /** `queued` too long with its event already sent: published again. */
  republished: string[];
  /** Unfinished and in the dead-letter queue: marked delayed, waiting for an operator. */
  parked: string[];
}

/** What the learner reads while their submission is held up. */
export const delayReasons = {
  parked:
    'Judging this submission stopped its workers repeatedly, so it is set aside for an operator to look at. It will be judged once they send it back.',
  republished: 'Judging is taking longer than usual: the submission was sent to the judges again.',
} as const;

export interface Sweeper {
  /** One pass now. */
  sweep(): Promise<SweepReport>;
  /** Queues every unfinished submission again (embedded mode start-up). */
  requeueUnfinished(): Promise<number>;
  stop(): void;
}

export function startStuckSweeper(options: SweeperOptions): Sweeper {
  const { submissions, log } = options;
  const tellDelayed = (rows: Array<{ id: string; userId: string }>, reason: string) =>
    Promise.all(
      rows.map((row) =>
        options.pubsub.publish(userChannel(row.userId), {
          type: 'submission',
          id: row.id,
          stage: 'delayed',
          reason,
        }),
      ),
    );

  async function sweepJudging(report: SweepReport, before: Date) {
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
          report.failed.push(row.id);
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
        await submissions.requeue(row.id);
        report.retried.push(row.id);
      }
    }
  }

  async function sweepQueued(report: SweepReport, before: Date) {
    // A parked job names the submission it was published for; the one it held up may be another
    // (jobs are turns in the fair line, decision 0070).
    const held = await submissions.heldByJobs(
      (await options.queue.listDeadLetters(1000)).map((letter) => letter.job.submissionId),
    );
    const parkedIds = new Set([...held.values()].filter((row) => row.status !== 'done').map((row) => row.id));
    const parked = await submissions.markDelayed([...parkedIds], delayReasons.parked);
    report.parked.push(...parked.map((row) => row.id));
    await tellDelayed(parked, delayReasons.parked);

    // A message is provably lost only when nothing waits in the queue: with a backlog, an old `queued`
    // submission may just be in line, and publishing it again would only lengthen the line.
    if ((await options.queue.depth()).ready > 0) return;
    const lost = (await submissions.queuedTooLong(before, 100)).filter((row) => !parkedIds.has(row.id));
    for (const row of lost) await submissions.requeue(row.id);
    report.republished.push(...lost.map((row) => row.id));
    const marked = await submissions.markDelayed(
      lost.map((row) => row.id),
      delayReasons.republished,
    );
    await tellDelayed(marked, delayReasons.republished);
  }

  async function sweep(): Promise<SweepReport> {
    const report: SweepReport = { retried: [], failed: [], republished: [], parked: [] };
    const before = new Date(Date.now() - options.stuckAfterMs);
    await sweepJudging(report, before);
    await sweepQueued(report, before);
    if (report.retried.length + report.republished.length > 0) options.onRequeued();
    if (report.retried.length > 0)
      log.warn({ submissionIds: report.retried }, 'stuck submissions queued again');
    if (report.failed.length > 0)
      log.error({ submissionIds: report.failed }, 'stuck submissions failed after their last attempt');
    if (report.republished.length > 0)
      log.warn(
        { submissionIds: report.republished },
        'submissions queued too long with their event already sent: published again',
      );
    if (report.parked.length > 0)
      log.warn(
        { submissionIds: report.parked },
        'unfinished submissions are in the dead-letter queue: marked delayed; see `winterarc dead-letters list`',
      );
    return report;
  }

  const timer = setInterval(() => {
    sweep().catch((error: unknown) =>
      log.warn({ reason: outageReason(error) }, 'stuck-submission sweep failed; next one soon'),
    );
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
