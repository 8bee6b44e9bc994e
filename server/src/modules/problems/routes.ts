/**
 * /api/v1/problems: the public catalogue (filtered, paged) and one problem in full. Both are the same
 * for every caller, so both are served from the response cache and carry a content ETag: a client
 * that sends it back in If-None-Match gets 304 with no body.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { sendRevalidatable } from '../../infra/http/etag.js';
import { httpProblem } from '../../infra/http/problem.js';
import { problemResponses } from '../../infra/http/schemas.js';
import { presentProblem } from './presenter.js';
import type { ProblemRepository } from './repository.js';
import type { ProblemResponseCache } from './response-cache.js';
import { listQuery, problemListSchema, problemSchema, slugParams } from './schemas.js';

const revalidation = {
  headers: Type.Object({ 'if-none-match': Type.Optional(Type.String({ maxLength: 1024 })) }),
};
const notModified = {
  304: Type.Null({ description: 'Not modified: your copy (the ETag you sent in If-None-Match) is current.' }),
};

/** The body as the route's response schema serializes it (unknown fields dropped), as text. */
function serialize(reply: FastifyReply, payload: unknown): string {
  const body = reply.serialize(payload);
  return typeof body === 'string' ? body : Buffer.from(body as ArrayBuffer).toString('utf8');
}

export function problemRoutes(deps: { repository: ProblemRepository; responses: ProblemResponseCache }) {
  const { repository, responses } = deps;
  return async function register(instance: FastifyInstance) {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['problems'];

    app.get(
      '/problems',
      {
        schema: {
          tags,
          summary: 'The problems, filtered and paged',
          description:
            'Filters combine (AND). Send the ETag of a previous response in If-None-Match to get 304 when nothing changed.',
          querystring: listQuery,
          ...revalidation,
          response: { 200: problemListSchema, ...notModified, ...problemResponses(400) },
        },
      },
      async (request, reply) => {
        const { limit, cursor, sort, direction, tag, difficulty, style, q } = request.query;
        const document = await responses.remember('list', request.query, async () =>
          serialize(
            reply,
            await repository.list({
              limit,
              cursor,
              sort,
              direction,
              tag,
              difficulty,
              style,
              titleContains: q,
            }),
          ),
        );
        return sendRevalidatable(request, reply, document);
      },
    );

    app.get(
      '/problems/:slug',
      {
        schema: {
          tags,
          summary: 'One problem: statement, samples, limits, languages and starter code',
          params: slugParams,
          ...revalidation,
          response: { 200: problemSchema, ...notModified, ...problemResponses(400, 404) },
        },
      },
      async (request, reply) => {
        const { slug } = request.params;
        const document = await responses.remember('detail', { slug }, async () => {
          const row = await repository.findLatest(slug);
          if (row === undefined) {
            throw httpProblem.notFound(`There is no problem "${slug}". GET /api/v1/problems lists them.`);
          }
          return serialize(reply, presentProblem(row));
        });
        return sendRevalidatable(request, reply, document);
      },
    );
  };
}
