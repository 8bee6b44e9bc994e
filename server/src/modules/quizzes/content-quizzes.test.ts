/**
 * The quizzes in content/quizzes/ are product: every file keeps the format (docs/quiz-format.md), every
 * code-output answer is what its snippet really prints in the judge's sandbox, every numeric answer
 * that comes from a formula is what the formula computes, and every topic has at least the questions
 * `content/quizzes/_coverage.yaml` asks for (its minimums are the one place to change them).
 * Snippets run concurrently, as many at a time as the machine has cores; the formulas in one Python run.
 */
import { createJudge, createSandbox } from '@winterarc/judge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPaths } from '../../infra/paths.js';
import { loadRoadmapContent, type SessionContent } from '../roadmap/content.js';
import { type AnswerChecker, checkQuizAnswers, createAnswerChecker } from './answer-check.js';
import { loadQuizContent, type QuizContent } from './content.js';
import { coverageOf, coverageShortfalls, coverageTable, readCoverageRules } from './coverage.js';

let roadmap: SessionContent[];
let quizzes: QuizContent;
beforeAll(async () => {
  roadmap = await loadRoadmapContent(repoPaths.roadmapContent);
  const topics = new Set(
    roadmap.flatMap((s) => s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics.map((t) => t.slug)))),
  );
  // Throws with every mistake listed (file, question id, what is wrong, what to do).
  quizzes = await loadQuizContent(repoPaths.quizzesContent, topics);
});

describe('the quizzes', () => {
  it('keep the format and its rules in every file', () => {
    expect(quizzes.questions.length).toBeGreaterThan(0);
  });

  it('meet the minimum number of questions per topic set in _coverage.yaml', async () => {
    const rules = await readCoverageRules(repoPaths.quizzesContent);
    const rows = coverageOf(roadmap, quizzes.questions, quizzes.files, rules);
    console.log(`Quiz coverage (minimums from content/quizzes/_coverage.yaml):\n${coverageTable(rows)}`);
    expect(coverageShortfalls(rows, rules)).toEqual([]);
  });

  it('carry a formula with every numeric answer that is not a plain count', () => {
    // A numeric answer without a formula must be a whole number stated in the prompt's own terms;
    // anything with a fraction comes from a computation, which must be written down.
    const missing = quizzes.questions.filter(
      (q) => q.spec.kind === 'numeric' && q.spec.formula === undefined && !Number.isInteger(q.spec.answer),
    );
    expect(missing.map((q) => `${quizzes.files.get(q.topic)}, question "${q.id}"`)).toEqual([]);
  });
});

describe('the answers, computed', () => {
  let checker: AnswerChecker;
  const judge = createJudge(createSandbox());
  beforeAll(async () => {
    checker = await createAnswerChecker(judge);
  });
  afterAll(async () => {
    await checker?.close();
    await judge.close();
  });

  it('every code-output snippet prints its stated answer in the sandbox, and every formula gives its number', {
    timeout: 600_000,
  }, async () => {
    const checked = await checkQuizAnswers(
      checker,
      quizzes.questions,
      (question) => `${quizzes.files.get(question.topic)}, question "${question.id}"`,
    );
    console.log(`Checked ${checked.snippets} snippets and ${checked.formulas} formulas in the sandbox.`);
    expect(checked.failures).toEqual([]);
    expect(checked.snippets).toBeGreaterThan(0);
    expect(checked.formulas).toBeGreaterThan(0);
  });
});
