/**
 * SQL for quizzes: the current questions of a topic or week, question versions as the grader reads
 * them, attempts with their answers, missed questions, best scores and per-question statistics. Every
 * learner-facing query is scoped by the caller's user id.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../infra/db/database.js';
import { planKeysetPage } from '../../infra/db/keyset.js';
import {
  quizAttemptAnswers,
  quizAttempts,
  quizMisses,
  quizQuestionOptions,
  quizQuestionReferences,
  quizQuestions,
  quizQuestionVersions,
  roadmapBullets,
  roadmapWeeks,
  topics,
} from '../../infra/db/schema.js';
import type { QuestionKind } from './format.js';
import type { Response } from './grade.js';
import type { Question, QuestionSpec } from './question.js';

/** A question as stored at one version: the version's id is what an attempt points at. */
export interface StoredQuestion extends Question {
  versionId: number;
  version: number;
}

export type QuizScope =
  | { kind: 'topic'; id: number; slug: string }
  | { kind: 'week'; id: number; slug: string };

export interface AttemptRow {
  id: string;
  userId: string;
  topicSlug: string | null;
  weekSlug: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  score: number | null;
}

export interface AnswerRow {
  position: number;
  questionVersionId: number;
  response: Response | null;
  correct: boolean | null;
  answeredAt: Date | null;
}

const latestVersion = sql`(select max(v.version) from quiz_question_versions v where v.question_id = ${quizQuestions.id})`;

