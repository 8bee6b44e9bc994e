/**
 * The few calls of the public HTTP API that `winterarc submit` makes (sign in, submit, read a
 * submission), over the runtime's fetch. Every failure becomes a {@link UsageError} sentence: the
 * server could not be reached, or what its RFC 9457 problem document said (detail and field errors).
 */
import { UsageError } from './run-command.js';

export interface SubmissionDetail {
  id: string;
  problem: string;
  language: string;
  mode: 'run' | 'submit';
  status: 'queued' | 'judging' | 'done';
  verdict: 'AC' | 'WA' | 'TLE' | 'MLE' | 'RE' | 'OLE' | 'CE' | 'IE' | null;
  score: number | null;
  maxScore: number | null;
  message: string | null;
  testsRun: number | null;
  testsTotal: number | null;
  compileMs: number | null;
  output: string | null;
  tests: Array<{
    name: string;
    sample: boolean;
    verdict: NonNullable<SubmissionDetail['verdict']>;
    timeMs: number;
    memoryKb: number;
    message: string | null;
  }>;
}

export interface SubmitBody {
  problem: string;
  language: string;
  source: string;
  mode: 'run' | 'submit';
  input?: string;
}

/** A request that never got an HTTP answer (refused, reset, DNS, timeout): safe to retry idempotently. */
export class NetworkError extends UsageError {}

export interface ApiClient {
  readonly baseUrl: URL;
  signIn(email: string, password: string): Promise<string>;
  submit(token: string, body: SubmitBody, idempotencyKey: string): Promise<{ id: string; statusUrl: string }>;
  submission(token: string, id: string): Promise<SubmissionDetail>;
}

const requestTimeoutMs = 30_000;

/** `base` must end in a slash so that paths resolve under it (a server behind a path prefix). */
export function apiClient(base: URL): ApiClient {
  const url = (path: string) => new URL(path, base);

  async function call<T>(what: string, path: string, init: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url(path), { ...init, signal: AbortSignal.timeout(requestTimeoutMs) });
    } catch (error) {
      throw new NetworkError(`cannot reach the server at ${base.origin} to ${what}: ${networkReason(error)}`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) throw new UsageError(`could not ${what}: ${describeProblem(response.status, body)}`);
    if (body === undefined)
      throw new UsageError(`could not ${what}: the server at ${base.origin} did not answer with JSON`);
    return body as T;
  }

  const json = (token: string | undefined, payload: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: JSON.stringify(payload),
  });

  return {
    baseUrl: base,
    async signIn(email, password) {
      const session = await call<{ accessToken: string }>(
        `sign in as ${email}`,
        'api/v1/auth/signin',
        json(undefined, { email, password }),
      );
      return session.accessToken;
    },
    async submit(token, body, idempotencyKey) {
      const send = () =>
        call<{ id: string; statusUrl: string }>(
          'submit',
          'api/v1/submissions',
          json(token, body, { 'idempotency-key': idempotencyKey }),
        );
      try {
        return await send();
      } catch (error) {
        // The request may have arrived and only its answer been lost: the same key makes the retry safe.
        if (error instanceof NetworkError) return send();
        throw error;
      }
    },
    submission(token, id) {
      return call<SubmissionDetail>('read the submission', `api/v1/submissions/${encodeURIComponent(id)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    },
  };
}

function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `no answer in ${requestTimeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** An RFC 9457 problem in a sentence: the detail, then each field error on a line of its own. */
export function describeProblem(status: number, body: unknown): string {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as {
    title?: unknown;
    detail?: unknown;
    errors?: unknown;
  };
  const detail =
    typeof problem.detail === 'string'
      ? problem.detail
      : typeof problem.title === 'string'
        ? problem.title
        : `HTTP ${status}`;
  const fields = Array.isArray(problem.errors)
    ? problem.errors
        .filter((e): e is { field?: unknown; message?: unknown } => typeof e === 'object' && e !== null)
        .map((e) => `\n  ${String(e.field ?? '') || 'request'}: ${String(e.message ?? '')}`)
    : [];
  return `${detail}${fields.join('')}`;
}
