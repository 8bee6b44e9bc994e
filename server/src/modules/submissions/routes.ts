/**
 * /api/v1/submissions: submit (202 + a status URL; judged in the background), read one, list. And
 * /api/v1/problems/:slug/submissions: a problem's accepted submissions.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { clientAddressOf } from '../../infra/http/client-address.js';
import { problemResponses } from '../../infra/http/schemas.js';
import { type Guards, principalOf } from '../auth/guards.js';
import { presentListItem, presentSubmission } from './presenter.js';
import {
  accepted,
  acceptedQuery,
  idempotencyHeaders,
  listQuery,
  submissionDetail,
  submissionPage,
  submitBody,
} from './schemas.js';
import type { SubmissionService } from './service.js';

/** The language and date-range filters both lists share, as the repository takes them. */
function commonFilters(query: { language?: string; from?: string; to?: string }) {
  return {
    ...(query.language === undefined ? {} : { language: query.language }),
    ...(query.from === undefined ? {} : { from: new Date(query.from) }),
    ...(query.to === undefined ? {} : { to: new Date(query.to) }),
  };
}

export function submissionRoutes(deps: { service: SubmissionService; guards: Guards }) {
  const { service, guards } = deps;
  return async function register(instance: FastifyInstance) {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['submissions'];
    const security: Record<string, string[]>[] = [{ bearer: [] }, { oauth2: [] }];

    app.post(
      '/submissions',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Submit a program to be judged',
          description:
            'Stores the submission and answers at once; follow `statusUrl` or the WebSocket at /api/v1/ws for the verdict.',
          body: submitBody,
          headers: idempotencyHeaders,
          response: { 202: accepted, ...problemResponses(400, 401, 413, 422, 429) },
        },
      },
      async (request, reply) => {
        const key = request.headers['idempotency-key'];
        const { submission } = await service.submit(principalOf(request), {
          ...request.body,
          clientAddress: clientAddressOf(request),
          ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
        });
        const statusUrl = `/api/v1/submissions/${submission.id}`;
        return reply
          .code(202)
          .header('location', statusUrl)
          .send({ id: submission.id, status: submission.status, statusUrl });
      },
    );

    app.get(
      '/submissions/:id',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'One submission: its state, verdict and per-test results',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 200: submissionDetail, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => {
        const { submission, problemSlug, results, queuePosition } = await service.get(
          principalOf(request),
          request.params.id,
        );
        return presentSubmission(submission, problemSlug, results, queuePosition);
      },
    );

    app.get(
      '/submissions',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Your submissions, newest first (admins: anyone’s, with `user`)',
          querystring: listQuery,
          response: { 200: submissionPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { limit, cursor, problem, verdict, user } = request.query;
        const page = await service.list(
          principalOf(request),
          {
            ...commonFilters(request.query),
            ...(problem === undefined ? {} : { problem }),
            ...(verdict === undefined ? {} : { verdict }),
            ...(user === undefined ? {} : { userId: user }),
          },
          { limit, cursor },
        );
        return { data: page.data.map((row) => presentListItem(row)), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/problems/:slug/submissions',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: "A problem's accepted full submissions, newest first (no source code)",
          description:
            'Only submissions judged on every test (mode "submit") with verdict AC; runs on the samples are not listed. Learners who chose anonymity (PATCH /users/me) appear as "Anonymous".',
          params: Type.Object({ slug: Type.String({ minLength: 1, maxLength: 64 }) }),
          querystring: acceptedQuery,
          response: { 200: submissionPage, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => {
        const { limit, cursor } = request.query;
        const page = await service.accepted(request.params.slug, commonFilters(request.query), {
          limit,
          cursor,
        });
        return { data: page.data.map((row) => presentListItem(row, 'public')), nextCursor: page.nextCursor };
      },
    );
  };
}
