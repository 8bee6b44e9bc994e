/**
 * Test-suite problems through the real sandbox: the data names the tests, a sample's failure shows its
 * message and a hidden one only its name, node:test names map nested tests, a package of several files
 * is imported as the module, and a test id the suite lacks is the package's error, not a verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProblemPackage } from '../package/read-problem-package.js';
import type { TempPackage } from '../package/temp-package.js';
import { createSandbox } from '../sandbox/run.js';
import { writeReadablePackage } from '../test/packages.js';
import { createJudge } from './judge.js';

const judge = createJudge(createSandbox());
let pkg: TempPackage;
const ids = (python: string, javascript: string) => `${JSON.stringify({ python, javascript })}\n`;

beforeAll(async () => {
  pkg = await writeReadablePackage({
    'problem.yaml': 'name: Halve\nlimits:\n  time_limit: 1\n',
    'function.yaml': 'suite:\n  python: suite/py\n  javascript: suite/js\n',
    'suite/py/test_halve.py':
      'import unittest\nfrom solution import halve\n\nclass Halve(unittest.TestCase):\n    def test_even(self):\n        self.assertEqual(halve(8), 4, "half of eight")\n    def test_odd(self):\n        self.assertEqual(halve(7), 3, "rounds down")\n',
    'suite/js/halve.test.mjs':
      "import assert from 'node:assert/strict';\nimport { describe, test } from 'node:test';\nimport { halve } from '../solution.mjs';\ndescribe('halve', () => {\n  test('even', () => assert.equal(halve(8), 4, 'half of eight'));\n  test('odd', () => assert.equal(halve(7), 3, 'rounds down'));\n});\n",
    'data/sample/1.in': ids('test_halve.Halve.test_even', 'halve > even'),
    'data/sample/1.ans': '',
    'data/secret/1.in': ids('test_halve.Halve.test_odd', 'halve > odd'),
    'data/secret/1.ans': '',
  });
});
afterAll(async () => {
  await judge.close();
  await pkg.remove();
});

const problem = () => readProblemPackage(pkg.dir);

describe('a test-suite problem', () => {
  it("shows a sample's assertion message and only the name of a hidden test", async () => {
    const wrongSample = await judge.judge({
      problem: await problem(),
      language: 'python',
      source: 'def halve(n):\n    return n / 2 + 1\n',
    });
    expect(wrongSample.tests[0]).toMatchObject({ name: 'sample/1', verdict: 'WA' });
    expect(wrongSample.tests[0]?.message).toMatch(/^5\.0 != 4 : half of eight/);

    const wrongHidden = await judge.judge({
      problem: await problem(),
      language: 'javascript',
      source: 'export const halve = (n) => n / 2;\n',
    });
    expect(wrongHidden.verdict).toBe('WA');
    expect(wrongHidden.tests.map((t) => [t.name, t.verdict])).toEqual([
      ['sample/1', 'AC'],
      ['secret/1', 'WA'],
    ]);
    expect(wrongHidden.tests[1]?.message).toBe('a hidden test: its message is not shown');
  });

  it('imports a package of several files as the module (the judge API files)', async () => {
    const result = await judge.judge({
      problem: await problem(),
      language: 'python',
      files: [
        { path: 'solution/__init__.py', content: 'from .arith import halve\n' },
        { path: 'solution/arith.py', content: 'def halve(n):\n    return n // 2\n' },
      ],
    });
    expect(result.verdict, result.message).toBe('AC');
  });

  it('runs TypeScript against the JavaScript suite', async () => {
    const result = await judge.judge({
      problem: await problem(),
      language: 'typescript',
      source: 'export function halve(n: number): number {\n  return Math.floor(n / 2);\n}\n',
    });
    expect(result.verdict, result.message).toBe('AC');
  });

  it('reports a test id the suite does not have as broken test data, naming it', async () => {
    const broken = await writeReadablePackage({
      'problem.yaml': 'name: Halve\nlimits:\n  time_limit: 1\n',
      'function.yaml': 'suite:\n  python: suite\n',
      'suite/test_halve.py':
        'import unittest\n\nclass Halve(unittest.TestCase):\n    def test_even(self):\n        pass\n',
      'data/secret/1.in': '{"python": "test_halve.Halve.test_evn"}\n',
      'data/secret/1.ans': '',
    });
    try {
      const result = await judge.judge({
        problem: await readProblemPackage(broken.dir),
        language: 'python',
        source: 'def halve(n):\n    return n // 2\n',
      });
      expect(result.verdict).toBe('IE');
      expect(result.message).toMatch(
        /^the problem's test data is broken: secret\/1: the suite has no test test_halve\.Halve\.test_evn/,
      );
    } finally {
      await broken.remove();
    }
  });
});
