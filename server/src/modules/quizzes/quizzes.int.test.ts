/**
 * Taking quizzes through the API, on both backends: a quiz without answers, attempts with a shuffled
 * order fixed per attempt, grading of every kind with explanations and the why of each option, best
 * scores, missed questions, per-question statistics for admins, export and import of attempts, and
 * the quiz rate limit. Uses the Session 1 quizzes shipped in content/quizzes/ (py-data-types,
 * algo-complexity-analysis, py-generators).
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quizQuestions, topics } from '../../infra/db/schema.js';
import { repoPaths } from '../../infra/paths.js';
import { signUp, signUpAdmin, type TestAccount } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { loadRoadmapContent } from '../roadmap/content.js';
import { loadQuizContent, topicSlugsOf } from './content.js';
import { type Response, rightAnswerOf } from './grade.js';
import type { Question } from './question.js';

let t: TestApp;
let questions: Map<string, Question>;
let roadmap: Awaited<ReturnType<typeof loadRoadmapContent>>;
beforeAll(async () => {
  t = await startTestApp();
  roadmap = await loadRoadmapContent(repoPaths.roadmapContent);
  const content = await loadQuizContent(repoPaths.quizzesContent, topicSlugsOf(roadmap));
  questions = new Map(content.questions.map((q) => [q.id, q]));
});
afterAll(() => t.close());

const topic = 'py-data-types';

/** The right response to a question, in the shape the API takes. */
function rightResponse(question: Question): Response {
  const right = rightAnswerOf(question);
  if (right.options !== undefined) return { options: right.options };
  if (right.order !== undefined) return { order: right.order };
  if (right.value !== undefined) return { value: right.value };
  return { text: right.text! };
}

/** A wrong response of the right shape. */
function wrongResponse(question: Question): Response {
  const right = rightAnswerOf(question);
  if (right.options !== undefined) {
    const wrong = question.options.findIndex((o) => !o.correct) + 1;
    return { options: [wrong] };
  }
  if (right.order !== undefined) return { order: [...right.order].reverse() };
  if (typeof right.value === 'boolean') return { value: !right.value };
  if (typeof right.value === 'number') return { value: right.value + 1000 };
  return { text: 'certainly not this' };
}

async function start(account: TestAccount, body: Record<string, unknown> = { topic }) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/quiz-attempts',
    headers: account.headers,
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

