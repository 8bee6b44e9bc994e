/**
 * Loads the quizzes into the database after the roadmap, idempotently. A question is matched by its
 * id: unchanged content writes nothing; edited content becomes a new version of the same question, so
 * attempts keep pointing at the version they answered; a question gone from the content is retired
 * (hidden, never deleted, so attempts and statistics keep it).
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../infra/db/database.js';
import {
  quizQuestionOptions,
  quizQuestionReferences,
  quizQuestions,
  quizQuestionVersions,
  topics,
} from '../../infra/db/schema.js';
import type { QuizContent } from './content.js';
import type { Question } from './question.js';

export interface QuizSeedReport {
  created: number;
  /** Questions whose content changed: each got a new version. */
  revised: number;
  unchanged: number;
  retired: number;
}

/** SHA-256 of everything a learner sees or is graded on; the topic and the position are not part of it. */
export function questionHash(question: Question): string {
  const { id: _id, topic: _topic, ...content } = question;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export async function seedQuizzes(db: Database, content: QuizContent): Promise<QuizSeedReport> {
  return db.transaction(async (tx) => {
    const report: QuizSeedReport = { created: 0, revised: 0, unchanged: 0, retired: 0 };
    const slugs = [...new Set(content.questions.map((q) => q.topic))];
    const topicRows =
      slugs.length === 0
        ? []
        : await tx
            .select({ id: topics.id, slug: topics.slug })
            .from(topics)
            .where(inArray(topics.slug, slugs));
    const topicIds = new Map(topicRows.map((row) => [row.slug, row.id]));

    // Every stored question with its newest version's hash, in one query.
    const stored = await tx
      .select({
        id: quizQuestions.id,
        slug: quizQuestions.slug,
        topicId: quizQuestions.topicId,
        position: quizQuestions.position,
        retiredAt: quizQuestions.retiredAt,
        version: quizQuestionVersions.version,
        contentHash: quizQuestionVersions.contentHash,
      })
      .from(quizQuestions)
      .leftJoin(
        quizQuestionVersions,
        and(
          eq(quizQuestionVersions.questionId, quizQuestions.id),
          eq(
            quizQuestionVersions.version,
            sql`(select max(v.version) from quiz_question_versions v where v.question_id = ${quizQuestions.id})`,
          ),
        ),
      );
    const bySlug = new Map(stored.map((row) => [row.slug, row]));

    // Writes are batched (one statement per table, not per question): a first seed of ~450 questions
    // is then a handful of statements instead of ~2,000 round trips.
    const positions = new Map<string, number>();
    const newQuestions: { slug: string; topicId: number; position: number }[] = [];
    const moved: { id: number; topicId: number; position: number }[] = [];
    const pending: { question: Question; hash: string; version: number; isNew: boolean }[] = [];
    for (const question of content.questions) {
      const topicId = topicIds.get(question.topic);
      // The loader checked the topic against the roadmap; a missing row means the roadmap was not seeded.
      if (topicId === undefined)
        throw new Error(
          `Topic "${question.topic}" is not in the database: seed the roadmap before the quizzes.`,
        );
      const position = (positions.get(question.topic) ?? 0) + 1;
      positions.set(question.topic, position);
      const hash = questionHash(question);
      const existing = bySlug.get(question.id);
      if (existing === undefined) newQuestions.push({ slug: question.id, topicId, position });
      else if (existing.topicId !== topicId || existing.position !== position || existing.retiredAt !== null)
        moved.push({ id: existing.id, topicId, position });
      if (existing?.contentHash === hash) {
        report.unchanged += 1;
        continue;
      }
      const isNew = existing === undefined || existing.version === null;
      pending.push({ question, hash, version: (existing?.version ?? 0) + 1, isNew });
      if (isNew) report.created += 1;
      else report.revised += 1;
    }

    const ids = new Map(stored.map((row) => [row.slug, row.id]));
    for (const batch of chunks(newQuestions, 500)) {
      const inserted = await tx
        .insert(quizQuestions)
        .values(batch)
        .returning({ id: quizQuestions.id, slug: quizQuestions.slug });
      for (const row of inserted) ids.set(row.slug, row.id);
    }
    for (const { id, topicId, position } of moved)
      await tx
        .update(quizQuestions)
        .set({ topicId, position, retiredAt: null })
        .where(eq(quizQuestions.id, id));
    for (const batch of chunks(pending, 200)) await insertVersions(tx, batch, ids);

    const active = content.questions.map((q) => q.id);
    const retired = await tx
      .update(quizQuestions)
      .set({ retiredAt: sql`now()` })
      .where(
        active.length === 0
          ? isNull(quizQuestions.retiredAt)
          : and(isNull(quizQuestions.retiredAt), notInArray(quizQuestions.slug, active)),
      )
      .returning({ id: quizQuestions.id });
    report.retired = retired.length;
    return report;
  });
}

/** New versions of questions, with their options and references, in three statements. */
async function insertVersions(
  tx: Transaction,
  batch: { question: Question; hash: string; version: number }[],
  questionIds: Map<string, number>,
) {
  const rows = await tx
    .insert(quizQuestionVersions)
    .values(
      batch.map(({ question, hash, version }) => ({
        questionId: questionIds.get(question.id)!,
        version,
        contentHash: hash,
        kind: question.kind,
        difficulty: question.difficulty,
        concept: question.concept,
        prompt: question.prompt,
        explanation: question.explanation,
        spec: question.spec,
      })),
    )
    .returning({ id: quizQuestionVersions.id, questionId: quizQuestionVersions.questionId });
  const versionOf = new Map(rows.map((row) => [row.questionId, row.id]));
  const options = batch.flatMap(({ question }) => {
    const versionId = versionOf.get(questionIds.get(question.id)!)!;
    return question.options.map((option, i) => ({
      versionId,
      position: i + 1,
      text: option.text,
      correct: option.correct,
      why: option.why ?? null,
    }));
  });
  const references = batch.flatMap(({ question }) => {
    const versionId = versionOf.get(questionIds.get(question.id)!)!;
    return question.references.map((reference, i) => ({ versionId, position: i + 1, ...reference }));
  });
  if (options.length > 0) await tx.insert(quizQuestionOptions).values(options);
  if (references.length > 0) await tx.insert(quizQuestionReferences).values(references);
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** One line for `winterarc seed`. */
export function describeQuizSeed(dir: string, report: QuizSeedReport): string {
  return `Quizzes seeded from ${dir}: ${report.created} created, ${report.revised} revised (new version), ${report.unchanged} unchanged, ${report.retired} retired.`;
}
