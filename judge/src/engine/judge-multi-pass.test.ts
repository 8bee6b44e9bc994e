/**
 * Multi-pass judging beyond the conformance package's happy path (root, bubblewrap and cgroups
 * needed): a validator that never stops asking for passes, and a submission that fails in pass 2.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readProblemPackage } from '../package/read-problem-package.js';
import { createSandbox } from '../sandbox/run.js';
import { writeReadablePackage } from '../test/packages.js';
import { createJudge } from './judge.js';

const judge = createJudge(createSandbox());
afterAll(() => judge.close());

/** Accepts every output and asks for another pass with the output as its input, forever. */
const endlessValidator = [
  'import os, sys',
  'output = sys.stdin.read()',
  "open(os.path.join(sys.argv[3], 'nextpass.in'), 'w').write(output)",
  'sys.exit(42)',
].join('\n');

async function judgeOn(source: string) {
  const written = await writeReadablePackage({
    'problem.yaml':
      'name: Again\nvalidation: custom multi-pass\nlimits:\n  time_limit: 1\n  validation_passes: 3\n',
    'data/secret/1.in': '1\n',
    'data/secret/1.ans': '1\n',
    'output_validators/endless.py': endlessValidator,
  });
  try {
    return await judge.judge({ problem: await readProblemPackage(written.dir), language: 'python', source });
  } finally {
    await written.remove();
  }
}

describe('multi-pass judging', () => {
  it('feeds each pass the nextpass.in of the one before, and stops at validation_passes', async () => {
    const result = await judgeOn('print(int(input()) + 1)\n');
    expect(result.verdict).toBe('IE');
    expect(result.tests[0]!.message).toBe(
      'the output validator wrote nextpass.in after pass 3, but limits.validation_passes is 3',
    );
  });

  it('reports a failure in a later pass with its pass number', async () => {
    // Pass 1 reads "1" and prints "2"; pass 2 reads "2" and crashes.
    const result = await judgeOn('n = int(input())\nassert n == 1, "second pass"\nprint(n + 1)\n');
    expect(result.verdict).toBe('RE');
    expect(result.tests[0]!.message).toMatch(/AssertionError: second pass \(pass 2\)$/);
  });
});