function answer(account: TestAccount, attemptId: string, payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/quiz-attempts/${attemptId}/answers`,
    headers: account.headers,
    payload,
  });
}

describe("a topic's quiz", () => {
  it('lists the questions without anything that gives the answers away', async () => {
    const response = await t.app.inject({ url: `/api/v1/quizzes/topics/${topic}` });
    expect(response.statusCode).toBe(200);
    const quiz = response.json();
    expect(quiz.scope).toBe('topic');
    const ids = quiz.questions.map((q: { id: string }) => q.id);
    expect(ids).toEqual([...questions.values()].filter((q) => q.topic === topic).map((q) => q.id));
    const text = response.body;
    expect(text).not.toMatch(/"correct"|"why"|"accept"|"answer"|"explanation"/);
    const ordering = (await t.app.inject({ url: '/api/v1/quizzes/topics/algo-complexity-analysis' })).json();
    const items = ordering.questions.find((q: { kind: string }) => q.kind === 'ordering').items;
    expect(items.map((i: { id: number }) => i.id)).not.toEqual(items.map((_: unknown, i: number) => i + 1));
  });

  it('answers 404 for a topic without a quiz and for an unknown topic', async () => {
    const learner = await signUp(t.app);
    expect((await t.app.inject({ url: '/api/v1/quizzes/topics/no-such-topic' })).statusCode).toBe(404);
    // Every roadmap topic has a quiz in content/: this test's own database retires one topic's questions,
    // as a seed does when a quiz file is removed.
    await t.database.db
      .update(quizQuestions)
      .set({ retiredAt: new Date() })
      .where(
        eq(
          quizQuestions.topicId,
          sql`(select ${topics.id} from ${topics} where ${topics.slug} = 'ds-bloom-filters')`,
        ),
      );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz-attempts',
      headers: learner.headers,
      payload: { topic: 'ds-bloom-filters' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toMatch(/has no quiz yet/);
  });
});

describe('an attempt', () => {
  it('shows its questions and options in an order shuffled per attempt and fixed for it', async () => {
    const learner = await signUp(t.app);
    const attempts = [await start(learner), await start(learner), await start(learner)];
    const orderOf = (a: { questions: { question: { id: string; options?: { id: number }[] } }[] }) =>
      a.questions
        .map((q) => `${q.question.id}:${(q.question.options ?? []).map((o) => o.id).join(',')}`)
        .join(' ');
    expect(new Set(attempts.map(orderOf)).size).toBeGreaterThan(1);
    for (const attempt of attempts) {
      const again = await t.app.inject({
        url: `/api/v1/quiz-attempts/${attempt.id}`,
        headers: learner.headers,
      });
      expect(orderOf(again.json())).toBe(orderOf(attempt));
      expect(new Set(attempt.questions.map((q: { question: { id: string } }) => q.question.id))).toEqual(
        new Set([...questions.values()].filter((q) => q.topic === topic).map((q) => q.id)),
      );
    }
  });

  it('grades every kind, explains each option, scores the attempt when all are answered', async () => {
    const learner = await signUp(t.app);
    for (const slug of ['py-data-types', 'algo-complexity-analysis', 'py-generators']) {
      const attempt = await start(learner, { topic: slug });
      const ids: string[] = attempt.questions.map((q: { question: { id: string } }) => q.question.id);
      const [wrongId, ...rightIds] = ids;
      const first = await answer(learner, attempt.id, {
        answers: [{ question: wrongId, response: wrongResponse(questions.get(wrongId!)!) }],
      });
      expect(first.statusCode, first.body).toBe(200);
      const wrong = first.json();
      expect(wrong.attempt.finishedAt).toBeNull();
      expect(wrong.results).toHaveLength(1);
      expect(wrong.results[0]).toMatchObject({ question: wrongId, correct: false });
      expect(wrong.results[0].explanation.length).toBeGreaterThan(20);
      for (const option of wrong.results[0].options ?? [])
        if (!option.correct) expect(option.why, `${wrongId} option ${option.id}`).toBeTruthy();

      const rest = await answer(learner, attempt.id, {
        answers: rightIds.map((id) => ({ question: id, response: rightResponse(questions.get(id)!) })),
      });
      expect(rest.statusCode, rest.body).toBe(200);
      const body = rest.json();
      expect(body.results.map((r: { correct: boolean }) => r.correct)).toEqual(rightIds.map(() => true));
      expect(body.attempt).toMatchObject({ score: ids.length - 1, total: ids.length });
      expect(body.attempt.finishedAt).not.toBeNull();
    }
  });

  it('accepts a short answer written differently and a number within tolerance', async () => {
    const learner = await signUp(t.app);
    const attempt = await start(learner, { topic: 'algo-complexity-analysis' });
    const response = await answer(learner, attempt.id, {
      answers: [
        { question: 'algo-complexity-merge-sort-recurrence', response: { text: '  Θ(N   LOG n). ' } },
        { question: 'algo-complexity-binary-search-probes', response: { value: 20 } },
      ],
    });
    expect(response.json().results.map((r: { correct: boolean }) => r.correct)).toEqual([true, true]);
  });

  it('keeps the first answer to a question, and takes none once the attempt is finished', async () => {
    const learner = await signUp(t.app);
    const attempt = await start(learner);
    const question = questions.get(attempt.questions[0].question.id)!;
    await answer(learner, attempt.id, {
      answers: [{ question: question.id, response: wrongResponse(question) }],
    });
    const retry = await answer(learner, attempt.id, {
      answers: [{ question: question.id, response: rightResponse(question) }],
    });
    expect(retry.json().results[0]).toMatchObject({ correct: false, response: wrongResponse(question) });

    const finish = await answer(learner, attempt.id, { answers: [], finish: true });
    expect(finish.json().attempt).toMatchObject({ score: 0 });
    const late = await answer(learner, attempt.id, {
      answers: [{ question: attempt.questions[1].question.id, response: { value: true } }],
    });
    expect(late.statusCode).toBe(409);
  });

  it('stores one answer when two requests answer the same question at once; both see the stored one', async () => {
    const learner = await signUp(t.app);
    const attempt = await start(learner);
    const question = questions.get(attempt.questions[0].question.id)!;
    const [a, b] = await Promise.all([
      answer(learner, attempt.id, {
        answers: [{ question: question.id, response: rightResponse(question) }],
      }),
      answer(learner, attempt.id, {
        answers: [{ question: question.id, response: wrongResponse(question) }],
      }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().results[0]).toEqual(b.json().results[0]);
    const stored = (
      await t.app.inject({ url: `/api/v1/quiz-attempts/${attempt.id}`, headers: learner.headers })
    ).json();
    expect(stored.questions.filter((q: { result?: unknown }) => q.result !== undefined)).toHaveLength(1);
    expect(stored.questions[0].result).toEqual(a.json().results[0]);
  });

  it('refuses, whole, answers of the wrong shape or to questions not in the attempt', async () => {
    const learner = await signUp(t.app);
    const attempt = await start(learner);
    const single = attempt.questions.find(
      (q: { question: { kind: string } }) => q.question.kind === 'single',
    );
    const response = await answer(learner, attempt.id, {
      answers: [
        { question: single.question.id, response: { value: true } },
        { question: 'algo-complexity-growth-order', response: { order: [1, 2] } },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'answers.0.response',
      'answers.1.question',
    ]);
    const after = await t.app.inject({
      url: `/api/v1/quiz-attempts/${attempt.id}`,
      headers: learner.headers,
    });
    expect(after.json().questions.some((q: { result?: unknown }) => q.result !== undefined)).toBe(false);
  });

  it("is the learner's own: another account gets 404, a guest 401", async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const attempt = await start(owner);
    expect(
      (await t.app.inject({ url: `/api/v1/quiz-attempts/${attempt.id}`, headers: other.headers })).statusCode,
    ).toBe(404);
    expect((await answer(other, attempt.id, { answers: [] })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/quiz-attempts/${attempt.id}` })).statusCode).toBe(401);
    const list = await t.app.inject({ url: '/api/v1/me/quiz-attempts', headers: other.headers });
    expect(list.json().data).toEqual([]);
  });

  it('draws a week quiz from the topics of the week, at most as many as asked', async () => {
    const learner = await signUp(t.app);
    const attempt = await start(learner, { week: 's1-w01-02-python-mastery', limit: 5 });
    expect(attempt.questions).toHaveLength(5);
    expect(attempt.week).toBe('s1-w01-02-python-mastery');
    const weekTopics = new Set(
      roadmap
        .flatMap((session) => session.weeks)
        .filter((week) => week.slug === 's1-w01-02-python-mastery')
        .flatMap((week) => week.bullets.flatMap((bullet) => bullet.topics.map((tp) => tp.slug))),
    );
    for (const q of attempt.questions) expect(weekTopics).toContain(q.question.topic);
  });
});

