/**
 * The HTTP API's types, generated from the server's route schemas (src/generated/openapi.ts), and
 * short names for the parts clients need: a route's JSON body, its JSON answer, its query.
 * @see https://openapi-ts.dev/
 */
import type { components, paths } from './generated/openapi.js';

export type { components, paths };

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON a route answers with `status` (200 unless given). */
export type ApiResponse<
  Path extends keyof paths,
  M extends Method & keyof paths[Path],
  Status extends number = 200,
> = paths[Path][M] extends { responses: infer R }
  ? Status extends keyof R
    ? R[Status] extends { content: { 'application/json': infer Body } }
      ? Body
      : never
    : never
  : never;

/** The JSON body a route takes. */
export type ApiRequestBody<
  Path extends keyof paths,
  M extends Method & keyof paths[Path],
> = paths[Path][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The query parameters a route takes. */
export type ApiQuery<
  Path extends keyof paths,
  M extends Method & keyof paths[Path],
> = paths[Path][M] extends {
  parameters: { query?: infer Query };
}
  ? NonNullable<Query>
  : never;

/** A named schema of the document (the RFC 9457 problem document, the user). */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];
