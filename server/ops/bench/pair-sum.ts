/**
 * The Python function problem the judge and pipeline benchmarks share: "Pair sum", 20 tests of 200
 * numbers each, written as a package into a temporary directory, with solutions in three languages.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function writePackage(files: Record<string, string>, name = 'winterarc-bench-problem-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), name));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

export function twentyTests(make: (i: number) => [string, string]): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 20; i += 1) {
    const [input, answer] = make(i);
    files[`data/secret/${String(i).padStart(2, '0')}.in`] = input;
    files[`data/secret/${String(i).padStart(2, '0')}.ans`] = answer;
  }
  return files;
}

/** Writes the package and returns its directory. */
export function writePairSumPackage(): string {
  return writePackage({
    'problem.yaml': 'name: Pair sum\nlimits:\n  time_limit: 2\n',
    'function.yaml':
      'name: solve\nparams:\n  - name: nums\n    type: list<int>\n  - name: target\n    type: int\nreturns: list<int>\n',
    ...twentyTests((i) => {
      const nums = Array.from({ length: 200 }, (_, k) => k * 3 + i);
      // The two largest: the only pair with that sum, so the expected answer is unique.
      return [JSON.stringify([nums, nums[198]! + nums[199]!]), JSON.stringify([198, 199])];
    }),
  });
}

export const pairSumSolutions = {
  python:
    'def solve(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i\n',
  javascript:
    'function solve(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i += 1) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n',
  typescript:
    'function solve(nums: number[], target: number): number[] {\n  const seen = new Map<number, number>();\n  for (let i = 0; i < nums.length; i += 1) {\n    const other = seen.get(target - nums[i]!);\n    if (other !== undefined) return [other, i];\n    seen.set(nums[i]!, i);\n  }\n  return [];\n}\n',
  /** Returns the pair the wrong way round: Wrong Answer on every test. */
  pythonWrong:
    'def solve(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        if target - n in seen:\n            return [i, seen[target - n]]\n        seen[n] = i\n',
} as const;
