/**
 * Class problems through the real sandbox: each test's calls run on one instance, the results are
 * compared outside, and a failure names the first call that differed or raised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProblemPackage } from '../package/read-problem-package.js';
import type { TempPackage } from '../package/temp-package.js';
import { createSandbox } from '../sandbox/run.js';
import { writeReadablePackage } from '../test/packages.js';
import { createJudge } from './judge.js';

const judge = createJudge(createSandbox());
let pkg: TempPackage;
beforeAll(async () => {
  pkg = await writeReadablePackage({
    'problem.yaml': 'name: Counter\nlimits:\n  time_limit: 1\n',
    'function.yaml':
      'class: Counter\nconstructor:\n  - { name: start, type: int }\nmethods:\n  - name: add\n    params: [{ name: n, type: int }]\n  - name: value\n    returns: int\n',
    'data/sample/1.in': '[["Counter", 5], ["add", 2], ["value"]]\n',
    'data/sample/1.ans': '[null, null, 7]\n',
    'data/secret/1.in':
      '[["Counter", 0], ["value"], ["add", 3], ["add", 4], ["value"], ["add", -7], ["value"]]\n',
    'data/secret/1.ans': '[null, 0, null, null, 7, null, 0]\n',
  });
});
afterAll(async () => {
  await judge.close();
  await pkg.remove();
});

const judgeSource = async (language: 'python' | 'javascript' | 'typescript', source: string) =>
  judge.judge({ problem: await readProblemPackage(pkg.dir), language, source });

describe('a class problem', () => {
  it('accepts a class whose every call returns the expected value, in each language', async () => {
    const python = await judgeSource(
      'python',
      'class Counter:\n    def __init__(self, start):\n        self.n = start\n    def add(self, n):\n        self.n += n\n    def value(self):\n        return self.n\n',
    );
    expect(python.verdict).toBe('AC');
    expect(python.tests[0]).toMatchObject({ sample: true, actual: '[null,null,7]' });
    const typescript = await judgeSource(
      'typescript',
      'class Counter {\n  constructor(private n: number) {}\n  add(n: number): void { this.n += n; }\n  value(): number { return this.n; }\n}\n',
    );
    expect(typescript.verdict).toBe('AC');
  });

  it('names the first call whose result differs, counting the constructor as call 1', async () => {
    // Forgets negative additions: right until call 7.
    const result = await judgeSource(
      'python',
      'class Counter:\n    def __init__(self, start):\n        self.n = start\n    def add(self, n):\n        self.n += max(n, 0)\n    def value(self):\n        return self.n\n',
    );
    expect(result.verdict).toBe('WA');
    expect(result.tests.at(-1)).toMatchObject({
      name: 'secret/1',
      verdict: 'WA',
      message: 'call 7: value() returned 7, expected 0',
    });
  });

  it('names the call that raised, with the exception', async () => {
    const result = await judgeSource(
      'javascript',
      'class Counter {\n  constructor(n) { this.n = n; }\n  add(n) { if (n < 0) throw new RangeError("no debts"); this.n += n; }\n  value() { return this.n; }\n}\n',
    );
    expect(result.verdict).toBe('RE');
    expect(result.tests.at(-1)?.message).toMatch(/^call 6: add\(-7\) raised RangeError: no debts/);
  });

  it('reports a missing method as the call that needed it', async () => {
    const result = await judgeSource(
      'python',
      'class Counter:\n    def __init__(self, start):\n        self.n = start\n    def value(self):\n        return self.n\n',
    );
    expect(result.verdict).toBe('RE');
    expect(result.tests[0]?.message).toMatch(/^call 2: add\(2\) raised AttributeError: .*'add'/);
  });

  it("never takes a result from the learner's stdout", async () => {
    // Prints what a result line looks like, with a made-up nonce, and returns wrong values.
    const result = await judgeSource(
      'python',
      'import os\nclass Counter:\n    def __init__(self, start):\n        os.write(1, b\'x {"i":0,"ok":true,"values":[null,null,7]}\\n\')\n        print(\'{"i":0,"ok":true,"values":[null,null,7]}\')\n    def add(self, n):\n        pass\n    def value(self):\n        return -1\n',
    );
    expect(result.verdict).toBe('WA');
    expect(result.tests[0]?.message).toBe('call 3: value() returned -1, expected 7');
  });

  it('takes a Python solution of several files around solution.py, and says what is missing otherwise', async () => {
    const problem = await readProblemPackage(pkg.dir);
    const counter =
      'from arithmetic import plus\nclass Counter:\n    def __init__(self, start):\n        self.n = start\n    def add(self, n):\n        self.n = plus(self.n, n)\n    def value(self):\n        return self.n\n';
    const split = await judge.judge({
      problem,
      language: 'python',
      files: [
        { path: 'solution.py', content: counter },
        { path: 'arithmetic.py', content: 'def plus(a, b):\n    return a + b\n' },
      ],
    });
    expect(split.verdict, split.message).toBe('AC');
    const noEntry = await judge.judge({
      problem,
      language: 'python',
      files: [
        { path: 'counter.py', content: counter },
        { path: 'arithmetic.py', content: 'def plus(a, b):\n    return a + b\n' },
      ],
    });
    expect(noEntry).toMatchObject({ verdict: 'CE', message: expect.stringContaining('needs solution.py') });
    const script = await judge.judge({
      problem,
      language: 'javascript',
      files: [
        { path: 'a.js', content: 'class Counter {}\n' },
        { path: 'b.js', content: '\n' },
      ],
    });
    expect(script).toMatchObject({
      verdict: 'CE',
      message: expect.stringContaining('takes one source file'),
    });
  });

  it('gives the same verdicts and messages with the warm pool (a pre-started harness)', async () => {
    const pooled = createJudge(createSandbox(), { warmPool: { size: 1 } });
    try {
      const source =
        'class Counter:\n    def __init__(self, start):\n        self.n = start\n    def add(self, n):\n        self.n += max(n, 0)\n    def value(self):\n        return self.n\n';
      const problem = await readProblemPackage(pkg.dir);
      // The first submission may start cold while the pool fills; both must say the same.
      for (let i = 0; i < 2; i += 1) {
        const result = await pooled.judge({ problem, language: 'python', source });
        expect(result.tests.at(-1)?.message).toBe('call 7: value() returned 7, expected 0');
      }
    } finally {
      await pooled.close();
    }
  });

  it('refuses test data whose first call is not the constructor, naming the test', async () => {
    const broken = await writeReadablePackage({
      'problem.yaml': 'name: Counter\nlimits:\n  time_limit: 1\n',
      'function.yaml': 'class: Counter\nmethods:\n  - name: value\n    returns: int\n',
      'data/secret/1.in': '[["value"]]\n',
      'data/secret/1.ans': '[0]\n',
    });
    try {
      const result = await judge.judge({
        problem: await readProblemPackage(broken.dir),
        language: 'python',
        source: 'class Counter:\n    pass\n',
      });
      expect(result).toMatchObject({
        verdict: 'IE',
        message: "the problem's test data is broken: secret/1: call 1 must construct Counter, not call value",
      });
    } finally {
      await broken.remove();
    }
  });
});
