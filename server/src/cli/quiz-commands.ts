/**
 * `winterarc quiz verify [dir]`: what the content test checks, for a writer on a host with the
 * sandbox — every file loaded and checked, every code-output snippet run, every formula recomputed,
 * and the coverage per week against `_coverage.yaml`.
 */
import path from 'node:path';
import { createJudge } from '@winterarc/judge';
import { loadConfig } from '../infra/config/config.js';
import { checkQuizAnswers, createAnswerChecker } from '../modules/quizzes/answer-check.js';
import { loadQuizContent, topicSlugsOf } from '../modules/quizzes/content.js';
import {
  coverageOf,
  coverageShortfalls,
  coverageTable,
  readCoverageRules,
} from '../modules/quizzes/coverage.js';
import { loadRoadmapContent } from '../modules/roadmap/content.js';
import { openSandbox } from './judge-commands.js';

export async function quizVerifyCommand(dir: string | undefined) {
  const config = loadConfig();
  const quizzesDir = path.resolve(dir ?? config.quizzesContentDir);
  const roadmap = await loadRoadmapContent(config.roadmapContentDir);
  // A mistake in the files stops here with every one of them listed (QuizContentError).
  const content = await loadQuizContent(quizzesDir, topicSlugsOf(roadmap));
  // A folder being written elsewhere may have no _coverage.yaml of its own: the shipped one applies.
  const rules = await readCoverageRules(quizzesDir).catch(() => readCoverageRules(config.quizzesContentDir));
  const rows = coverageOf(roadmap, content.questions, content.files, rules);
  process.stdout.write(
    `${content.questions.length} questions in ${content.files.size} files keep the format.\n`,
  );
  process.stdout.write(`${coverageTable(rows)}\n`);

  const judge = createJudge(openSandbox());
  const checker = await createAnswerChecker(judge);
  const started = Date.now();
  try {
    const checked = await checkQuizAnswers(
      checker,
      content.questions,
      (question) => `${content.files.get(question.topic)}, question "${question.id}"`,
    );
    process.stdout.write(
      `Ran ${checked.snippets} snippets and ${checked.formulas} formulas in the sandbox in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
    );
    const problems = [...checked.failures, ...coverageShortfalls(rows, rules)];
    for (const problem of problems) process.stdout.write(`  - ${problem}\n`);
    if (problems.length > 0) {
      process.stdout.write(`${problems.length} problem(s).\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('Every answer checked is right.\n');
    }
  } finally {
    await checker.close();
    await judge.close();
  }
}
