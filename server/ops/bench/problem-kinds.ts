/**
 * The benchmark's class and test-suite problems (Python), 20 tests each: a counter class called ten
 * times per test, and a unittest module of 20 tests on a small function.
 */
import { twentyTests, writePackage } from './pair-sum.js';

/** A class problem: `Tally(start)`, `add(n)`, `total()`; each test is 10 calls on one instance. */
export function writeClassPackage(): string {
  return writePackage({
    'problem.yaml': 'name: Tally\nlimits:\n  time_limit: 1\n',
    'function.yaml':
      'class: Tally\nconstructor:\n  - { name: start, type: int }\nmethods:\n  - name: add\n    params: [{ name: n, type: int }]\n  - name: total\n    returns: int\n',
    ...twentyTests((i) => {
      const calls: unknown[][] = [['Tally', i]];
      const answers: unknown[] = [null];
      let total = i;
      for (let k = 1; k <= 9; k += 1) {
        if (k % 3 === 0) {
          calls.push(['total']);
          answers.push(total);
        } else {
          calls.push(['add', k * i]);
          answers.push(null);
          total += k * i;
        }
      }
      return [`${JSON.stringify(calls)}\n`, `${JSON.stringify(answers)}\n`];
    }),
  });
}

export const classSolution =
  'class Tally:\n    def __init__(self, start):\n        self.sum = start\n    def add(self, n):\n        self.sum += n\n    def total(self):\n        return self.sum\n';

/** A test-suite problem: a unittest module of 20 tests on `solution.clamp(x, low, high)`. */
export function writeSuitePackage(): string {
  const tests = Array.from(
    { length: 20 },
    (_, i) =>
      `    def test_${String(i + 1).padStart(2, '0')}(self):\n        self.assertEqual(clamp(${i - 10}, -5, 5), ${Math.max(-5, Math.min(5, i - 10))})\n`,
  ).join('\n');
  return writePackage({
    'problem.yaml': 'name: Clamp\nlimits:\n  time_limit: 1\n',
    'function.yaml': 'suite:\n  python: suite\n',
    'suite/test_clamp.py': `import unittest\n\nfrom solution import clamp\n\n\nclass Clamp(unittest.TestCase):\n${tests}`,
    ...twentyTests((i) => [`{"python": "test_clamp.Clamp.test_${String(i).padStart(2, '0')}"}\n`, '']),
  });
}

export const suiteSolution = 'def clamp(x, low, high):\n    return max(low, min(high, x))\n';
