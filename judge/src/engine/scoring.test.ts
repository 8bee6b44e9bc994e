import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProblemPackage } from '../package/read-problem-package.js';
import type { ProblemPackage } from '../package/types.js';
import { gradeSubmission, maxScore } from './scoring.js';
import type { Verdict } from './verdict.js';

let problem: ProblemPackage;
beforeAll(async () => {
  problem = await readProblemPackage(
    fileURLToPath(new URL('../conformance/packages/scoring-groups', import.meta.url)),
  );
});

const verdictsWhere = (verdictOf: (name: string) => Verdict) =>
  new Map(problem.testData.cases.map((test) => [test.name, verdictOf(test.name)]));

describe('scoring groups (legacy default grader)', () => {
  it('gives the full score when every test passes', () => {
    expect(maxScore(problem.testData)).toBe(100);
    expect(
      gradeSubmission(
        problem.testData,
        verdictsWhere(() => 'AC'),
      ),
    ).toEqual({ verdict: 'AC', score: 100 });
  });

  it("gives a group's points only when all its tests pass, and accepts a partial score", () => {
    const graded = gradeSubmission(
      problem.testData,
      verdictsWhere((name) => (name.includes('group2') ? 'TLE' : 'AC')),
    );
    expect(graded).toEqual({ verdict: 'AC', score: 30 });
  });

  it('ignores the samples and rejects a submission that earns nothing, with its first error', () => {
    const graded = gradeSubmission(
      problem.testData,
      verdictsWhere((name) => (name.startsWith('sample') ? 'AC' : 'WA')),
    );
    expect(graded).toEqual({ verdict: 'WA', score: 0 });
  });

  it('does not accept a submission whose judging stopped before any scored test', () => {
    const stoppedAtSample = new Map<string, Verdict>([['sample/1', 'WA']]);
    expect(gradeSubmission(problem.testData, stoppedAtSample)).toEqual({ verdict: 'WA', score: 0 });
  });

  it('counts tests that were never run as not judged', () => {
    const onlyGroup1 = new Map([...verdictsWhere(() => 'AC')].filter(([name]) => name.includes('group1')));
    expect(gradeSubmission(problem.testData, onlyGroup1).score).toBe(30);
  });
});
