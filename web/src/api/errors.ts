/**
 * Every failed request becomes an ApiError. The server answers errors with RFC 9457 problem
 * documents; anything else (a proxy's HTML page, a dropped connection) is turned into the same shape
 * so screens have one thing to render.
 * @see https://www.rfc-editor.org/rfc/rfc9457
 */
import type { FieldError } from './types';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** `status` 0 means the server could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly instance: string | undefined;
  readonly fieldErrors: FieldError[];
  /** Extension members such as `retryAfterSeconds` or `currentVersion`. */
  readonly extensions: Record<string, unknown>;

  constructor(problem: ProblemDocument) {
    super(problem.detail);
    this.name = 'ApiError';
    const { type, title, status, detail, instance, errors, ...extensions } = problem;
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.instance = instance;
    this.fieldErrors = errors ?? [];
    this.extensions = extensions;
  }

  /** Seconds to wait before retrying a throttled request (429), if the server said. */
  get retryAfterSeconds(): number | undefined {
    return numberOrUndefined(this.extensions.retryAfterSeconds);
  }

  /** The version the server holds now, sent with a 412 on a stale If-Match. */
  get currentVersion(): number | undefined {
    return numberOrUndefined(this.extensions.currentVersion);
  }

  /** Messages for one body field, to show next to that field. */
  messagesFor(field: string): string[] {
    return this.fieldErrors.filter((error) => error.field === field).map((error) => error.message);
  }
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value.in === 'string' &&
    typeof value.field === 'string' &&
    typeof value.message === 'string'
  );
}

const genericDetails: Record<number, string> = {
  0: 'Could not reach the server. Check your connection and try again.',
  401: 'Please sign in again.',
  404: 'Not found.',
  502: 'The server is unavailable right now. Try again in a moment.',
  503: 'The server is unavailable right now. Try again in a moment.',
  504: 'The server took too long to answer. Try again in a moment.',
};

/**
 * Builds the ApiError for a response with this status and (already parsed) body. Tolerates bodies
 * that are not problem documents, and drops malformed field errors rather than failing on them.
 */
export function toApiError(status: number, statusText: string, body: unknown): ApiError {
  const problem = isRecord(body) ? body : {};
  const detail =
    typeof problem.detail === 'string' && problem.detail !== ''
      ? problem.detail
      : (genericDetails[status] ?? `The request failed (${[status, statusText].join(' ').trim()}).`);
  const errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
  return new ApiError({
    ...problem,
    type: typeof problem.type === 'string' ? problem.type : 'about:blank',
    title: typeof problem.title === 'string' ? problem.title : statusText || 'Error',
    status: typeof problem.status === 'number' ? problem.status : status,
    detail,
    instance: typeof problem.instance === 'string' ? problem.instance : undefined,
    errors,
  });
}

/** The error for a fetch that never got a response (offline, DNS, connection reset). */
export function networkError(cause: unknown): ApiError {
  const error = toApiError(0, '', undefined);
  error.cause = cause;
  return error;
}

/** What to show a person for any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** A change sent with a stale If-Match: someone else changed the resource first. */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 412;
}
