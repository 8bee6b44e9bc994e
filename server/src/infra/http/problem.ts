/**
 * Every error the API returns is an RFC 9457 problem document (`application/problem+json`) whose
 * `type` is a stable URN a client can branch on. This module is the only place those errors are made.
 * @see https://www.rfc-editor.org/rfc/rfc9457
 */
import { STATUS_CODES } from 'node:http';

export const problemTypes = {
  validation: 'urn:winterarc:problem:validation',
  malformedRequest: 'urn:winterarc:problem:malformed-request',
  unauthenticated: 'urn:winterarc:problem:unauthenticated',
  forbidden: 'urn:winterarc:problem:forbidden',
  notFound: 'urn:winterarc:problem:not-found',
  conflict: 'urn:winterarc:problem:conflict',
  preconditionFailed: 'urn:winterarc:problem:precondition-failed',
  tooManyRequests: 'urn:winterarc:problem:too-many-requests',
  unsupportedMediaType: 'urn:winterarc:problem:unsupported-media-type',
  payloadTooLarge: 'urn:winterarc:problem:payload-too-large',
  uriTooLong: 'urn:winterarc:problem:uri-too-long',
  headersTooLarge: 'urn:winterarc:problem:headers-too-large',
  requestTimeout: 'urn:winterarc:problem:request-timeout',
  idempotencyKeyReused: 'urn:winterarc:problem:idempotency-key-reused',
  unavailable: 'urn:winterarc:problem:unavailable',
  internal: 'urn:winterarc:problem:internal',
} as const;

/** One wrong field in a request: where it is, and what is wrong with it in words a person can act on. */
export interface FieldError {
  /** Which part of the request: body, querystring, params or headers. */
  in: string;
  /** Dotted path of the field (`email`, `items.3.status`); empty for the part as a whole. */
  field: string;
  message: string;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  get title(): string {
    return STATUS_CODES[this.status] ?? 'Error';
  }

  toJSON(instance: string): Record<string, unknown> {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.detail,
      instance,
      ...this.extensions,
    };
  }
}

export const httpProblem = {
  validation: (detail: string, errors: FieldError[]) =>
    new HttpProblem(400, problemTypes.validation, detail, { errors }),
  malformedRequest: (detail: string) => new HttpProblem(400, problemTypes.malformedRequest, detail),
  unauthenticated: (detail: string) =>
    new HttpProblem(401, problemTypes.unauthenticated, detail, {}, { 'www-authenticate': 'Bearer' }),
  forbidden: (detail: string) => new HttpProblem(403, problemTypes.forbidden, detail),
  notFound: (detail: string) => new HttpProblem(404, problemTypes.notFound, detail),
  conflict: (detail: string) => new HttpProblem(409, problemTypes.conflict, detail),
  preconditionFailed: (detail: string, extensions: Record<string, unknown> = {}) =>
    new HttpProblem(412, problemTypes.preconditionFailed, detail, extensions),
  tooManyRequests: (detail: string, retryAfterSeconds: number) =>
    new HttpProblem(
      429,
      problemTypes.tooManyRequests,
      detail,
      { retryAfterSeconds },
      { 'retry-after': String(retryAfterSeconds) },
    ),
  unavailable: (detail: string) => new HttpProblem(503, problemTypes.unavailable, detail),
};
