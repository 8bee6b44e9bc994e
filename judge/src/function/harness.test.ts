import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { valuesMatch } from './compare.js';
import { exportFunction, javascriptHarness } from './javascript-harness.js';
import { type FunctionSignature, harnessInput, newNonce, parseHarnessOutput } from './protocol.js';
import { pythonHarness } from './python-harness.js';
import { parseType } from './types.js';

type Runtime = 'python' | 'javascript';

/** Runs a harness bare (the sandbox suite runs it confined); this checks the protocol and conversions. */
async function runHarness(
  runtime: Runtime,
  solution: string,
  signature: FunctionSignature,
  tests: unknown[][],
) {
  const dir = await mkdtemp(path.join(tmpdir(), `winterarc-harness-${runtime}-`));
  const nonce = newNonce();
  const [program, args] =
    runtime === 'python'
      ? ['/usr/bin/python3', ['-I', '-S', '-B', 'main.py']]
      : ['/usr/bin/node', ['main.mjs']];
  if (runtime === 'python') {
    await writeFile(path.join(dir, 'main.py'), pythonHarness);
    await writeFile(path.join(dir, 'solution.py'), solution);
  } else {
    await writeFile(path.join(dir, 'main.mjs'), javascriptHarness);
  }
  const source = runtime === 'python' ? undefined : exportFunction(solution, signature.name);
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    // TMPDIR: where the JavaScript harness writes the solution it was sent (in the sandbox, its /tmp).
    const child = execFile(
      program,
      args as string[],
      { cwd: dir, env: { TMPDIR: dir } },
      (error, out, err) => (error ? reject(error) : resolve({ stdout: out, stderr: err })),
    );
    child.stdin?.end(harnessInput(signature, tests, nonce, source));
  });
  return { report: parseHarnessOutput(stdout, nonce, tests.length), stdout, stderr };
}

const twoSum: FunctionSignature = {
  name: 'solve',
  params: [
    { name: 'nums', type: parseType('list<int>') },
    { name: 'target', type: parseType('int') },
  ],
  returns: parseType('list<int>'),
};
const twoSumTests = [
  [[2, 7, 11, 15], 9],
  [[3, 2, 4], 6],
];

const solutions = {
  python: {
    correct:
      'def solve(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i\n',
    chatty: 'def solve(nums, target):\n    print("debugging", nums)\n    return [0, 1]\n',
    throws: 'def solve(nums, target):\n    return nums[99]\n',
    syntax: 'def solve(nums, target)\n    return []\n',
    reverse:
      'def solve(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n',
    depth:
      'def solve(root):\n    return 0 if root is None else 1 + max(solve(root.left), solve(root.right))\n',
    length: 'def solve(head):\n    return 0 if head is None else 1 + solve(head.next)\n',
    forger:
      'import os\ndef solve(nums, target):\n    os.write(1, b"fake 0 {\\"i\\":0,\\"ok\\":true,\\"value\\":[0,1]}\\n")\n    return []\n',
  },
  javascript: {
    correct:
      'function solve(nums, target) {\n  const seen = new Map();\n  for (const [i, n] of nums.entries()) {\n    if (seen.has(target - n)) return [seen.get(target - n), i];\n    seen.set(n, i);\n  }\n}\n',
    chatty: 'function solve(nums, target) {\n  console.log("debugging", nums);\n  return [0, 1];\n}\n',
    throws: 'function solve(nums, target) {\n  return nums.missing.length;\n}\n',
    syntax: 'function solve(nums, target {\n  return [];\n}\n',
    reverse:
      'export function solve(head) {\n  let prev = null;\n  while (head) { const next = head.next; head.next = prev; prev = head; head = next; }\n  return prev;\n}\n',
    depth:
      'function solve(root) {\n  return root === null ? 0 : 1 + Math.max(solve(root.left), solve(root.right));\n}\n',
    length: 'function solve(head) {\n  return head === null ? 0 : 1 + solve(head.next);\n}\n',
    forger:
      'import { writeSync } from \'node:fs\';\nfunction solve(nums, target) {\n  writeSync(1, \'fake 0 {"i":0,"ok":true,"value":[0,1]}\\n\');\n  return [];\n}\n',
  },
};

describe.each(['python', 'javascript'] as const)('%s function harness', (runtime) => {
  const code = solutions[runtime];

  it("returns each test's value and time, all tests in one process", async () => {
    const { report } = await runHarness(runtime, code.correct, twoSum, twoSumTests);
    expect(report.loadError).toBeUndefined();
    expect(report.outcomes.map((o) => o.ok && o.value)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    for (const outcome of report.outcomes) expect(outcome.ok && outcome.ms).toBeGreaterThanOrEqual(0);
  });

  it("keeps the learner's prints out of the results channel", async () => {
    const { report, stderr } = await runHarness(runtime, code.chatty, twoSum, twoSumTests);
    expect(report.outcomes).toHaveLength(2);
    expect(stderr).toContain('debugging');
  });

  it('reports an exception per test with its type and message', async () => {
    const { report } = await runHarness(runtime, code.throws, twoSum, twoSumTests);
    expect(report.outcomes[0]).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        runtime === 'python' ? /^IndexError: .*solution\.py line 2/ : /^TypeError: /,
      ),
    });
  });

  it('reports a solution that does not load, instead of per-test results', async () => {
    const { report } = await runHarness(runtime, code.syntax, twoSum, twoSumTests);
    expect(report.loadError).toMatch(/SyntaxError/);
    expect(report.outcomes).toEqual([]);
  });

  it('converts linked lists and binary trees both ways', async () => {
    const list: FunctionSignature = {
      name: 'solve',
      params: [{ name: 'head', type: parseType('linked_list') }],
      returns: parseType('linked_list'),
    };
    const reversed = await runHarness(runtime, code.reverse, list, [[[1, 2, 3]], [[]]]);
    expect(reversed.report.outcomes.map((o) => o.ok && o.value)).toEqual([[3, 2, 1], []]);

    const tree: FunctionSignature = {
      name: 'solve',
      params: [{ name: 'root', type: parseType('binary_tree') }],
      returns: parseType('int'),
    };
    const depth = await runHarness(runtime, code.depth, tree, [[[3, 9, 20, null, null, 15, 7]], [[]]]);
    expect(depth.report.outcomes.map((o) => o.ok && o.value)).toEqual([3, 0]);
  });

  it('lets a solution recurse 10^5 calls deep, in every language alike', async () => {
    // Deep trees and long lists are normal test data: recursion must not fail in one language only.
    const list: FunctionSignature = {
      name: 'solve',
      params: [{ name: 'head', type: parseType('linked_list') }],
      returns: parseType('int'),
    };
    const long = Array.from({ length: 100_000 }, (_, i) => i);
    const { report } = await runHarness(runtime, code.length, list, [[long]]);
    expect(report.outcomes).toEqual([expect.objectContaining({ ok: true, value: 100_000 })]);
  });

  it("ignores result lines forged without the run's nonce", async () => {
    const { report } = await runHarness(runtime, code.forger, twoSum, twoSumTests.slice(0, 1));
    expect(report.outcomes).toEqual([expect.objectContaining({ ok: true, value: [] })]);
    const [outcome] = report.outcomes;
    expect(valuesMatch(outcome?.ok === true ? outcome.value : undefined, [0, 1], twoSum.returns)).toBe(false);
  });
});
