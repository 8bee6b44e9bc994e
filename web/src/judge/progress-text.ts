/** The one-line progress of a submission that has no verdict yet, from its latest live event. */
import { queuePlaceText } from '@winterarc/contract';
import type { Submission } from '../api/types';
import type { SubmissionEvent } from './live-events';

export function progressText(event: SubmissionEvent | undefined, submission: Submission | undefined): string {
  switch (event?.stage) {
    case 'compiling':
      return 'Compiling…';
    case 'testing':
      return `Test ${event.test} of ${event.of}`;
    case 'judging':
    case 'done':
      return 'Judging…';
    case 'delayed':
      return 'Delayed';
    case 'queued':
      return `Waiting for a judge: ${queuePlaceText(event.position)}`;
    default:
      if (submission?.status === 'judging') return 'Judging…';
      if (submission?.delayed != null) return 'Delayed';
      return submission?.queuePosition != null
        ? `Waiting for a judge: ${queuePlaceText(submission.queuePosition)}`
        : 'Waiting for a judge…';
  }
}

/** Why judging is held up, while it is (the latest event says so, or the submission did before any event). */
export function delayReason(
  event: SubmissionEvent | undefined,
  submission: Submission | undefined,
): string | undefined {
  if (event?.stage === 'delayed') return event.reason;
  if (event === undefined && submission?.status === 'queued') return submission.delayed?.reason;
  return undefined;
}
