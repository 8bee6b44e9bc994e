/**
 * Submitting and reading submissions, with the rules: which languages a problem takes, how large a
 * source may be, who may see what (the owner and admins; nobody else learns a submission exists).
 */
import { functionLanguages, type LanguageId, languageIds, maxSourceBytes } from '@winterarc/judge';
import { HttpProblem, httpProblem, problemTypes } from '../../infra/http/problem.js';
import type { AccessClaims } from '../auth/tokens.js';
import type { ProblemRepository } from '../problems/repository.js';
import type { FairQueue } from './fair-queue.js';
import {
  type ListFilters,
  type NewSubmission,
  type QueueCaps,
  QueueFullError,
  type SubmissionRepository,
  type SubmissionRow,
} from './repository.js';

/** Largest custom input for a "run" (the judge's stdin for one run). */
export const maxCustomInputBytes = 64 * 1024;

export interface SubmitRequest {
  problem: string;
  language: string;
  source: string;
  mode: 'run' | 'submit';
  input?: string;
  idempotencyKey?: string;
  /** Where it came from (normalised client address): the per-address queue cap. */
  clientAddress?: string;
}

/** When a learner told the queue is full should try again: about one short judging run. */
export const queueFullRetryAfterSeconds = 10;

export function createSubmissionService(deps: {
  submissions: SubmissionRepository;
  /** The judge line: a queued submission's place in it. */
  line: Pick<FairQueue, 'placeOf'>;
  /** Unfinished submissions allowed per learner and per address. */
  queueCaps: QueueCaps;
  problems: Pick<ProblemRepository, 'latestVersionRef' | 'idOf'>;
  /** Called after a submission is committed, so its event is published without waiting for a poll. */
  onCreated?: () => void;
}) {
  const { submissions } = deps;

  /** Stores it unless its learner or address already has a full queue (429, what to do, when to retry). */
  const create = async (input: NewSubmission) => {
    try {
      return await submissions.create(input, deps.queueCaps);
    } catch (error) {
      if (!(error instanceof QueueFullError)) throw error;
      const who =
        error.cap === 'user'
          ? `You have ${error.limit} submissions waiting or being judged, the most one learner may have`
          : `${error.limit} submissions from your network address are waiting or being judged, the most one address may have`;
      throw new HttpProblem(
        429,
        problemTypes.tooManyRequests,
        `${who}. Wait for a verdict, then submit again.`,
        { retryAfterSeconds: queueFullRetryAfterSeconds, cap: `queued-per-${error.cap}`, limit: error.limit },
        { 'retry-after': String(queueFullRetryAfterSeconds) },
      );
    }
  };

  const canSee = (caller: AccessClaims, row: SubmissionRow) =>
    row.userId === caller.userId || caller.role === 'admin';

  return {
    async submit(caller: AccessClaims, request: SubmitRequest) {
      const problem = await deps.problems.latestVersionRef(request.problem);
      if (problem === undefined) {
        throw httpProblem.validation('No such problem.', [
          { in: 'body', field: 'problem', message: `no problem has the slug "${request.problem}"` },
        ]);
      }
      const allowed: readonly string[] = problem.style === 'function' ? functionLanguages : languageIds;
      if (!allowed.includes(request.language)) {
        throw httpProblem.validation('This problem cannot be solved in that language.', [
          { in: 'body', field: 'language', message: `must be one of ${allowed.join(', ')}` },
        ]);
      }
      if (Buffer.byteLength(request.source) > maxSourceBytes) {
        throw new HttpProblem(
          413,
          problemTypes.payloadTooLarge,
          `The source is larger than ${maxSourceBytes / 1024} KiB; submit a shorter program.`,
        );
      }
      // An interactive problem's program talks to its interactor: there is no plain stdin to give it.
      const interactive = (problem.settings as { interactive?: unknown }).interactive === true;
      if (
        request.input !== undefined &&
        (request.mode !== 'run' || problem.style !== 'stdio' || interactive)
      ) {
        throw httpProblem.validation('Custom input is for runs of stdio problems.', [
          {
            in: 'body',
            field: 'input',
            message:
              'send input only with mode "run" on a non-interactive stdio problem (function and interactive problems run their samples)',
          },
        ]);
      }
      const result = await create({
        userId: caller.userId,
        problemId: problem.problemId,
        problemVersionId: problem.versionId,
        language: request.language as LanguageId,
        mode: request.mode,
        source: request.source,
        ...(request.input === undefined ? {} : { customInput: request.input }),
        ...(request.idempotencyKey === undefined ? {} : { idempotencyKey: request.idempotencyKey }),
        ...(request.clientAddress === undefined ? {} : { clientAddress: request.clientAddress }),
      });
      if (!result.created) {
        const same =
          result.submission.source === request.source &&
          result.submission.language === request.language &&
          result.submission.mode === request.mode &&
          result.submission.problemVersionId === problem.versionId &&
          (result.submission.customInput ?? undefined) === request.input;
        if (!same) {
          // The IETF Idempotency-Key draft: a key reused for a different request is refused.
          throw new HttpProblem(
            422,
            problemTypes.idempotencyKeyReused,
            'This Idempotency-Key was already used for a different submission. Use a new key for a new submission.',
          );
        }
      } else {
        deps.onCreated?.();
      }
      return result;
    },

    async get(caller: AccessClaims, id: string) {
      const found = await submissions.findById(id);
      if (found === undefined || !canSee(caller, found.submission)) {
        throw httpProblem.notFound('No submission with this id is visible to you.');
      }
      const queuePosition =
        found.submission.status === 'queued' ? ((await deps.line.placeOf(id)) ?? null) : null;
      return { ...found, queuePosition, results: await submissions.resultsOf(id) };
    },

    async list(
      caller: AccessClaims,
      filters: Omit<ListFilters, 'problemId'> & { problem?: string },
      page: { limit: number; cursor: string | undefined },
    ) {
      if (filters.userId !== undefined && filters.userId !== caller.userId && caller.role !== 'admin') {
        throw httpProblem.forbidden("Only admins can list other people's submissions.");
      }
      const userId = caller.role === 'admin' ? filters.userId : caller.userId;
      // An unknown slug matches nothing (-1 is no problem's id), as any other filter value would.
      const problemId =
        filters.problem === undefined ? undefined : ((await deps.problems.idOf(filters.problem)) ?? -1);
      return submissions.list({ ...filters, userId, problemId }, page);
    },

    /**
     * A problem's accepted submissions (anyone signed in; no source code in the list): full
     * submissions only, since a run on the samples proves nothing about the hidden tests.
     */
    async accepted(
      slug: string,
      filters: Pick<ListFilters, 'language' | 'from' | 'to'>,
      page: { limit: number; cursor: string | undefined },
    ) {
      const problemId = await deps.problems.idOf(slug);
      if (problemId === undefined) throw httpProblem.notFound(`No problem has the slug "${slug}".`);
      return submissions.list({ ...filters, problemId, verdict: 'AC', mode: 'submit' }, page);
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
