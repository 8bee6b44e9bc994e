/**
 * Seeding quizzes is idempotent; an edited question keeps its id and gets a new version, and an
 * attempt started before the edit keeps the version it was asked; a removed question is retired.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quizQuestions, quizQuestionVersions } from '../../infra/db/schema.js';
import { repoPaths } from '../../infra/paths.js';
import { signUp } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { loadRoadmapContent } from '../roadmap/content.js';
import { loadQuizContent, type QuizContent, topicSlugsOf } from './content.js';
import { seedQuizzes } from './seed.js';

let t: TestApp;
let content: QuizContent;
beforeAll(async () => {
  t = await startTestApp();
  content = await loadQuizContent(
    repoPaths.quizzesContent,
    topicSlugsOf(await loadRoadmapContent(repoPaths.roadmapContent)),
  );
});
afterAll(() => t.close());

describe('seedQuizzes', () => {
  it('changes nothing the second time', async () => {
    // The test database is seeded from the same content already.
    expect(await seedQuizzes(t.database.db, content)).toEqual({
      created: 0,
      revised: 0,
      unchanged: content.questions.length,
      retired: 0,
    });
  });

  it('versions an edited question under the same id; an earlier attempt keeps what it asked', async () => {
    const learner = await signUp(t.app);
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz-attempts',
      headers: learner.headers,
      payload: { topic: 'py-generators' },
    });
    const attempt = started.json();
    const id = 'py-generators-exhausted-twice';
    const edited: QuizContent = {
      ...content,
      questions: content.questions
        .filter((q) => q.id !== 'py-generators-yield-from-send')
        .map((q) => (q.id === id ? { ...q, prompt: 'What does this print now (Python 3.13)?' } : q)),
    };
    expect(await seedQuizzes(t.database.db, edited)).toMatchObject({ created: 0, revised: 1, retired: 1 });

    const [question] = await t.database.db.select().from(quizQuestions).where(eq(quizQuestions.slug, id));
    const versions = await t.database.db
      .select({ version: quizQuestionVersions.version })
      .from(quizQuestionVersions)
      .where(eq(quizQuestionVersions.questionId, question!.id));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);

    const old = (
      await t.app.inject({ url: `/api/v1/quiz-attempts/${attempt.id}`, headers: learner.headers })
    ).json();
    const asked = old.questions.find((q: { question: { id: string } }) => q.question.id === id);
    expect(asked.question.prompt).toBe(content.questions.find((q) => q.id === id)!.prompt);
    expect(old.questions).toHaveLength(4);

    const fresh = (await t.app.inject({ url: '/api/v1/quizzes/topics/py-generators' })).json();
    expect(fresh.questions.map((q: { id: string }) => q.id)).not.toContain('py-generators-yield-from-send');
    expect(fresh.questions.find((q: { id: string }) => q.id === id).prompt).toBe(
      'What does this print now (Python 3.13)?',
    );

    // Back to the content as shipped: the retired question returns, the edit becomes version 3.
    expect(await seedQuizzes(t.database.db, content)).toMatchObject({ revised: 1, retired: 0 });
  });
});
