/**
 * The few calls of the public HTTP API that `winterarc submit` makes (sign in, submit, read a
 * submission), through a client typed from the API's OpenAPI document (the contract workspace), so a
 * change to a route's schema that the CLI does not follow fails the type check. Every failure becomes
 * a {@link UsageError} sentence: the server could not be reached, or what its RFC 9457 problem
 * document said (detail and field errors).
 * @see https://openapi-ts.dev/openapi-fetch/
 */
import type { ApiRequestBody, ApiResponse, paths } from '@winterarc/contract/openapi';
import createClient from 'openapi-fetch';
import { UsageError } from './run-command.js';

export type SubmissionDetail = ApiResponse<'/api/v1/submissions/{id}', 'get'>;
export type SubmitBody = ApiRequestBody<'/api/v1/submissions', 'post'>;
export type SubmissionAccepted = ApiResponse<'/api/v1/submissions', 'post', 202>;

/** A request that never got an HTTP answer (refused, reset, DNS, timeout): safe to retry idempotently. */
export class NetworkError extends UsageError {}

export interface ApiClient {
  readonly baseUrl: URL;
  signIn(email: string, password: string): Promise<string>;
  submit(token: string, body: SubmitBody, idempotencyKey: string): Promise<SubmissionAccepted>;
  submission(token: string, id: string): Promise<SubmissionDetail>;
}

const requestTimeoutMs = 30_000;

/** What openapi-fetch resolves with: the parsed body on success, the parsed error otherwise. */
interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** `base` must end in a slash so that paths resolve under it (a server behind a path prefix). */
export function apiClient(base: URL): ApiClient {
  const client = createClient<paths>({
    // openapi-fetch appends each route's absolute path ("/api/v1/…") to this prefix.
    baseUrl: base.href.replace(/\/$/, ''),
    fetch: (request) => fetch(request, { signal: AbortSignal.timeout(requestTimeoutMs) }),
  });

  async function call<T>(what: string, send: () => Promise<Outcome<T>>): Promise<T> {
    let outcome: Outcome<T>;
    try {
      outcome = await send();
    } catch (error) {
      if (error instanceof SyntaxError)
        throw new UsageError(`could not ${what}: the server at ${base.origin} did not answer with JSON`);
      throw new NetworkError(`cannot reach the server at ${base.origin} to ${what}: ${networkReason(error)}`);
    }
    const { data, error, response } = outcome;
    if (!response.ok) throw new UsageError(`could not ${what}: ${describeProblem(response.status, error)}`);
    if (data === undefined)
      throw new UsageError(`could not ${what}: the server at ${base.origin} did not answer with JSON`);
    return data;
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  return {
    baseUrl: base,
    async signIn(email, password) {
      const session = await call(`sign in as ${email}`, () =>
        client.POST('/api/v1/auth/signin', { body: { email, password } }),
      );
      return session.accessToken;
    },
    async submit(token, body, idempotencyKey) {
      const send = () =>
        call('submit', () =>
          client.POST('/api/v1/submissions', {
            body,
            params: { header: { 'idempotency-key': idempotencyKey } },
            headers: bearer(token),
          }),
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
      return call('read the submission', () =>
        client.GET('/api/v1/submissions/{id}', { params: { path: { id } }, headers: bearer(token) }),
      );
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
