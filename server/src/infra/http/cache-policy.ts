/**
 * API answers are `Cache-Control: no-store` unless a route says otherwise: most of them depend on who
 * asks (your account, progress, notes, submissions, tokens), and a shared or browser cache must not
 * keep them. Public documents that clients may keep and revalidate (problem lists and statements)
 * set their own `no-cache` + ETag (etag.ts), which this leaves alone.
 * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.5
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
import type { FastifyInstance } from 'fastify';

export function storeNothingByDefault(api: FastifyInstance) {
  api.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
