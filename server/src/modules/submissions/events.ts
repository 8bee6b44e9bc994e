/**
 * The live events of a submission, as the worker publishes them and the WebSocket forwards them.
 * Each goes to its owner's channel only, so a subscriber can never hear about someone else's work.
 */
import type { Verdict } from './repository.js';

export type SubmissionEvent =
  | { type: 'submission'; id: string; stage: 'judging'; attempt: number }
  | { type: 'submission'; id: string; stage: 'compiling' }
  /** Judging is held up (queued too long, or parked for an operator): why, in the learner's words. */
  | { type: 'submission'; id: string; stage: 'delayed'; reason: string }
  | { type: 'submission'; id: string; stage: 'testing'; test: number; of: number }
  | {
      type: 'submission';
      id: string;
      stage: 'done';
      verdict: Verdict;
      score: number | null;
      testsRun: number;
      testsTotal: number;
    };

export const userChannel = (userId: string) => `user:${userId}`;
