/**
 * Entity tags, the one place they are made and compared. Two kinds: a version ETag (`"3"`) for
 * records changed under optimistic concurrency (If-Match), and a content ETag (a hash of the exact
 * response body) for read-only documents that clients revalidate (If-None-Match → 304).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function versionEtag(version: number): string {
  return `"${version}"`;
}

/** Strong: the same bytes give the same tag on every instance, different bytes a different one. */
export function contentEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether If-None-Match names `etag` (RFC 9110 §13.1.2: `*`, or a list compared weakly, so a
 * `W/"…"` a proxy made of our tag still matches).
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * Sends an already serialized JSON body with its ETag, or 304 with no body when the client's copy is
 * current. `no-cache` lets browsers and proxies keep the document but revalidate before each use.
 */
export function sendRevalidatable(
  request: FastifyRequest,
  reply: FastifyReply,
  document: { etag: string; body: string },
) {
  reply.header('etag', document.etag).header('cache-control', 'no-cache');
  if (ifNoneMatchHits(request.headers['if-none-match'], document.etag)) return reply.code(304).send();
  // A string with a JSON content type is sent as is: it went through the route's serializer already.
  return reply.type('application/json; charset=utf-8').send(document.body);
}