export function createQuizRepository(db: Database) {
  /** Question versions by id, with options and references, keyed by version id. */
  async function versions(
    ids: number[],
    tx: Database | Transaction = db,
  ): Promise<Map<number, StoredQuestion>> {
    if (ids.length === 0) return new Map();
    const rows = await tx
      .select({
        versionId: quizQuestionVersions.id,
        version: quizQuestionVersions.version,
        slug: quizQuestions.slug,
        topic: topics.slug,
        kind: quizQuestionVersions.kind,
        difficulty: quizQuestionVersions.difficulty,
        concept: quizQuestionVersions.concept,
        prompt: quizQuestionVersions.prompt,
        explanation: quizQuestionVersions.explanation,
        spec: quizQuestionVersions.spec,
      })
      .from(quizQuestionVersions)
      .innerJoin(quizQuestions, eq(quizQuestions.id, quizQuestionVersions.questionId))
      .innerJoin(topics, eq(topics.id, quizQuestions.topicId))
      .where(inArray(quizQuestionVersions.id, ids));
    const options = await tx
      .select()
      .from(quizQuestionOptions)
      .where(inArray(quizQuestionOptions.versionId, ids))
      .orderBy(quizQuestionOptions.versionId, quizQuestionOptions.position);
    const references = await tx
      .select()
      .from(quizQuestionReferences)
      .where(inArray(quizQuestionReferences.versionId, ids))
      .orderBy(quizQuestionReferences.versionId, quizQuestionReferences.position);
    return new Map(
      rows.map((row) => [
        row.versionId,
        {
          versionId: row.versionId,
          version: row.version,
          id: row.slug,
          topic: row.topic,
          kind: row.kind as QuestionKind,
          difficulty: row.difficulty,
          concept: row.concept,
          prompt: row.prompt,
          explanation: row.explanation,
          spec: row.spec as QuestionSpec,
          options: options
            .filter((o) => o.versionId === row.versionId)
            .map((o) => ({ text: o.text, correct: o.correct, ...(o.why === null ? {} : { why: o.why }) })),
          references: references
            .filter((r) => r.versionId === row.versionId)
            .map((r) => ({ title: r.title, url: r.url })),
        },
      ]),
    );
  }

  /** How many questions each attempt has. */
  async function questionCounts(attemptIds: string[]): Promise<Map<string, number>> {
    if (attemptIds.length === 0) return new Map();
    const rows = await db
      .select({ attemptId: quizAttemptAnswers.attemptId, total: sql<number>`count(*)::int` })
      .from(quizAttemptAnswers)
      .where(inArray(quizAttemptAnswers.attemptId, attemptIds))
      .groupBy(quizAttemptAnswers.attemptId);
    return new Map(rows.map((row) => [row.attemptId, row.total]));
  }

  return {
    versions,

    topicBySlug: async (slug: string) =>
      (
        await db
          .select({ id: topics.id, slug: topics.slug, title: topics.title })
          .from(topics)
          .where(and(eq(topics.slug, slug), isNull(topics.retiredAt)))
      )[0],

    weekBySlug: async (slug: string) =>
      (
        await db
          .select({ id: roadmapWeeks.id, slug: roadmapWeeks.slug, title: roadmapWeeks.title })
          .from(roadmapWeeks)
          .where(eq(roadmapWeeks.slug, slug))
      )[0],

    /** The current version of every active question of a topic or week, in roadmap then file order. */
    async currentQuestions(scope: QuizScope): Promise<StoredQuestion[]> {
      const rows = await db
        .select({ versionId: quizQuestionVersions.id })
        .from(quizQuestions)
        .innerJoin(
          quizQuestionVersions,
          and(
            eq(quizQuestionVersions.questionId, quizQuestions.id),
            eq(quizQuestionVersions.version, latestVersion),
          ),
        )
        .innerJoin(topics, eq(topics.id, quizQuestions.topicId))
        .innerJoin(roadmapBullets, eq(roadmapBullets.id, topics.bulletId))
        .where(
          and(
            isNull(quizQuestions.retiredAt),
            scope.kind === 'topic'
              ? eq(quizQuestions.topicId, scope.id)
              : eq(roadmapBullets.weekId, scope.id),
          ),
        )
        .orderBy(roadmapBullets.position, topics.position, quizQuestions.position);
      const byId = await versions(rows.map((row) => row.versionId));
      return rows.map((row) => byId.get(row.versionId)!);
    },

    /** A new attempt with its questions in the order given; returns its id. */
    async createAttempt(
      userId: string,
      scope: QuizScope,
      id: string,
      versionIds: number[],
    ): Promise<AttemptRow> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(quizAttempts)
          .values({
            id,
            userId,
            topicId: scope.kind === 'topic' ? scope.id : null,
            weekId: scope.kind === 'week' ? scope.id : null,
          })
          .returning();
        await tx
          .insert(quizAttemptAnswers)
          .values(
            versionIds.map((questionVersionId, i) => ({ attemptId: id, position: i + 1, questionVersionId })),
          );
        return {
          id: row!.id,
          userId,
          topicSlug: scope.kind === 'topic' ? scope.slug : null,
          weekSlug: scope.kind === 'week' ? scope.slug : null,
          createdAt: row!.createdAt,
          finishedAt: null,
          score: null,
        };
      });
    },

    /** The caller's attempt (undefined for anyone else's: it does not exist for them). */
    async attemptOf(
      userId: string,
      attemptId: string,
    ): Promise<{ attempt: AttemptRow; answers: AnswerRow[] } | undefined> {
      const [attempt] = await attemptQuery(db).where(
        and(eq(quizAttempts.id, attemptId), eq(quizAttempts.userId, userId)),
      );
      if (attempt === undefined) return undefined;
      const answers = await db
        .select({
          position: quizAttemptAnswers.position,
          questionVersionId: quizAttemptAnswers.questionVersionId,
          response: quizAttemptAnswers.response,
          correct: quizAttemptAnswers.correct,
          answeredAt: quizAttemptAnswers.answeredAt,
        })
        .from(quizAttemptAnswers)
        .where(eq(quizAttemptAnswers.attemptId, attemptId))
        .orderBy(quizAttemptAnswers.position);
      return { attempt, answers: answers as AnswerRow[] };
    },

    /**
     * Stores graded answers, once each: an answer to a question answered already (a retry, another
     * tab) changes nothing and is reported back as not stored. Misses are counted in the same
     * transaction; the attempt is finished (scored) when `finish` or when nothing is left unanswered.
     */
    async recordAnswers(
      userId: string,
      attemptId: string,
      graded: { questionVersionId: number; questionId: string; response: Response; correct: boolean }[],
      finish: boolean,
    ): Promise<{ stored: Set<number>; finished: boolean }> {
      return db.transaction(async (tx) => {
        // Locks the attempt, so two concurrent submits are applied one after the other.
        const [locked] = await tx
          .select({ finishedAt: quizAttempts.finishedAt })
          .from(quizAttempts)
          .where(and(eq(quizAttempts.id, attemptId), eq(quizAttempts.userId, userId)))
          .for('update');
        if (locked === undefined || locked.finishedAt !== null) return { stored: new Set(), finished: true };
        const stored = new Set<number>();
        for (const answer of graded) {
          const updated = await tx
            .update(quizAttemptAnswers)
            .set({ response: answer.response, correct: answer.correct, answeredAt: sql`now()` })
            .where(
              and(
                eq(quizAttemptAnswers.attemptId, attemptId),
                eq(quizAttemptAnswers.questionVersionId, answer.questionVersionId),
                isNull(quizAttemptAnswers.answeredAt),
              ),
            )
            .returning({ position: quizAttemptAnswers.position });
          if (updated.length === 0) continue;
          stored.add(answer.questionVersionId);
          await noteOutcome(tx, userId, answer.questionVersionId, answer.correct);
        }
        const [left] = await tx
          .select({ unanswered: sql<number>`count(*)::int` })
          .from(quizAttemptAnswers)
          .where(and(eq(quizAttemptAnswers.attemptId, attemptId), isNull(quizAttemptAnswers.answeredAt)));
        const finished = finish || left!.unanswered === 0;
        if (finished)
          await tx
            .update(quizAttempts)
            .set({
              finishedAt: sql`now()`,
              score: sql`(select count(*) from quiz_attempt_answers a where a.attempt_id = ${attemptId} and a.correct)`,
            })
            .where(eq(quizAttempts.id, attemptId));
        return { stored, finished };
      });
    },

    /** The caller's attempts, newest first, a keyset page at a time. */
    async listAttempts(
      userId: string,
      filter: { topicId?: number },
      page: { limit: number; cursor?: string | undefined },
    ) {
      const plan = planKeysetPage({
        keys: [
          { column: quizAttempts.createdAt, kind: 'timestamp' },
          { column: quizAttempts.id, kind: 'text' },
        ],
        direction: 'desc',
        limit: page.limit,
        cursor: page.cursor,
        sortName: 'createdAt',
      });
      const rows = await attemptQuery(db)
        .where(
          and(
            plan.where,
            eq(quizAttempts.userId, userId),
            filter.topicId === undefined ? undefined : eq(quizAttempts.topicId, filter.topicId),
          ),
        )
        .orderBy(...plan.orderBy)
        .limit(plan.limit);
      const page_ = plan.toPage(rows, (row) => [row.createdAt, row.id]);
      const totals = await questionCounts(page_.data.map((row) => row.id));
      return { ...page_, data: page_.data.map((row) => ({ ...row, total: totals.get(row.id) ?? 0 })) };
    },

    /** Per topic the caller has finished a quiz of: the best score as a share of its questions. */
    async bestScores(userId: string) {
      const total = sql<number>`(select count(*)::int from quiz_attempt_answers a where a.attempt_id = ${quizAttempts.id})`;
      const rows = await db
        .select({ topic: topics.slug, score: quizAttempts.score, total, finishedAt: quizAttempts.finishedAt })
        .from(quizAttempts)
        .innerJoin(topics, eq(topics.id, quizAttempts.topicId))
        .where(and(eq(quizAttempts.userId, userId), isNotNull(quizAttempts.finishedAt)));
      const best = new Map<
        string,
        { topic: string; score: number; total: number; percent: number; attempts: number }
      >();
      for (const row of rows) {
        const percent = row.total === 0 ? 0 : Math.round(((row.score ?? 0) / row.total) * 100);
        const current = best.get(row.topic);
        const attempts = (current?.attempts ?? 0) + 1;
        if (current === undefined || percent > current.percent)
          best.set(row.topic, {
            topic: row.topic,
            score: row.score ?? 0,
            total: row.total,
            percent,
            attempts,
          });
        else current.attempts = attempts;
      }
      return [...best.values()].sort((a, b) => a.topic.localeCompare(b.topic));
    },

    /** The caller's questions missed and not answered right since, most recent first. */
    openMisses: (userId: string) =>
      db
        .select({
          question: quizQuestions.slug,
          topic: topics.slug,
          misses: quizMisses.misses,
          lastMissedAt: quizMisses.lastMissedAt,
        })
        .from(quizMisses)
        .innerJoin(quizQuestions, eq(quizQuestions.id, quizMisses.questionId))
        .innerJoin(topics, eq(topics.id, quizQuestions.topicId))
        .where(and(eq(quizMisses.userId, userId), isNull(quizMisses.resolvedAt)))
        .orderBy(desc(quizMisses.lastMissedAt)),

    /** Every answer given to any version of a question, with the version: admin statistics. */
    async answersTo(slug: string) {
      const [question] = await db.select().from(quizQuestions).where(eq(quizQuestions.slug, slug));
      if (question === undefined) return undefined;
      const versionRows = await db
        .select({ id: quizQuestionVersions.id })
        .from(quizQuestionVersions)
        .where(eq(quizQuestionVersions.questionId, question.id))
        .orderBy(asc(quizQuestionVersions.version));
      const byId = await versions(versionRows.map((row) => row.id));
      const answers = await db
        .select({
          versionId: quizAttemptAnswers.questionVersionId,
          response: quizAttemptAnswers.response,
          correct: quizAttemptAnswers.correct,
        })
        .from(quizAttemptAnswers)
        .where(
          and(
            inArray(
              quizAttemptAnswers.questionVersionId,
              versionRows.map((row) => row.id),
            ),
            isNotNull(quizAttemptAnswers.answeredAt),
          ),
        );
      return {
        retired: question.retiredAt !== null,
        versions: versionRows.map((row) => byId.get(row.id)!),
        answers: answers as { versionId: number; response: Response; correct: boolean }[],
      };
    },

    /** Per question of a topic: answers given and how many were right (admin overview). */
    questionTotals: (topicId: number) =>
      db
        .select({
          question: quizQuestions.slug,
          retired: sql<boolean>`${quizQuestions.retiredAt} is not null`,
          answers: sql<number>`count(${quizAttemptAnswers.answeredAt})::int`,
          correct: sql<number>`count(*) filter (where ${quizAttemptAnswers.correct})::int`,
        })
        .from(quizQuestions)
        .leftJoin(quizQuestionVersions, eq(quizQuestionVersions.questionId, quizQuestions.id))
        .leftJoin(quizAttemptAnswers, eq(quizAttemptAnswers.questionVersionId, quizQuestionVersions.id))
        .where(eq(quizQuestions.topicId, topicId))
        .groupBy(quizQuestions.id)
        .orderBy(quizQuestions.position),

    /** Every attempt of the caller with its answers, oldest first (export). */
    async exportAttempts(userId: string) {
      const attempts = await attemptQuery(db)
        .where(eq(quizAttempts.userId, userId))
        .orderBy(asc(quizAttempts.createdAt));
      if (attempts.length === 0) return [];
      const answers = await db
        .select({
          attemptId: quizAttemptAnswers.attemptId,
          position: quizAttemptAnswers.position,
          question: quizQuestions.slug,
          version: quizQuestionVersions.version,
          response: quizAttemptAnswers.response,
          answeredAt: quizAttemptAnswers.answeredAt,
        })
        .from(quizAttemptAnswers)
        .innerJoin(quizQuestionVersions, eq(quizQuestionVersions.id, quizAttemptAnswers.questionVersionId))
        .innerJoin(quizQuestions, eq(quizQuestions.id, quizQuestionVersions.questionId))
        .where(
          inArray(
            quizAttemptAnswers.attemptId,
            attempts.map((a) => a.id),
          ),
        )
        .orderBy(quizAttemptAnswers.attemptId, quizAttemptAnswers.position);
      return attempts.map((attempt) => ({
        attempt,
        answers: answers.filter((a) => a.attemptId === attempt.id),
      }));
    },

    /** Question versions by (slug, version), for an import. */
    async versionIdsOf(pairs: { question: string; version: number }[]): Promise<Map<string, number>> {
      const slugs = [...new Set(pairs.map((p) => p.question))];
      if (slugs.length === 0) return new Map();
      const rows = await db
        .select({
          slug: quizQuestions.slug,
          version: quizQuestionVersions.version,
          id: quizQuestionVersions.id,
        })
        .from(quizQuestionVersions)
        .innerJoin(quizQuestions, eq(quizQuestions.id, quizQuestionVersions.questionId))
        .where(inArray(quizQuestions.slug, slugs));
      return new Map(rows.map((row) => [`${row.slug}@${row.version}`, row.id]));
    },

    /**
     * Writes imported attempts in one transaction (all or none). An attempt id already stored (a
     * second import of the same file) is skipped, so importing twice adds nothing.
     */
    async importAttempts(
      userId: string,
      attempts: {
        id: string;
        scope: { topicId: number | null; weekId: number | null };
        createdAt: Date;
        finishedAt: Date | null;
        answers: {
          position: number;
          versionId: number;
          response: Response | null;
          correct: boolean | null;
          answeredAt: Date | null;
        }[];
      }[],
    ): Promise<number> {
      return db.transaction(async (tx) => {
        let imported = 0;
        for (const attempt of attempts) {
          const score =
            attempt.finishedAt === null ? null : attempt.answers.filter((a) => a.correct === true).length;
          const inserted = await tx
            .insert(quizAttempts)
            .values({
              id: attempt.id,
              userId,
              topicId: attempt.scope.topicId,
              weekId: attempt.scope.weekId,
              createdAt: attempt.createdAt,
              finishedAt: attempt.finishedAt,
              score,
            })
            .onConflictDoNothing({ target: quizAttempts.id })
            .returning({ id: quizAttempts.id });
          if (inserted.length === 0) continue;
          imported += 1;
          if (attempt.answers.length > 0)
            await tx.insert(quizAttemptAnswers).values(
              attempt.answers.map((a) => ({
                attemptId: attempt.id,
                position: a.position,
                questionVersionId: a.versionId,
                response: a.response,
                correct: a.correct,
                answeredAt: a.answeredAt,
              })),
            );
        }
        return imported;
      });
    },
  };
}

