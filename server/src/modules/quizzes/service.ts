/**
 * Quizzes as a learner takes them: a topic's or week's questions without answers; an attempt with
 * its questions fixed and shuffled; answers graded once each (immediate feedback sends one at a
 * time, end-of-quiz feedback sends all with `finish`); attempts listed, best scores per topic, the
 * questions missed; per-question statistics for admins; attempts in the progress export.
 */
import { randomUUID } from 'node:crypto';
import { httpProblem } from '../../infra/http/problem.js';
import { isCorrect, type Response, responseProblem } from './grade.js';
import { presentQuestion, presentResult } from './presenter.js';
import type { AnswerRow, AttemptRow, QuizRepository, QuizScope, StoredQuestion } from './repository.js';
import { shuffledFor } from './shuffle.js';

/** Week quizzes draw this many questions unless asked for another number. */
export const defaultWeekQuizSize = 20;
/** The order of a preview (GET of a quiz outside an attempt) is fixed by this seed. */
const previewSeed = 'preview';

export interface ExportedAttempt {
  id: string;
  topic?: string | undefined;
  week?: string | undefined;
  createdAt: string;
  finishedAt: string | null;
  answers: { question: string; version: number; response: Response | null; answeredAt: string | null }[];
}

export function createQuizService(deps: { quizzes: QuizRepository }) {
  const { quizzes } = deps;

  async function scopeOf(request: {
    topic?: string | undefined;
    week?: string | undefined;
  }): Promise<QuizScope & { title: string }> {
    if ((request.topic === undefined) === (request.week === undefined))
      throw httpProblem.validation('Say which quiz: give "topic" or "week", not both.', [
        { in: 'body', field: 'topic', message: 'give exactly one of "topic" and "week"' },
      ]);
    if (request.topic !== undefined) {
      const topic = await quizzes.topicBySlug(request.topic);
      if (topic === undefined)
        throw httpProblem.notFound(`There is no topic "${request.topic}". GET /api/v1/roadmap lists them.`);
      return { kind: 'topic', id: topic.id, slug: topic.slug, title: topic.title };
    }
    const week = await quizzes.weekBySlug(request.week!);
    if (week === undefined)
      throw httpProblem.notFound(`There is no week "${request.week}". GET /api/v1/roadmap lists them.`);
    return { kind: 'week', id: week.id, slug: week.slug, title: week.title };
  }

  function summary(attempt: AttemptRow, total: number) {
    return {
      id: attempt.id,
      topic: attempt.topicSlug,
      week: attempt.weekSlug,
      createdAt: attempt.createdAt.toISOString(),
      finishedAt: attempt.finishedAt?.toISOString() ?? null,
      score: attempt.score,
      total,
    };
  }

  async function load(userId: string, attemptId: string) {
    const found = await quizzes.attemptOf(userId, attemptId);
    if (found === undefined)
      throw httpProblem.notFound(
        `You have no quiz attempt ${attemptId}. GET /api/v1/me/quiz-attempts lists yours.`,
      );
    const versions = await quizzes.versions(found.answers.map((a) => a.questionVersionId));
    return { ...found, versions };
  }

  function present(attempt: AttemptRow, answers: AnswerRow[], versions: Map<number, StoredQuestion>) {
    return {
      ...summary(attempt, answers.length),
      questions: answers.map((answer) => {
        const question = versions.get(answer.questionVersionId)!;
        return {
          position: answer.position,
          question: presentQuestion(question, attempt.id),
          ...(answer.response === null
            ? {}
            : { result: presentResult(question, attempt.id, answer.response, answer.correct === true) }),
        };
      }),
    };
  }

  return {
    /** A quiz's questions without answers, and the caller's best score on it when signed in. */
    async overview(request: { topic?: string; week?: string }, userId: string | undefined) {
      const scope = await scopeOf(request);
      const questions = await quizzes.currentQuestions(scope);
      let best: { score: number; total: number; percent: number } | null | undefined;
      if (userId !== undefined && scope.kind === 'topic') {
        const found = (await quizzes.bestScores(userId)).find((row) => row.topic === scope.slug);
        best =
          found === undefined ? null : { score: found.score, total: found.total, percent: found.percent };
      }
      return {
        scope: scope.kind,
        slug: scope.slug,
        title: scope.title,
        questions: questions.map((q) => presentQuestion(q, previewSeed)),
        ...(best === undefined ? {} : { best }),
      };
    },

    async start(userId: string, request: { topic?: string; week?: string; limit?: number }) {
      const scope = await scopeOf(request);
      const questions = await quizzes.currentQuestions(scope);
      if (questions.length === 0)
        throw httpProblem.notFound(`The ${scope.kind} "${scope.slug}" has no quiz yet.`);
      const id = randomUUID();
      const limit = request.limit ?? (scope.kind === 'week' ? defaultWeekQuizSize : questions.length);
      const chosen = shuffledFor(questions, id, 'questions').slice(0, limit);
      const attempt = await quizzes.createAttempt(
        userId,
        scope,
        id,
        chosen.map((q) => q.versionId),
      );
      return {
        ...summary(attempt, chosen.length),
        questions: chosen.map((question, i) => ({
          position: i + 1,
          question: presentQuestion(question, id),
        })),
      };
    },

    async attempt(userId: string, attemptId: string) {
      const { attempt, answers, versions } = await load(userId, attemptId);
      return present(attempt, answers, versions);
    },

    /**
     * Grades and stores answers. Every answer is checked first (an unknown question or a response of
     * the wrong shape rejects the whole request); a question answered before keeps its first answer.
     */
    async submit(
      userId: string,
      attemptId: string,
      body: { answers: { question: string; response: Response }[]; finish?: boolean | undefined },
    ) {
      const before = await load(userId, attemptId);
      if (before.attempt.finishedAt !== null)
        throw httpProblem.conflict(
          'This attempt is finished: its answers are final. Start a new attempt to try again.',
        );
      const bySlug = new Map(
        before.answers.map((answer) => [
          before.versions.get(answer.questionVersionId)!.id,
          answer.questionVersionId,
        ]),
      );
      const errors: { in: string; field: string; message: string }[] = [];
      const seen = new Set<string>();
      const graded = body.answers.flatMap(({ question: slug, response }, i) => {
        const versionId = bySlug.get(slug);
        if (versionId === undefined) {
          errors.push({
            in: 'body',
            field: `answers.${i}.question`,
            message: `"${slug}" is not a question of this attempt`,
          });
          return [];
        }
        if (seen.has(slug)) {
          errors.push({ in: 'body', field: `answers.${i}.question`, message: `"${slug}" is answered twice` });
          return [];
        }
        seen.add(slug);
        const question = before.versions.get(versionId)!;
        const problem = responseProblem(question, response);
        if (problem !== undefined) {
          errors.push({ in: 'body', field: `answers.${i}.response`, message: problem });
          return [];
        }
        return [
          {
            questionVersionId: versionId,
            questionId: slug,
            response,
            correct: isCorrect(question, response),
          },
        ];
      });
      if (errors.length > 0)
        throw httpProblem.validation('No answer was stored: fix the answers named in "errors".', errors);

      // Answers that lost a race with another request (the attempt finished, or the question was
      // answered meanwhile) are not stored; the results below show what is stored.
      await quizzes.recordAnswers(userId, attemptId, graded, body.finish === true);
      const after = await load(userId, attemptId);
      const results = graded.flatMap(({ questionVersionId }) => {
        const row = after.answers.find((a) => a.questionVersionId === questionVersionId)!;
        const question = after.versions.get(questionVersionId)!;
        return row.response === null
          ? []
          : [presentResult(question, attemptId, row.response, row.correct === true)];
      });
      return { attempt: summary(after.attempt, after.answers.length), results };
    },

    async list(
      userId: string,
      query: { topic?: string | undefined; limit: number; cursor?: string | undefined },
    ) {
      let topicId: number | undefined;
      if (query.topic !== undefined) {
        const topic = await quizzes.topicBySlug(query.topic);
        if (topic === undefined)
          throw httpProblem.notFound(`There is no topic "${query.topic}". GET /api/v1/roadmap lists them.`);
        topicId = topic.id;
      }
      const page = await quizzes.listAttempts(userId, topicId === undefined ? {} : { topicId }, query);
      return { data: page.data.map((row) => summary(row, row.total)), nextCursor: page.nextCursor };
    },

    bestScores: async (userId: string) => ({ topics: await quizzes.bestScores(userId) }),

    misses: async (userId: string) => ({
      questions: (await quizzes.openMisses(userId)).map((row) => ({
        ...row,
        lastMissedAt: row.lastMissedAt.toISOString(),
      })),
    }),

    /** Admin: how a question was answered, per version: % right, and how often each option was chosen. */
    async questionStats(slug: string) {
      const found = await quizzes.answersTo(slug);
      if (found === undefined) throw httpProblem.notFound(`There is no question "${slug}".`);
      const percent = (correct: number, answers: number) =>
        answers === 0 ? null : Math.round((correct / answers) * 100);
      const versions = found.versions.map((question) => {
        const answers = found.answers.filter((a) => a.versionId === question.versionId);
        const correct = answers.filter((a) => a.correct).length;
        const base = {
          version: question.version,
          kind: question.kind,
          answers: answers.length,
          correct,
          percentCorrect: percent(correct, answers.length),
        };
        if (question.options.length > 0)
          return {
            ...base,
            options: question.options.map((option, i) => ({
              id: i + 1,
              text: option.text,
              correct: option.correct,
              chosen: answers.filter((a) => a.response.options?.includes(i + 1)).length,
            })),
          };
        const counts = new Map<string, { count: number; correct: boolean }>();
        for (const answer of answers) {
          const key = JSON.stringify(
            answer.response.value ?? answer.response.order ?? answer.response.text ?? null,
          );
          const entry = counts.get(key) ?? { count: 0, correct: answer.correct };
          entry.count += 1;
          counts.set(key, entry);
        }
        return {
          ...base,
          responses: [...counts.entries()]
            .map(([response, { count, correct: right }]) => ({ response, count, correct: right }))
            .sort((a, b) => b.count - a.count)
            .slice(0, 20),
        };
      });
      const answers = versions.reduce((n, v) => n + v.answers, 0);
      const correct = versions.reduce((n, v) => n + v.correct, 0);
      return {
        question: slug,
        retired: found.retired,
        answers,
        correct,
        percentCorrect: percent(correct, answers),
        versions,
      };
    },

    /** Admin: % right per question of a topic, to find the questions that mislead. */
    async topicStats(slug: string) {
      const topic = await quizzes.topicBySlug(slug);
      if (topic === undefined)
        throw httpProblem.notFound(`There is no topic "${slug}". GET /api/v1/roadmap lists them.`);
      const rows = await quizzes.questionTotals(topic.id);
      return {
        topic: slug,
        questions: rows.map((row) => ({
          ...row,
          percentCorrect: row.answers === 0 ? null : Math.round((row.correct / row.answers) * 100),
        })),
      };
    },

    async exportAttempts(userId: string): Promise<ExportedAttempt[]> {
      const attempts = await quizzes.exportAttempts(userId);
      return attempts.map(({ attempt, answers }) => ({
        id: attempt.id,
        ...(attempt.topicSlug === null ? {} : { topic: attempt.topicSlug }),
        ...(attempt.weekSlug === null ? {} : { week: attempt.weekSlug }),
        createdAt: attempt.createdAt.toISOString(),
        finishedAt: attempt.finishedAt?.toISOString() ?? null,
        answers: answers.map((a) => ({
          question: a.question,
          version: a.version,
          response: a.response as Response | null,
          answeredAt: a.answeredAt?.toISOString() ?? null,
        })),
      }));
    },

    /**
     * Checks imported attempts against this server's questions (every answer is graded again here:
     * a file cannot claim a score) and returns the rows to write, or the errors naming each bad item.
     */
    async prepareImport(attempts: ExportedAttempt[]) {
      const errors: { in: string; field: string; message: string }[] = [];
      const versionIds = await quizzes.versionIdsOf(attempts.flatMap((a) => a.answers));
      const versionsById = await quizzes.versions([...versionIds.values()]);
      const rows = [];
      for (const [i, attempt] of attempts.entries()) {
        const field = `quizAttempts.${i}`;
        let scope: { topicId: number | null; weekId: number | null } | undefined;
        if ((attempt.topic === undefined) === (attempt.week === undefined)) {
          errors.push({ in: 'body', field, message: 'give exactly one of "topic" and "week"' });
        } else if (attempt.topic !== undefined) {
          const topic = await quizzes.topicBySlug(attempt.topic);
          if (topic === undefined)
            errors.push({
              in: 'body',
              field: `${field}.topic`,
              message: `"${attempt.topic}" is not a topic of this roadmap`,
            });
          else scope = { topicId: topic.id, weekId: null };
        } else {
          const week = await quizzes.weekBySlug(attempt.week!);
          if (week === undefined)
            errors.push({
              in: 'body',
              field: `${field}.week`,
              message: `"${attempt.week}" is not a week of this roadmap`,
            });
          else scope = { topicId: null, weekId: week.id };
        }
        const answers = [];
        for (const [j, answer] of attempt.answers.entries()) {
          const versionId = versionIds.get(`${answer.question}@${answer.version}`);
          if (versionId === undefined) {
            errors.push({
              in: 'body',
              field: `${field}.answers.${j}`,
              message: `question "${answer.question}" version ${answer.version} is not on this server`,
            });
            continue;
          }
          const question = versionsById.get(versionId)!;
          if ((answer.response === null) !== (answer.answeredAt === null)) {
            errors.push({
              in: 'body',
              field: `${field}.answers.${j}`,
              message: 'an answer has both "response" and "answeredAt", or neither',
            });
            continue;
          }
          const problem = answer.response === null ? undefined : responseProblem(question, answer.response);
          if (problem !== undefined) {
            errors.push({ in: 'body', field: `${field}.answers.${j}.response`, message: problem });
            continue;
          }
          answers.push({
            position: j + 1,
            versionId,
            response: answer.response,
            correct: answer.response === null ? null : isCorrect(question, answer.response),
            answeredAt: answer.answeredAt === null ? null : new Date(answer.answeredAt),
          });
        }
        if (new Set(answers.map((a) => a.versionId)).size !== answers.length)
          errors.push({
            in: 'body',
            field: `${field}.answers`,
            message: 'a question appears twice in one attempt',
          });
        if (scope !== undefined)
          rows.push({
            id: attempt.id,
            scope,
            createdAt: new Date(attempt.createdAt),
            finishedAt: attempt.finishedAt === null ? null : new Date(attempt.finishedAt),
            answers,
          });
      }
      return { rows, errors };
    },

    importAttempts: (userId: string, rows: Parameters<QuizRepository['importAttempts']>[1]) =>
      quizzes.importAttempts(userId, rows),
  };
}

export type QuizService = ReturnType<typeof createQuizService>;
