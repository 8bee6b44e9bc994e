/**
 * The starter problems in content/problems/ are what a first-time user, the integration tests and the
 * benchmarks judge against, so each must be right: every package's own submissions get the verdict
 * their folder promises through the real sandbox (as `winterarc problem verify` does), and the
 * catalog lists exactly the packages there with valid slugs, difficulties, tags and roadmap topics.
 */
import { existsSync, readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import {
  createJudge,
  createSandbox,
  createSelfTestRunner,
  type ProblemPackage,
  readProblemPackage,
  selfTestTimingTable,
} from '@winterarc/judge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPaths } from '../../infra/paths.js';
import { loadRoadmapContent } from '../roadmap/content.js';
import { boundProblems, constraintsFile, readDeclaredBounds } from './package-bounds.js';
import { type CatalogEntry, loadProblemCatalog } from './seed-problems.js';

/**
 * Small but sharp: a maximum-size test of 10^5 lines (free-ride) is about 2 MiB; the import itself
 * takes test files up to 8 MiB, but the repository and CI stay lean under these caps.
 */
const maxTestFileBytes = 3 * 1024 * 1024;
const maxPackageDataBytes = 16 * 1024 * 1024;

/**
 * What one package's self-test may cost on the 2-core CI machine so that a bank of ~130 packages
 * self-tests in under 5 minutes (300 s x 2 cores / 130). Reported per package after the lane, never
 * asserted: the figure depends on the machine and its load (docs/testing.md).
 */
const packageBudgetSeconds = 5;

let catalog: CatalogEntry[];
const packages = new Map<string, ProblemPackage>();
beforeAll(async () => {
  catalog = (await loadProblemCatalog(repoPaths.problemsContent)).entries;
  for (const entry of catalog) packages.set(entry.slug, await readProblemPackage(entry.dir));
});

describe('the starter problem catalog', () => {
  it('lists every package once, with a difficulty from 1 to 5 and kebab-case tags', () => {
    // loadProblemCatalog refuses unlisted directories, missing ones and duplicates.
    expect(catalog.length).toBeGreaterThanOrEqual(8);
    for (const entry of catalog) {
      expect(entry.difficulty).toBeGreaterThanOrEqual(1);
      expect(entry.difficulty).toBeLessThanOrEqual(5);
      expect(entry.tags.length, entry.slug).toBeGreaterThan(0);
      for (const tag of entry.tags) expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(new Set(catalog.map((e) => e.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('links every problem to at least one roadmap topic, and only to topics that exist', async () => {
    const roadmap = await loadRoadmapContent(repoPaths.roadmapContent);
    const topics = new Set(
      roadmap.flatMap((s) => s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics.map((t) => t.slug)))),
    );
    for (const entry of catalog) {
      expect(entry.topics.length, `${entry.slug} has no topic`).toBeGreaterThan(0);
      for (const topic of entry.topics) expect(topics, entry.slug).toContain(topic);
    }
  });

  it('mixes the problem styles: function, stdio, a custom checker and an interactive problem', () => {
    const all = [...packages.values()];
    expect(all.filter((p) => p.function !== undefined).length).toBeGreaterThanOrEqual(4);
    expect(all.filter((p) => p.function === undefined).length).toBeGreaterThanOrEqual(3);
    expect(all.some((p) => p.outputValidation.kind === 'custom' && !p.interactive)).toBe(true);
    expect(all.some((p) => p.interactive)).toBe(true);
    const types = all.flatMap((p) => p.function?.signature.params.map((param) => param.type.kind) ?? []);
    expect(types.some((kind) => kind === 'linked_list' || kind === 'binary_tree')).toBe(true);
  });

  it('gives every package a time limit, a statement, samples and small test files', async () => {
    for (const [slug, problem] of packages) {
      expect(problem.limits.timeLimit, slug).toBeDefined();
      expect(
        problem.statements.map((s) => s.language),
        slug,
      ).toContain('en');
      expect(problem.warnings, slug).toEqual([]);
      const cases = problem.testData.cases;
      expect(
        cases.some((c) => c.group.startsWith('sample')),
        slug,
      ).toBe(true);
      expect(cases.filter((c) => c.group.startsWith('secret')).length, slug).toBeGreaterThanOrEqual(5);
      let dataBytes = 0;
      for (const file of cases.flatMap((c) => [c.input, c.answer])) {
        const { size } = await stat(file);
        expect(size, path.relative(repoPaths.problemsContent, file)).toBeLessThan(maxTestFileBytes);
        dataBytes += size;
      }
      expect(dataBytes, `${slug}: test data in all`).toBeLessThan(maxPackageDataBytes);
      const expected = problem.submissions.map((s) => s.expected);
      expect(expected, slug).toContain('wrong_answer');
      const acceptedLanguages = new Set(
        problem.submissions.filter((s) => s.expected === 'accepted').map((s) => s.language),
      );
      // A test-suite problem for the Python track may have a Python suite only.
      const languagesOffered = problem.suite === undefined ? 2 : Object.keys(problem.suite.suites).length;
      expect(acceptedLanguages.size, slug).toBeGreaterThanOrEqual(Math.min(2, languagesOffered));
      expect(acceptedLanguages, slug).toContain('python');
    }
  });
});

describe('function and class problem statements', () => {
  it('state the real time rule: the limit per call and limit + 1 s of CPU for the whole run', () => {
    // The judge gives a function problem's process one second more than time_limit for start-up
    // (judge-function.ts); a learner must not be surprised by a whole-run timeout.
    for (const [slug, problem] of packages) {
      if (problem.function === undefined && problem.class === undefined) continue;
      const limit = problem.limits.timeLimit!;
      const seconds = (n: number) => `**${n} second${n === 1 ? '' : 's'}`;
      const statement = problem.statements.find((s) => s.language === 'en')!;
      const text = statement.text.replace(/\s+/g, ' ');
      expect(text, slug).toContain('## Limits');
      expect(text, slug).toContain(`at most ${seconds(limit)}**`);
      expect(text, slug).toContain(`at most ${seconds(limit + 1)} of CPU time**`);
    }
  });
});

describe('the test data of every package', () => {
  it.each(loadSlugsSync())(
    '%s: keeps the bounds its constraints.yaml states and reaches both ends of each',
    async (slug) => {
      const problem = packages.get(slug)!;
      if (problem.suite !== undefined) {
        // A test-suite problem's inputs name tests of its suite: there is no input size to bound.
        expect(existsSync(path.join(repoPaths.problemsContent, slug, constraintsFile)), slug).toBe(false);
        return;
      }
      const declared = await readDeclaredBounds(path.join(repoPaths.problemsContent, slug));
      expect(declared.measure).toBe(problem.function === undefined ? 'validator' : 'arguments');
      expect(await boundProblems(problem, declared)).toEqual([]);
    },
  );
});

describe('the starter problem packages', () => {
  const judge = createJudge(createSandbox());
  // Packages are judged concurrently (the tests are concurrent), as many at a time as the machine has
  // cores, so CI time grows with content divided by cores; `-t <slug>` judges only that package.
  // Verdicts do not depend on it: limits are CPU time, and the wall limit (3 x CPU + 1 s) leaves room
  // for sharing a core.
  const runner = createSelfTestRunner(judge, availableParallelism());
  afterAll(async () => {
    await judge.close();
    // What each package cost, slowest first, in every CI run's output.
    if (runner.finished().length > 0)
      console.log(
        `Self-test time per package (${availableParallelism()} at a time; budget ${packageBudgetSeconds} s each):\n${selfTestTimingTable(runner.finished(), packageBudgetSeconds)}`,
      );
  });

  // One test per package, in name order; the slugs are read synchronously to name the tests.
  // Concurrent tests assert with their own context's expect.
  it.concurrent.for(loadSlugsSync())(
    '%s: every submission gets the verdict its folder promises',
    { timeout: 600_000 },
    async (slug, { expect }) => {
      const problem = packages.get(slug)!;
      const { report } = await runner.run(slug, problem);
      expect(report.inputProblems).toEqual([]);
      expect(
        report.checks
          .filter((c) => !c.ok)
          .map(
            (c) =>
              `${c.submission.path}: expected ${c.expected}, got ${c.result.verdict} (${c.result.message ?? c.result.tests.at(-1)?.message ?? ''})`,
          ),
      ).toEqual([]);
      expect(report.checks.length).toBe(problem.submissions.length);
    },
  );
});

/** The package directories, for naming the tests before beforeAll runs. */
function loadSlugsSync(): string[] {
  return readdirSync(repoPaths.problemsContent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}
