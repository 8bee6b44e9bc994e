/**
 * The conformance suite: every package in packages/ is verified — each submission in
 * `submissions/<expected>/` (or with DOMjudge's `@EXPECTED_RESULTS@`) must get exactly the verdict it
 * promises, in every language it is written in, through the real sandbox; every input validator must
 * accept every input, and a package without a time limit must get one derived.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../engine/judge.js';
import { verifyPackage } from '../engine/verify.js';
import { readProblemPackage } from '../package/read-problem-package.js';
import { createSandbox } from '../sandbox/run.js';

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));
const judge = createJudge(createSandbox());
afterAll(() => judge.close());

const packages = readdirSync(packagesDir).sort();

describe('conformance packages', () => {
  it.each(packages)(
    '%s: every submission gets the verdict its folder promises',
    { timeout: 120_000 },
    async (name) => {
      const problem = await readProblemPackage(`${packagesDir}${name}`);
      const report = await verifyPackage(judge, problem);
      const summary = report.checks.map(
        (c) => `${c.submission.path}: expected ${c.expected}, got ${c.result.verdict}`,
      );
      expect(
        report.checks
          .filter((c) => !c.ok)
          .map(
            (c) =>
              `${c.submission.path}: expected ${c.expected}, got ${c.result.verdict} (${c.result.message ?? c.result.tests.at(-1)?.message ?? ''})`,
          ),
      ).toEqual([]);
      expect(summary.length).toBe(problem.submissions.length);
      expect(report.inputProblems).toEqual([]);
      expect(report.timeLimitProblem).toBeUndefined();
    },
  );
});