function attemptQuery(db: Database | Transaction) {
  return db
    .select({
      id: quizAttempts.id,
      userId: quizAttempts.userId,
      topicSlug: topics.slug,
      weekSlug: roadmapWeeks.slug,
      createdAt: quizAttempts.createdAt,
      finishedAt: quizAttempts.finishedAt,
      score: quizAttempts.score,
    })
    .from(quizAttempts)
    .leftJoin(topics, eq(topics.id, quizAttempts.topicId))
    .leftJoin(roadmapWeeks, eq(roadmapWeeks.id, quizAttempts.weekId))
    .$dynamic();
}

/** Counts a miss (reopening the row), or resolves an open miss when the question is answered right. */
async function noteOutcome(tx: Transaction, userId: string, questionVersionId: number, correct: boolean) {
  const questionId = sql`(select question_id from quiz_question_versions where id = ${questionVersionId})`;
  if (correct) {
    await tx
      .update(quizMisses)
      .set({ resolvedAt: sql`now()` })
      .where(
        and(
          eq(quizMisses.userId, userId),
          eq(quizMisses.questionId, questionId),
          isNull(quizMisses.resolvedAt),
        ),
      );
    return;
  }
  await tx
    .insert(quizMisses)
    .values({ userId, questionId, misses: 1, lastMissedAt: sql`now()` })
    .onConflictDoUpdate({
      target: [quizMisses.userId, quizMisses.questionId],
      set: { misses: sql`${quizMisses.misses} + 1`, lastMissedAt: sql`now()`, resolvedAt: null },
    });
}

export type QuizRepository = ReturnType<typeof createQuizRepository>;
