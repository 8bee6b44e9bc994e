/** The one-line progress of a submission that has no verdict yet, from its latest live event. */
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
    default:
      return submission?.status === 'judging' ? 'Judging…' : 'Waiting for a judge…';
  }
}
