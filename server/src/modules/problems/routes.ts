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
import { type Guards, principalOf } from '../auth/guards.js';
import type { CatalogRepository } from './catalog-repository.js';
import type { EditorialRepository } from './editorial-repository.js';
import { presentProblem } from './presenter.js';
import type { ProblemRepository } from './repository.js';
import type { ProblemResponseCache } from './response-cache.js';
import {
  editorialSchema,
  learnerProblemsSchema,
  listQuery,
  patternListSchema,
  problemListSchema,
  problemSchema,
  slugParams,
} from './schemas.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { oauth2: [] }];

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

export function problemRoutes(deps: {
  repository: ProblemRepository;
  catalog: CatalogRepository;
  editorials: EditorialRepository;
  responses: ProblemResponseCache;
  guards: Guards;
}) {
  const { repository, catalog, editorials, responses, guards } = deps;
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
            'Filters combine (AND). Send the ETag of a previous response in If-None-Match to get 304 when nothing changed. ' +
            'The status filter is yours, so it needs sign-in, and its answers are never shared through the cache.',
          security: [...security, {}],
          querystring: listQuery,
          ...revalidation,
          response: { 200: problemListSchema, ...notModified, ...problemResponses(400, 401) },
        },
        // Only the status filter reads the caller: every other list is the same for everyone and
        // costs no token check.
        preHandler: async (request) => {
          if ((request.query as { status?: string }).status !== undefined) await guards.requireUser(request);
        },
      },
      async (request, reply) => {
        const { limit, cursor, sort, direction, tag, difficulty, style, topic, week, status, q } =
          request.query;
        const page = () =>
          repository.list({
            limit,
            cursor,
            sort,
            direction,
            tag,
            difficulty,
            style,
            topic,
            week,
            status: status === undefined ? undefined : { userId: principalOf(request).userId, is: status },
            titleContains: q,
          });
        // Personal: never through the shared cache (and no-store, the API's default).
        if (status !== undefined) return page();
        const list = async () => serialize(reply, await page());
        const document = await responses.remember('list', request.query, list);
        return sendRevalidatable(request, reply, document);
      },
    );

    app.get(
      '/patterns',
      {
        schema: {
          tags,
          summary:
            'The pattern vocabulary: every pattern a problem may carry, with its group and problem count',
          ...revalidation,
          response: { 200: patternListSchema, ...notModified },
        },
      },
      async (request, reply) => {
        const document = await responses.remember('patterns', {}, async () =>
          serialize(reply, { items: await catalog.patterns() }),
        );
        return sendRevalidatable(request, reply, document);
      },
    );

    app.get(
      '/me/problems',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Your status on each problem you have sent something for (solved or attempted)',
          response: { 200: learnerProblemsSchema, ...problemResponses(401) },
        },
      },
      async (request) => ({ items: await repository.learnerStatuses(principalOf(request).userId) }),
    );

    app.get(
      '/problems/:slug/editorial',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: "The problem's editorial; opening it before solving is recorded as help",
          description:
            'Open it when stuck or after an accepted submission. The first opening is recorded: a problem accepted after reading the editorial counts as solved with help in your practice history.',
          params: slugParams,
          response: { 200: editorialSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => {
        const { slug } = request.params;
        const editorial = await editorials.latest(slug);
        if (editorial === undefined) {
          throw httpProblem.notFound(`There is no problem "${slug}". GET /api/v1/problems lists them.`);
        }
        if (editorial === null) throw httpProblem.notFound(`The problem "${slug}" has no editorial yet.`);
        const view = await editorials.recordView(principalOf(request).userId, editorial.problemId);
        return {
          markdown: editorial.markdown,
          firstViewedAt: view.firstViewedAt.toISOString(),
          solvedBefore: view.solvedBefore,
        };
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
