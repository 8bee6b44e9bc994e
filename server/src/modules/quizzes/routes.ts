/**
 * /api/v1 quiz routes: a topic's or week's quiz without answers, attempts (start, read, answer,
 * list), best scores and missed questions of the caller, and per-question statistics for admins.
 * Starting an attempt and answering have their own stricter rate limit (infra/http/rate-limit.ts).
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../infra/http/schemas.js';
import { type Guards, principalOf } from '../auth/guards.js';
import {
  attemptListQuery,
  attemptListSchema,
  attemptParams,
  attemptSchema,
  bestScoresSchema,
  missesSchema,
  questionParams,
  questionStatsSchema,
  quizOverviewSchema,
  startAttemptBody,
  submitAnswersBody,
  submitAnswersResponse,
  topicParams,
  topicStatsSchema,
  weekParams,
} from './schemas.js';
import type { QuizService } from './service.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { oauth2: [] }];

export function quizRoutes(deps: { quizzes: QuizService; guards: Guards }) {
  const { quizzes, guards } = deps;
  return async function register(instance: FastifyInstance) {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['quizzes'];

    app.get(
      '/quizzes/topics/:slug',
      {
        preParsing: guards.optionalUser,
        schema: {
          tags,
          security: [...security, {}],
          summary: "A topic's quiz, without answers (and your best score on it when signed in)",
          params: topicParams,
          response: { 200: quizOverviewSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => quizzes.overview({ topic: request.params.slug }, request.principal?.userId),
    );

    app.get(
      '/quizzes/weeks/:slug',
      {
        preParsing: guards.optionalUser,
        schema: {
          tags,
          security: [...security, {}],
          summary: "A week's quiz (every question of its topics), without answers",
          params: weekParams,
          response: { 200: quizOverviewSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => quizzes.overview({ week: request.params.slug }, request.principal?.userId),
    );

    app.post(
      '/quiz-attempts',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Start a quiz attempt of a topic or a week',
          description:
            'The questions are fixed when the attempt starts (an edit to the content later does not change them) and shown in an order shuffled for this attempt; options and ordering items are shuffled too, the same way every time the attempt is read.',
          body: startAttemptBody,
          response: { 201: attemptSchema, ...problemResponses(400, 401, 404, 429) },
        },
      },
      async (request, reply) => {
        const attempt = await quizzes.start(principalOf(request).userId, request.body);
        return reply.code(201).header('location', `/api/v1/quiz-attempts/${attempt.id}`).send(attempt);
      },
    );

    app.get(
      '/quiz-attempts/:id',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'One of your attempts: its questions, and the result of each one answered',
          params: attemptParams,
          response: { 200: attemptSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => quizzes.attempt(principalOf(request).userId, request.params.id),
    );

    app.post(
      '/quiz-attempts/:id/answers',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary:
            'Answer questions of an attempt: each is graded, with the explanation and why each option is right or wrong',
          description:
            'Send one answer at a time for immediate feedback, or all of them with `finish: true` for feedback at the end. Answers are final: a question answered before keeps its first answer (a retried request gets the same result). The attempt finishes, and is scored, when every question is answered or on `finish`; a finished attempt takes no more answers (409).',
          params: attemptParams,
          body: submitAnswersBody,
          response: { 200: submitAnswersResponse, ...problemResponses(400, 401, 404, 409, 429) },
        },
      },
      async (request) => quizzes.submit(principalOf(request).userId, request.params.id, request.body),
    );

    app.get(
      '/me/quiz-attempts',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Your quiz attempts, newest first',
          querystring: attemptListQuery,
          response: { 200: attemptListSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => quizzes.list(principalOf(request).userId, request.query),
    );

    app.get(
      '/me/quiz-scores',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Your best finished quiz score per topic',
          response: { 200: bestScoresSchema, ...problemResponses(401) },
        },
      },
      async (request) => quizzes.bestScores(principalOf(request).userId),
    );

    app.get(
      '/me/quiz-misses',
      {
        preParsing: guards.requireUser,
        schema: {
          tags,
          security,
          summary: 'Questions you got wrong and have not answered right since (for practice)',
          response: { 200: missesSchema, ...problemResponses(401) },
        },
      },
      async (request) => quizzes.misses(principalOf(request).userId),
    );

    app.get(
      '/admin/quiz-questions/:id/stats',
      {
        preParsing: guards.requireRole('admin'),
        schema: {
          tags,
          security,
          summary:
            'How a question is answered, per version: % right and how often each option is chosen (admin)',
          params: questionParams,
          response: { 200: questionStatsSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => quizzes.questionStats(request.params.id),
    );

    app.get(
      '/admin/quizzes/topics/:slug/stats',
      {
        preParsing: guards.requireRole('admin'),
        schema: {
          tags,
          security,
          summary: "Answers and % right for every question of a topic's quiz (admin)",
          params: topicParams,
          response: { 200: topicStatsSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => quizzes.topicStats(request.params.slug),
    );
  };
}
