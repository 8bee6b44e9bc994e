/**
 * The "reaches the stated limits" check: how arguments are measured, and that data which leaves a
 * bound, falls short of one, or has a measure without a bound is reported with what to fix.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ProblemPackage, parseType } from '@winterarc/judge';
import { describe, expect, it } from 'vitest';
import { boundProblems, measureArgument, type Range, readDeclaredBounds } from './package-bounds.js';

describe('measureArgument', () => {
  it('measures numbers, lengths, elements and tree depth under names taken from the parameter', () => {
    const measures = new Map<string, Range>();
    measureArgument([[1, 2], [3]], parseType('list<list<int>>'), 'grid', measures);
    measureArgument([5, null, -2, null, 7], parseType('binary_tree'), 'root', measures);
    measureArgument(9, parseType('int'), 'k', measures);
    expect(Object.fromEntries(measures)).toEqual({
      'len(grid)': { min: 2, max: 2 },
      'len(grid[])': { min: 1, max: 2 },
      'grid[][]': { min: 1, max: 3 },
      'len(root)': { min: 3, max: 3 },
      'depth(root)': { min: 3, max: 3 },
      'root[]': { min: -2, max: 7 },
      k: { min: 9, max: 9 },
    });
  });
});

/** A function package of `solve(nums: list<int>)` with the given secret inputs and constraints. */
async function functionPackage(inputs: number[][], constraints: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-bounds-'));
  await writeFile(path.join(dir, 'constraints.yaml'), constraints);
  const cases = await Promise.all(
    inputs.map(async (nums, i) => {
      const input = path.join(dir, `${i}.in`);
      await writeFile(input, JSON.stringify([nums]));
      return { kind: 'case', name: `secret/${i}`, group: 'secret', input, answer: input };
    }),
  );
  const problem = {
    function: { signature: { name: 'solve', params: [{ name: 'nums', type: parseType('list<int>') }] } },
    testData: { cases },
    inputValidators: [],
  } as unknown as ProblemPackage;
  return { problem, declared: await readDeclaredBounds(dir) };
}

describe('boundProblems', () => {
  const bounds = 'measure: arguments\nbounds:\n  len(nums): [1, 4]\n  nums[]: [-5, 5]\n';

  it('accepts data that keeps every bound and reaches both ends of each', async () => {
    const { problem, declared } = await functionPackage([[-5], [1, 2, 3, 5]], bounds);
    expect(await boundProblems(problem, declared)).toEqual([]);
  });

  it('names each bound the secret tests do not reach, and data outside a bound', async () => {
    const { problem, declared } = await functionPackage(
      [
        [0, 1],
        [2, 9],
      ],
      bounds,
    );
    expect(await boundProblems(problem, declared)).toEqual([
      'no secret test reaches len(nums) = 4 (largest: 2)',
      'no secret test reaches len(nums) = 1 (smallest: 2)',
      'nums[] spans [0, 9] in the data, outside the stated [-5, 5]',
      'no secret test reaches nums[] = 5 (largest: 9)',
      'no secret test reaches nums[] = -5 (smallest: 0)',
    ]);
  });

  it('accepts an unreached bound only with a reason, and reports measures without a bound', async () => {
    const partial = 'measure: arguments\nbounds:\n  len(nums): [1, 4]\nunreached:\n  len(nums): too large\n';
    const { problem, declared } = await functionPackage([[2, 3]], partial);
    expect(await boundProblems(problem, declared)).toEqual([
      'nums[] is measured but constraints.yaml states no bound for it',
    ]);
    await expect(
      functionPackage([[1]], 'measure: arguments\nbounds:\n  k: [0, 1]\nunreached:\n  k: ""\n'),
    ).rejects.toThrow(/unreached\.k must say why/);
  });
});
