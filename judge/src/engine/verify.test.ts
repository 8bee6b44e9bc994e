/**
 * The self-test's rules (root, bubblewrap and cgroups needed): what each folder accepts, when a
 * submission stops early, and when no time limit can be derived.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readProblemPackage } from '../package/read-problem-package.js';
import { createSandbox } from '../sandbox/run.js';
import { sumData, sumPython, writeReadablePackage } from '../test/packages.js';
import { createJudge } from './judge.js';
import { verifyPackage } from './verify.js';

const judge = createJudge(createSandbox());
afterAll(() => judge.close());

async function verify(files: Record<string, string>) {
  const written = await writeReadablePackage(files);
  try {
    return await verifyPackage(judge, await readProblemPackage(written.dir));
  } finally {
    await written.remove();
  }
}

describe('verifyPackage', () => {
  it('refuses to derive a time limit when no accepted submission is accepted', async () => {
    const report = await verify({
      'problem.yaml': 'name: Sum\n',
      ...sumData(),
      'submissions/accepted/wrong.py': 'print(0)\n',
      'submissions/wrong_answer/also_wrong.py': 'print(1)\n',
    });
    expect(report.ok).toBe(false);
    expect(report.timeLimitMs).toBeUndefined();
    expect(report.timeLimitProblem).toMatch(
      /gives no limits\.time_limit and none of its 1 accepted submission\(s\) was accepted \(submissions\/accepted\/wrong\.py: WA/,
    );
    // Nothing else is judged without a limit.
    expect(report.checks.map((c) => c.submission.path)).toEqual(['submissions/accepted/wrong.py']);
  });

  it('derives the limit from accepted runs only', async () => {
    const report = await verify({
      'problem.yaml': 'name: Sum\nlimits:\n  time_multiplier: 2\n',
      ...sumData(),
      'submissions/accepted/sum.py': sumPython,
    });
    expect(report).toMatchObject({ ok: true, derived: true, timeLimitMs: 1000 });
  });

  it('counts a memory-limit kill as a run-time error, as problemtools does', async () => {
    const report = await verify({
      'problem.yaml': 'name: Sum\nlimits:\n  time_limit: 2\n  memory: 64\n',
      ...sumData(),
      'submissions/accepted/sum.py': sumPython,
      'submissions/run_time_error/hog.py': "data = b'x' * (512 << 20)\nprint(len(data))\n",
    });
    const hog = report.checks.find((c) => c.submission.name === 'hog.py')!;
    expect(hog.result.verdict).toBe('MLE');
    expect(hog.ok).toBe(true);
    expect(report.ok).toBe(true);
  });

  it('stops a submission expected to be rejected at its first failing test, also on scoring problems', async () => {
    const report = await verify({
      'problem.yaml': 'name: Sum\ntype: scoring\nlimits:\n  time_limit: 2\n',
      ...sumData(4),
      'submissions/accepted/sum.py': sumPython,
      'submissions/wrong_answer/zero.py': 'print(0)\n',
    });
    const [accepted, wrong] = report.checks;
    expect(accepted!.result).toMatchObject({ verdict: 'AC', testsRun: 5, testsTotal: 5 });
    expect(wrong!.result).toMatchObject({ verdict: 'WA', testsRun: 1, testsTotal: 5 });
    expect(report.ok).toBe(true);
  });
});