describe("a learner's record", () => {
  it('lists attempts newest first, keeps the best score per topic and the questions still missed', async () => {
    const learner = await signUp(t.app);
    const topicQuestions = [...questions.values()].filter((q) => q.topic === topic);
    const missed = topicQuestions[0]!;

    const first = await start(learner);
    await answer(learner, first.id, {
      answers: topicQuestions.map((q) => ({
        question: q.id,
        response: q === missed ? wrongResponse(q) : rightResponse(q),
      })),
    });
    let misses = (await t.app.inject({ url: '/api/v1/me/quiz-misses', headers: learner.headers })).json();
    expect(misses.questions).toMatchObject([{ question: missed.id, topic, misses: 1 }]);

    const second = await start(learner);
    await answer(learner, second.id, {
      answers: [{ question: missed.id, response: rightResponse(missed) }],
      finish: true,
    });
    misses = (await t.app.inject({ url: '/api/v1/me/quiz-misses', headers: learner.headers })).json();
    expect(misses.questions).toEqual([]);

    const list = (
      await t.app.inject({ url: '/api/v1/me/quiz-attempts?limit=1', headers: learner.headers })
    ).json();
    expect(list.data.map((a: { id: string }) => a.id)).toEqual([second.id]);
    const next = (
      await t.app.inject({
        url: `/api/v1/me/quiz-attempts?limit=1&cursor=${list.nextCursor}`,
        headers: learner.headers,
      })
    ).json();
    expect(next.data.map((a: { id: string }) => a.id)).toEqual([first.id]);

    const n = topicQuestions.length;
    const scores = (await t.app.inject({ url: '/api/v1/me/quiz-scores', headers: learner.headers })).json();
    expect(scores.topics).toEqual([
      { topic, score: n - 1, total: n, percent: Math.round(((n - 1) / n) * 100), attempts: 2 },
    ]);
    const overview = (
      await t.app.inject({ url: `/api/v1/quizzes/topics/${topic}`, headers: learner.headers })
    ).json();
    expect(overview.best).toEqual({ score: n - 1, total: n, percent: Math.round(((n - 1) / n) * 100) });
  });

  it('travels in the progress export and back in, graded again on import, once', async () => {
    const learner = await signUp(t.app);
    const attempt = await start(learner, { topic: 'py-generators' });
    const ids: string[] = attempt.questions.map((q: { question: { id: string } }) => q.question.id);
    await answer(learner, attempt.id, {
      answers: ids.map((id) => ({ question: id, response: rightResponse(questions.get(id)!) })),
    });
    const exported = (
      await t.app.inject({ url: '/api/v1/me/progress/export', headers: learner.headers })
    ).json();
    expect(exported.quizAttempts).toHaveLength(1);
    expect(exported.quizAttempts[0]).toMatchObject({ id: attempt.id, topic: 'py-generators' });

    // Someone edits the file to claim a wrong answer was right: the server grades it again.
    const tampered = structuredClone(exported);
    tampered.quizAttempts[0].id = randomUUID();
    tampered.quizAttempts[0].answers[0].response = wrongResponse(
      questions.get(tampered.quizAttempts[0].answers[0].question)!,
    );

    const other = await signUp(t.app);
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/progress/import',
      headers: other.headers,
      payload: tampered,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ imported: 0, quizAttempts: 1 });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/progress/import',
      headers: other.headers,
      payload: tampered,
    });
    expect(again.json()).toEqual({ imported: 0, quizAttempts: 0 });
    const scores = (await t.app.inject({ url: '/api/v1/me/quiz-scores', headers: other.headers })).json();
    expect(scores.topics).toMatchObject([
      { topic: 'py-generators', score: ids.length - 1, total: ids.length },
    ]);

    const bad = structuredClone(exported);
    bad.quizAttempts[0].id = randomUUID();
    bad.quizAttempts[0].answers[0].question = 'no-such-question';
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/progress/import',
      headers: other.headers,
      payload: bad,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('quizAttempts.0.answers.0');
  });
});

