import { ApiError, describeError } from '../api/errors';
import { humanizeFieldMessages } from '../api/field-messages';
import { formatWait } from '../text/duration';
import { Notice } from './Notice';

interface FormProblemProps {
  error: unknown;
  /** Seconds left of a 429's wait, from useRetryCountdown. */
  retryInSeconds: number;
}

/** The whole-form message of a failed submit; field messages are shown next to their fields. */
export function FormProblem({ error, retryInSeconds }: FormProblemProps) {
  if (error === null || error === undefined) return null;
  const throttled = error instanceof ApiError && error.status === 429;
  return (
    <Notice tone="error">
      <p>{describeError(error)}</p>
      {throttled && (
        <p>
          {retryInSeconds > 0
            ? `You can try again in ${formatWait(retryInSeconds)}.`
            : 'You can try again now.'}
        </p>
      )}
    </Notice>
  );
}

/** The server's messages for one field of the submitted form, worded for people. */
export function fieldErrors(error: unknown, field: string): string[] {
  return error instanceof ApiError ? humanizeFieldMessages(error.messagesFor(field)) : [];
}
