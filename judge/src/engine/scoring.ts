/**
 * Scores of scoring problems from per-test verdicts, walking the test groups as the Kattis default
 * grader does (legacy `grader_flags`, `accept_score`, `on_reject`, `range`), and the 2023-07 `scoring`
 * of a group (`pass-fail`, `sum`, `min` with a `score`).
 * @see https://www.kattis.com/problem-package-format/spec/legacy-icpc.html#graders
 */
import type { TestCase, TestData, TestGroup } from '../package/types.js';
import type { Verdict } from './verdict.js';

export interface Graded {
  verdict: Verdict;
  score: number;
}

/** How bad a verdict is, for `worst_error`: later is worse. */
const severity: Verdict[] = ['AC', 'WA', 'OLE', 'TLE', 'MLE', 'RE', 'CE', 'IE'];

function gradeCase(test: TestCase, verdicts: ReadonlyMap<string, Verdict>): Graded | undefined {
  const verdict = verdicts.get(test.name);
  if (verdict === undefined) return undefined;
  return { verdict, score: verdict === 'AC' ? test.settings.acceptScore : test.settings.rejectScore };
}

function aggregate(group: TestGroup, children: Graded[], flags: readonly string[]): Graded {
  const scoring = group.settings.scoring;
  const allAccepted = children.every((child) => child.verdict === 'AC');
  const firstError = children.find((child) => child.verdict !== 'AC')?.verdict;
  let verdict: Verdict;
  if (flags.includes('always_accept')) verdict = 'AC';
  else if (flags.includes('accept_if_any_accepted') && children.some((child) => child.verdict === 'AC'))
    verdict = 'AC';
  else if (flags.includes('worst_error'))
    verdict =
      children.map((c) => c.verdict).sort((a, b) => severity.indexOf(b) - severity.indexOf(a))[0] ?? 'AC';
  else verdict = firstError ?? 'AC';

  const scores = children.map((child) => child.score);
  let score: number;
  if (scoring !== undefined) {
    const max = typeof scoring.score === 'number' ? scoring.score : 0;
    if (scoring.aggregation === 'pass-fail') score = allAccepted && children.length > 0 ? max : 0;
    else if (scoring.aggregation === 'min') score = scores.length === 0 ? 0 : Math.min(...scores);
    else score = scores.reduce((a, b) => a + b, 0);
  } else if (flags.includes('min')) score = scores.length === 0 ? 0 : Math.min(...scores);
  else if (flags.includes('avg'))
    score = scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
  else if (flags.includes('max')) score = scores.length === 0 ? 0 : Math.max(...scores);
  else score = scores.reduce((a, b) => a + b, 0);
  const { min, max } = group.settings.range;
  return { verdict, score: Math.min(max, Math.max(min, score)) };
}

function gradeGroup(group: TestGroup, verdicts: ReadonlyMap<string, Verdict>): Graded | undefined {
  const children: Graded[] = [];
  for (const child of group.children) {
    const graded = child.kind === 'case' ? gradeCase(child, verdicts) : gradeGroup(child, verdicts);
    if (graded === undefined) continue;
    children.push(graded);
    // on_reject: break — the rest of the group counts as not judged.
    if (graded.verdict !== 'AC' && group.settings.onReject === 'break') break;
  }
  if (children.length === 0) return undefined;
  return aggregate(group, children, group.settings.graderFlags);
}

/** The submission's verdict and score from its per-test verdicts (tests not run count as not judged). */
export function gradeSubmission(testData: TestData, verdicts: ReadonlyMap<string, Verdict>): Graded {
  const flags = testData.secret.settings.graderFlags;
  const parts = [
    flags.includes('ignore_sample') ? undefined : gradeGroup(testData.sample, verdicts),
    gradeGroup(testData.secret, verdicts),
  ].filter((part): part is Graded => part !== undefined);
  // Nothing that counts was judged (e.g. judging stopped at a failed sample): the failure stands.
  if (parts.length === 0)
    return { verdict: [...verdicts.values()].find((v) => v !== 'AC') ?? 'AC', score: 0 };
  return aggregate({ ...testData.secret, children: [] }, parts, flags);
}

/** The best score the problem gives: every test accepted. */
export function maxScore(testData: TestData): number {
  return gradeSubmission(testData, new Map(testData.cases.map((test) => [test.name, 'AC' as Verdict]))).score;
}