describe('question statistics', () => {
  it('show admins how often each option is chosen and the share right; learners get 403', async () => {
    const admin = await signUpAdmin(t.app, t.database);
    const id = 'py-data-types-hashable-key';
    const question = questions.get(id)!;
    const before = (
      await t.app.inject({ url: `/api/v1/admin/quiz-questions/${id}/stats`, headers: admin.headers })
    ).json();
    for (const response of [rightResponse(question), wrongResponse(question), wrongResponse(question)]) {
      const learner = await signUp(t.app);
      const attempt = await start(learner);
      await answer(learner, attempt.id, { answers: [{ question: id, response }] });
    }
    const response = await t.app.inject({
      url: `/api/v1/admin/quiz-questions/${id}/stats`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    const stats = response.json();
    expect(stats.answers - before.answers).toBe(3);
    expect(stats.correct - before.correct).toBe(1);
    const chosen = (s: typeof stats, optionId: number) =>
      s.versions[0].options.find((o: { id: number }) => o.id === optionId).chosen;
    const wrongId = wrongResponse(question).options![0]!;
    expect(chosen(stats, wrongId) - chosen(before, wrongId)).toBe(2);

    const topicStats = (
      await t.app.inject({ url: `/api/v1/admin/quizzes/topics/${topic}/stats`, headers: admin.headers })
    ).json();
    expect(topicStats.questions.find((q: { question: string }) => q.question === id).answers).toBe(
      stats.answers,
    );

    const learner = await signUp(t.app);
    expect(
      (await t.app.inject({ url: `/api/v1/admin/quiz-questions/${id}/stats`, headers: learner.headers }))
        .statusCode,
    ).toBe(403);
  });
});

describe('the quiz rate limit', () => {
  it('limits starting and answering per user, apart from the general budget', async () => {
    const limited = await startTestApp({ RATE_LIMIT_QUIZ_ANSWERS_PER_USER: '2' });
    try {
      const learner = await signUp(limited.app);
      const post = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/quiz-attempts',
          headers: learner.headers,
          payload: { topic },
        });
      expect((await post()).statusCode).toBe(201);
      expect((await post()).statusCode).toBe(201);
      const third = await post();
      expect(third.statusCode).toBe(429);
      expect(third.headers['retry-after']).toBeDefined();
      expect(
        (await limited.app.inject({ url: `/api/v1/quizzes/topics/${topic}`, headers: learner.headers }))
          .statusCode,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
