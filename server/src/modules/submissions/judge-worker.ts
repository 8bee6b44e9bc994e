/**
 * What a worker does with one job: take the next submission of the fair line (a job is a turn,
 * decision 0070; delivered again after its worker died, it resumes the submission it had), judge it
 * in the sandbox against the problem version it was submitted to, write the verdict and every test's
 * result in one transaction, and tell the owner how it goes. A job is safe to deliver twice: a turn
 * with nothing left to take is acknowledged, and of two concurrent attempts at one submission only
 * the first to commit writes results.
 * A run with the learner's own input is one run whose output is kept instead of per-test results.
 * A submission whose attempts keep dying (the poison job) is failed with a reason after
 * `maxAttempts` and parked in the dead-letter queue for an operator. A database outage is not the
 * job's fault: each database step is retried with backoff until it works, and if the database stays
 * away too long the job goes back to the queue as a fresh message (its delivery count untouched).
 */
import {
  type CustomRunRequest,
  CustomRunUnsupportedError,
  type Judge,
  type JudgeProgress,
  type JudgeResult,
  type LanguageId,
  maxRunOutputBytes,
  type ProblemPackage,
  readProblemPackage,
} from '@winterarc/judge';
import type { FastifyBaseLogger } from 'fastify';
import {
  DatabaseStillUnavailableError,
  type RetryOptions,
  retryWhileUnavailable,
} from '../../infra/db/retry.js';
import { outageReason } from '../../infra/db/unavailable.js';
import type { JudgedInfo } from '../../infra/metrics/metrics.js';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import type { Delivery, JobHandler, Settlement } from '../../infra/queue/job-queue.js';
import { type SubmissionEvent, userChannel } from './events.js';
import type { FairQueue } from './fair-queue.js';
import type { Wakeups } from './judge-wakeups.js';
import type { Outcome, SubmissionRepository, SubmissionRow } from './repository.js';

/** Where a worker finds a problem version's package on its own disk (fetched and cached as needed). */
export interface PackageSource {
  directoryFor(problemVersionId: number): Promise<string>;
}

export interface JudgeWorkerOptions {
  submissions: SubmissionRepository;
  /** The fair line: which submission a job's turn takes (decision 0070). */
  line: Pick<FairQueue, 'claim'>;
  /** Where a turn waits while every queued submission is held back by its learner's in-flight cap. */
  wakeups: Pick<Wakeups, 'wait' | 'announce'>;
  /** Told when a submission was taken or finished: the places in line moved. */
  onLineMoved?: () => void;
  pubsub: PubSub;
  judge: Judge;
  packages: PackageSource;
  log: FastifyBaseLogger;
  /** Attempts after which a submission is failed instead of judged again (default 3). */
  maxAttempts?: number;
  /** Told of every verdict written (metrics). */
  onJudged?: (info: JudgedInfo) => void;
  /** How database outages are waited out (defaults: see retryWhileUnavailable). */
  retry?: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'budgetMs'>;
}

/** How long a held turn waits for news before looking at the line again anyway. */
const heldTurnRecheckMs = 1000;

/** Packages parsed recently, by directory (a version's directory never changes once built). */
const parsedPackagesKept = 32;

