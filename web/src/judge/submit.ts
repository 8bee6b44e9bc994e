/**
 * Sends a submission so that a click judges at most once. Each click gets a fresh Idempotency-Key;
 * when the POST fails without an answer (network error: the server may or may not have stored it),
 * it is retried with the SAME key, so the server hands back the first submission instead of a twin.
 */
import type { ApiClient } from '../api/client';
import { postSubmission } from '../api/endpoints';
import { ApiError } from '../api/errors';
import type { SubmissionAccepted, SubmissionInput } from '../api/types';

export interface SendOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Wait before retry number `retry` (1-based). */
  delayMs?: (retry: number) => number;
  newKey?: () => string;
  sleep?: (ms: number) => Promise<void>;
}

const isNetworkError = (error: unknown) => error instanceof ApiError && error.status === 0;

export async function sendSubmission(
  client: ApiClient,
  input: SubmissionInput,
  options: SendOptions = {},
): Promise<SubmissionAccepted> {
  const attempts = options.attempts ?? 3;
  const delayMs = options.delayMs ?? ((retry) => 500 * 2 ** (retry - 1));
  const sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const key = (options.newKey ?? (() => crypto.randomUUID()))();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await postSubmission(client, input, key);
    } catch (error) {
      if (!isNetworkError(error) || attempt >= attempts) throw error;
      await sleep(delayMs(attempt));
    }
  }
}
