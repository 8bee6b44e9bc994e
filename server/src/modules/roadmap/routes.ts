/**
 * /api/v1/roadmap: the curriculum tree with the caller's progress, topics in full, and the caller's
 * progress per topic (ETag / If-Match guarded), export and import.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { versionEtag } from '../../infra/http/etag.js';
import { httpProblem } from '../../infra/http/problem.js';
import { problemResponses } from '../../infra/http/schemas.js';
import { type Guards, principalOf } from '../auth/guards.js';
import type { QuizService } from '../quizzes/service.js';
import type { ProgressRow } from './progress-repository.js';
import {
  progressExportSchema,
  progressPatchBody,
  progressSchema,
  slugParams,
  topicSchema,
  treeSchema,
} from './schemas.js';
import type { RoadmapService } from './service.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { oauth2: [] }];

/** If-Match → the version it names; undefined when absent. Only a single strong ETag of ours is valid. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*"(\d{1,9})"\s*$/.exec(header);
  if (match === null) {
    throw httpProblem.preconditionFailed(
      'If-Match must be one ETag from a previous GET of this progress, like "3".',
    );
  }
  return Number(match[1]);
}

function presentProgress(reply: FastifyReply, row: ProgressRow) {
  reply.header('etag', versionEtag(row.version));
  return {
    status: row.status,
    note: row.note,
    version: row.version,
    updatedAt: row.updatedAt?.toISOString() ?? null,
  };
}

export function roadmapRoutes(deps: { roadmap: RoadmapService; quizzes: QuizService; guards: Guards }) {
  const { roadmap, quizzes, guards } = deps;
  return async function register(instance: FastifyInstance) {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['roadmap'];

    app.get(
      '/roadmap',
      {
        preParsing: guards.optionalUser,
        schema: {
          tags,
          security: [...security, {}],
          summary:
            'The whole roadmap: sessions → weeks → bullets → topics, with your progress when signed in',
          response: { 200: treeSchema, ...problemResponses(401) },
        },
      },
      async (request) => roadmap.tree(request.principal?.userId),
    );

    app.get(
      '/roadmap/topics/:slug',
      {
        preParsing: guards.optionalUser,
        schema: {
          tags,
          security: [...security, {}],
          summary: 'One topic in full: explanation, objectives, tags, and your progress when signed in',
          params: slugParams,
          response: { 200: topicSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => {
        const topic = await roadmap.topic(request.params.slug, request.principal?.userId);
        const { progress, ...rest } = topic;
        return progress === undefined
          ? rest
          : {
              ...rest,
              progress: {
                status: progress.status,
                note: progress.note,
                version: progress.version,
                updatedAt: progress.updatedAt?.toISOString() ?? null,
              },
            };
      },
    );

    app.get(
      '/roadmap/topics/:slug/progress',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Your status and note on a topic; the ETag is the version to send in If-Match',
          params: slugParams,
          response: { 200: progressSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request, reply) =>
        presentProgress(reply, await roadmap.progressOf(principalOf(request).userId, request.params.slug)),
    );

    app.patch(
      '/roadmap/topics/:slug/progress',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Change your status and/or note on a topic',
          description:
            'Send `If-Match` with the ETag you last read to make sure you do not overwrite a change made elsewhere (another tab or device): a stale ETag gets 412. Without If-Match the change is applied as is.',
          params: slugParams,
          headers: Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 32 })) }),
          body: progressPatchBody,
          response: { 200: progressSchema, ...problemResponses(400, 401, 404, 412) },
        },
      },
      async (request, reply) => {
        const expected = parseIfMatch(request.headers['if-match']);
        const row = await roadmap.updateProgress(
          principalOf(request).userId,
          request.params.slug,
          request.body,
          expected,
        );
        return presentProgress(reply, row);
      },
    );

    app.get(
      '/me/progress/export',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Download all your progress, notes and quiz attempts as JSON',
          response: { 200: progressExportSchema, ...problemResponses(401) },
        },
      },
      async (request, reply) => {
        reply.header('content-disposition', 'attachment; filename="winterarc-progress.json"');
        const userId = principalOf(request).userId;
        const progress = await roadmap.exportProgress(userId);
        return { ...progress, quizAttempts: await quizzes.exportAttempts(userId) };
      },
    );

    app.post(
      '/me/progress/import',
      {
        preParsing: guards.requireUser,
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          tags,
          security,
          summary: 'Restore progress and quiz attempts from an export (all items or none)',
          description:
            'Quiz answers are graded again on this server (a file cannot set a score); an attempt already here (same id) is skipped, so importing a file twice adds nothing.',
          body: progressExportSchema,
          response: {
            200: Type.Object({
              imported: Type.Integer({ description: 'Topics whose progress was written.' }),
              quizAttempts: Type.Integer({ description: 'Quiz attempts added.' }),
            }),
            ...problemResponses(400, 401),
          },
        },
      },
      async (request) => {
        const userId = principalOf(request).userId;
        const prepared = await quizzes.prepareImport(request.body.quizAttempts ?? []);
        let quizAttempts = 0;
        const { imported } = await roadmap.importProgress(userId, request.body.items, {
          errors: prepared.errors,
          afterwards: async () => {
            quizAttempts = await quizzes.importAttempts(userId, prepared.rows);
          },
        });
        return { imported, quizAttempts };
      },
    );
  };
}