export function createJudgeWorker(options: JudgeWorkerOptions): JobHandler {
  const maxAttempts = options.maxAttempts ?? 3;
  const parsed = new Map<string, Promise<ProblemPackage>>();

  const packageFor = (dir: string) => {
    let pkg = parsed.get(dir);
    if (pkg === undefined) {
      pkg = readProblemPackage(dir);
      pkg.catch(() => parsed.delete(dir));
      parsed.set(dir, pkg);
      if (parsed.size > parsedPackagesKept) parsed.delete(parsed.keys().next().value!);
    }
    return pkg;
  };

  const tell = (submission: SubmissionRow, event: SubmissionEvent) =>
    options.pubsub.publish(userChannel(submission.userId), event);

  async function finish(submission: SubmissionRow, outcome: Outcome, started: number) {
    const written = await options.submissions.finish(submission, outcome);
    // A learner at the in-flight cap may take a turn again, whichever attempt got there first.
    options.wakeups.announce();
    options.onLineMoved?.();
    if (!written) return;
    options.onJudged?.({
      language: submission.language,
      verdict: outcome.verdict,
      seconds: (performance.now() - started) / 1000,
      message: outcome.message,
    });
    await tell(submission, {
      type: 'submission',
      id: submission.id,
      stage: 'done',
      verdict: outcome.verdict,
      score: outcome.score ?? null,
      testsRun: outcome.testsRun,
      testsTotal: outcome.testsTotal,
    });
  }

  /**
   * Runs a database step, waiting out an outage (backoff with jitter) instead of handing the job
   * back at once: a broker redelivering it in a tight loop would use up its delivery limit in a second.
   */
  const persist = <T>(what: string, delivery: Delivery, step: () => Promise<T>) =>
    retryWhileUnavailable(step, {
      signal: delivery.stopping,
      ...options.retry,
      onRetry: (attempt, error, delayMs) => {
        const fields = {
          submissionId: delivery.job.submissionId,
          attempt,
          delayMs,
          reason: outageReason(error),
        };
        if (attempt === 1) options.log.warn(fields, `database unreachable while ${what}; retrying`);
        else options.log.debug(fields, `database still unreachable while ${what}`);
      },
    });

  return async (delivery: Delivery) => {
    try {
      return await handle(delivery);
    } catch (error) {
      if (!(error instanceof DatabaseStillUnavailableError)) throw error;
      // Not the job's fault: back to the queue as a fresh message, its delivery count untouched.
      options.log.warn(
        { submissionId: delivery.job.submissionId, attempts: error.attempts },
        'database still unreachable; job handed back to the queue for later',
      );
      return { settle: 'retry' as const };
    }
  };

  async function handle(delivery: Delivery): Promise<{ settle: Settlement; reason?: string }> {
    const started = performance.now();
    const take = () => persist('claiming', delivery, () => options.line.claim(delivery.job.submissionId));
    let claim = await take();
    // Everything queued belongs to learners at their in-flight cap: hold the turn until one finishes.
    while (claim.submission === undefined && claim.heldBack > 0) {
      if (delivery.stopping.aborted) return { settle: 'retry' };
      await options.wakeups.wait(heldTurnRecheckMs, delivery.stopping);
      claim = await take();
    }
    const submission = claim.submission;
    if (submission === undefined) return { settle: 'ack' }; // nothing left to judge: the turn is spent
    options.onLineMoved?.();
    const log = options.log.child({ submissionId: submission.id, attempt: submission.attempts });

    if (submission.attempts > maxAttempts) {
      const reason = `judging was started ${submission.attempts - 1} times and never finished (each time the worker stopped); an operator has been told`;
      log.error('poison submission: failed and dead-lettered');
      await persist('writing a verdict', delivery, () => finish(submission, internalError(reason), started));
      return { settle: 'dead-letter', reason };
    }

    await tell(submission, {
      type: 'submission',
      id: submission.id,
      stage: 'judging',
      attempt: submission.attempts,
    });
    const dir = await persist('fetching the problem', delivery, () =>
      options.packages.directoryFor(submission.problemVersionId),
    );
    const problem = await packageFor(dir);
    const onProgress = (progress: JudgeProgress) => {
      if (progress.stage === 'compiling')
        void tell(submission, { type: 'submission', id: submission.id, stage: 'compiling' });
      else if (progress.stage === 'testing')
        void tell(submission, {
          type: 'submission',
          id: submission.id,
          stage: 'testing',
          test: progress.test,
          of: progress.of,
        });
    };
    const request = {
      problem,
      language: submission.language as LanguageId,
      source: submission.source,
      onProgress,
    };
    const outcome =
      submission.mode === 'run' && submission.customInput !== null
        ? await runOnCustomInput(options.judge, { ...request, input: submission.customInput })
        : toOutcome(await options.judge.judge({ ...request, samplesOnly: submission.mode === 'run' }));
    if (outcome.verdict === 'IE') log.error({ reason: outcome.message }, 'internal error while judging');
    // The verdict is worth waiting for: judging again would cost far more than the outage.
    await persist('writing a verdict', delivery, () => finish(submission, outcome, started));
    return { settle: 'ack' };
  }
}

function internalError(message: string): Outcome {
  return { verdict: 'IE', message, testsRun: 0, testsTotal: 0, compileMs: 0, tests: [] };
}

export function toOutcome(result: JudgeResult): Outcome {
  // An Internal Error found on one test (a validator that could not run) is the submission's reason.
  const message =
    result.message ??
    (result.verdict === 'IE' ? result.tests.find((t) => t.verdict === 'IE')?.message : undefined);
  return {
    verdict: result.verdict,
    ...(message === undefined ? {} : { message }),
    ...(result.score === undefined ? {} : { score: result.score }),
    ...(result.maxScore === undefined ? {} : { maxScore: result.maxScore }),
    testsRun: result.testsRun,
    testsTotal: result.testsTotal,
    compileMs: result.compileMs,
    tests: result.tests.map((test) => ({
      name: test.name,
      verdict: test.verdict,
      timeMs: test.timeMs,
      memoryKb: test.memoryBytes / 1024,
      ...(test.message === undefined ? {} : { message: test.message }),
      ...(test.input === undefined && test.expected === undefined && test.actual === undefined
        ? {}
        : {
            details: {
              ...(test.input === undefined ? {} : { input: test.input }),
              ...(test.expected === undefined ? {} : { expected: test.expected }),
              ...(test.actual === undefined ? {} : { actual: test.actual }),
            },
          }),
    })),
  };
}

/**
 * A run on the learner's own input: one run, no per-test rows, its output kept on the submission.
 * A problem that cannot take custom input (the API refuses those) is failed with the reason.
 */
async function runOnCustomInput(judge: Judge, request: CustomRunRequest): Promise<Outcome> {
  try {
    const run = await judge.runCustom(request);
    const ran = run.verdict !== 'CE' && run.verdict !== 'IE';
    // A crash's message has the end of stderr already; a program that ran fine may have debug lines there.
    const stderr =
      run.verdict === 'AC' && run.stderrTail.trim() !== ''
        ? `it wrote to stderr:\n${run.stderrTail.trimEnd()}`
        : undefined;
    const message = [
      run.message,
      stderr,
      run.outputTruncated ? `the output was cut to its first ${maxRunOutputBytes / 1024} KiB` : undefined,
    ]
      .filter((line) => line !== undefined)
      .join('\n');
    return {
      verdict: run.verdict,
      ...(message === '' ? {} : { message: storableText(message) }),
      testsRun: ran ? 1 : 0,
      testsTotal: 1,
      compileMs: run.compileMs,
      ...(ran ? { output: storableText(run.output) } : {}),
      tests: [],
    };
  } catch (error) {
    if (error instanceof CustomRunUnsupportedError) return internalError(error.message);
    throw error;
  }
}

/** PostgreSQL text cannot hold NUL: a program may print one, so it is shown as U+FFFD instead. */
const storableText = (text: string) => text.replaceAll('\0', '\uFFFD');
