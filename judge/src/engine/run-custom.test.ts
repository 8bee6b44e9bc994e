/**
 * Runs on custom input ("Run" with your own stdin) in the real sandbox (root, bubblewrap and cgroups
 * needed), on the conformance problem sum-stdio: its limits apply, its answers do not.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProblemPackage } from '../package/read-problem-package.js';
import type { ProblemPackage } from '../package/types.js';
import { createSandbox } from '../sandbox/run.js';
import { createJudge, type Judge } from './judge.js';
import { CustomRunUnsupportedError, maxRunOutputBytes } from './run-custom.js';

const packages = fileURLToPath(new URL('../conformance/packages/', import.meta.url));

describe('runCustom', () => {
  let judge: Judge;
  let sumStdio: ProblemPackage;
  beforeAll(async () => {
    judge = createJudge(createSandbox());
    sumStdio = await readProblemPackage(path.join(packages, 'sum-stdio'));
  });
  afterAll(() => judge?.close());

  const run = (language: 'python' | 'cpp', source: string, input: string) =>
    judge.runCustom({ problem: sumStdio, language, source, input });

  it('runs the program once on the given stdin and returns what it printed', async () => {
    const result = await run('python', 'a, b = map(int, input().split())\nprint(a + b)', '2 3\n');
    expect(result).toMatchObject({ verdict: 'AC', output: '5\n', outputTruncated: false });
    expect(result.message).toBeUndefined();
    expect(result.memoryBytes).toBeGreaterThan(0);
  });

  it('compiles first: a compiler error is CE with its message, and nothing runs', async () => {
    const result = await run('cpp', 'int main( {', '2 3');
    expect(result.verdict).toBe('CE');
    expect(result.message).toMatch(/error/);
    expect(result.output).toBe('');
  });

  it('reports a crash as RE with the exit code and the end of stderr, keeping the output so far', async () => {
    const result = await run(
      'python',
      'import sys\nprint("before")\nsys.stdout.flush()\nraise ValueError("bad input " + input())',
      'xyz',
    );
    expect(result.verdict).toBe('RE');
    expect(result.output).toBe('before\n');
    expect(result.message).toMatch(/exit code 1[\s\S]*ValueError: bad input xyz/);
    expect(result.stderrTail).toContain('ValueError');
  });

  it("applies the problem's time limit", async () => {
    const result = await run('python', 'while True: pass', '');
    expect(result.verdict).toBe('TLE');
  });

  it(`keeps the first ${maxRunOutputBytes / 1024} KiB of a long output and says it was cut`, async () => {
    const result = await run('python', 'print("x" * 200000)', '');
    expect(result.verdict).toBe('AC');
    expect(result.output).toBe('x'.repeat(maxRunOutputBytes));
    expect(result.outputTruncated).toBe(true);
  });

  it('refuses function and interactive problems, whose programs read no plain stdin', async () => {
    for (const [name, why] of [
      ['two-sum-function', /function problem/],
      ['guess-number', /interactive problem/],
    ] as const) {
      const problem = await readProblemPackage(path.join(packages, name));
      const attempt = judge.runCustom({ problem, language: 'python', source: 'print(1)', input: '' });
      await expect(attempt).rejects.toThrow(CustomRunUnsupportedError);
      await expect(attempt).rejects.toThrow(why);
    }
  });
});
