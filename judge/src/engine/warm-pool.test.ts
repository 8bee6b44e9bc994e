/**
 * The warm pool, through the real sandbox: pooled runs give exactly the cold results, the pool
 * refills, a pooled sandbox serves one submission only, and close() leaves no process or cgroup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { harnessInput, newNonce, parseHarnessOutput } from '../function/protocol.js';
import type { LanguageId } from '../languages/language.js';
import { languages } from '../languages/registry.js';
import { readProblemPackage } from '../package/read-problem-package.js';
import type { ProblemPackage } from '../package/types.js';
import { createSandbox, type Sandbox, type SandboxRequest } from '../sandbox/run.js';
import { DEFAULT_UID_POOL } from '../sandbox/uids.js';
import { createJudge, type Judge } from './judge.js';
import type { JudgeResult } from './result.js';
import { verifyPackage } from './verify.js';
import { createWarmPool } from './warm-pool.js';

const packagesDir = fileURLToPath(new URL('../conformance/packages/', import.meta.url));
const sandbox = createSandbox();

/** The sandbox, counting the pooled runs that were actually fed. */
function countingSandbox(inner: Sandbox) {
  const counts = { started: 0, fed: 0 };
  const wrapped: Sandbox = {
    ...inner,
    start(request) {
      counts.started += 1;
      const run = inner.start(request);
      return {
        feed(stdin) {
          counts.fed += 1;
          return run.feed(stdin);
        },
        dispose: () => run.dispose(),
        done: run.done,
        get ended() {
          return run.ended;
        },
      };
    },
  };
  return { sandbox: wrapped, counts };
}

/** What must not differ between a cold and a pooled run (times and memory may). */
const comparable = (result: JudgeResult) => ({
  verdict: result.verdict,
  message: result.message,
  tests: result.tests.map((t) => ({
    name: t.name,
    verdict: t.verdict,
    message: t.message?.replace(/\d+ ms/g, 'N ms'),
    input: t.input,
    expected: t.expected,
    actual: t.actual,
  })),
});

const runGroups = () =>
  ['memory', 'pids', 'cpuacct'].flatMap((controller) => {
    const dir = `/sys/fs/cgroup/${controller}/winterarc`;
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.startsWith(`run-${process.pid}-`))
      .map((name) => `${dir}/${name}`);
  });

const waitFor = async (condition: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('warm pool: same results as cold runs', () => {
  const { sandbox: counted, counts } = countingSandbox(sandbox);
  const cold = createJudge(sandbox);
  const warm: Judge = createJudge(counted, { warmPool: true });
  afterAll(async () => {
    await cold.close();
    await warm.close();
  });

  it.each(['two-sum-function', 'linked-list-function'])(
    '%s: every submission gets the same result pooled and cold',
    { timeout: 120_000 },
    async (name) => {
      const problem = await readProblemPackage(`${packagesDir}${name}`);
      const coldReport = await verifyPackage(cold, problem);
      await verifyPackage(warm, problem); // the first submission in each language warms the pool
      const fedBefore = counts.fed;
      const warmReport = await verifyPackage(warm, problem);
      const languagesUsed = new Set(problem.submissions.map((s) => s.language));
      expect([...languagesUsed].sort()).toEqual(['javascript', 'python', 'typescript']);
      // Every submission was served by a pooled harness (JavaScript and TypeScript share one class).
      expect(counts.fed - fedBefore).toBe(problem.submissions.length);
      expect(warmReport.checks.every((c) => c.ok)).toBe(true);
      expect(warmReport.checks.map((c) => comparable(c.result))).toEqual(
        coldReport.checks.map((c) => comparable(c.result)),
      );
    },
  );

  it('gives the same compile errors, load errors and runtime errors', { timeout: 60_000 }, async () => {
    const problem: ProblemPackage = await readProblemPackage(`${packagesDir}two-sum-function`);
    const sources = [
      'def solve(nums, target)\n    return []\n',
      '# -*- coding: latin-1 -*-\ndef solve(nums, target):\n    return [0, "\xe9"]\n',
      'import sys\nsys.exit(0)\n',
      'def other():\n    pass\n',
      'raise ValueError("at load")\n',
      'def solve(nums, target):\n    print("noise")\n    return [nums[10 ** 9]]\n',
      'def solve(nums, target):\n    import os\n    os._exit(3)\n',
      'import os\ndef solve(nums, target):\n    return [len(os.listdir("."))]\n',
    ];
    for (const source of sources) {
      const coldResult = await cold.judge({ problem, language: 'python', source });
      await warm.judge({ problem, language: 'python', source }); // keeps the class in use
      const fedBefore = counts.fed;
      const warmResult = await warm.judge({ problem, language: 'python', source });
      expect(counts.fed - fedBefore).toBe(1);
      // The last source shows the one visible difference: /work holds no solution.py when pooled.
      if (source.includes('listdir')) {
        expect(warmResult.verdict).toBe(coldResult.verdict);
        continue;
      }
      expect(comparable(warmResult), source).toEqual(comparable(coldResult));
    }
  });

  it('JavaScript and TypeScript: the same compile errors, load errors and runtime errors', {
    timeout: 90_000,
  }, async () => {
    const problem: ProblemPackage = await readProblemPackage(`${packagesDir}two-sum-function`);
    const sources: [LanguageId, string][] = [
      ['javascript', 'function solve(nums, target) {\n  return [\n}\n'],
      ['javascript', 'function other() {}\n'],
      ['javascript', 'throw new RangeError("at load");\n'],
      ['javascript', 'function solve(nums) {\n  console.log("noise");\n  return nums.missing.length;\n}\n'],
      ['javascript', 'function solve() {\n  process.exit(3);\n}\n'],
      ['javascript', 'const f = (n) => f(n + 1);\nfunction solve() {\n  return f(0);\n}\n'],
      ['typescript', 'function solve(nums: number[], target: number): number[] {\n  return [;\n}\n'],
      [
        'typescript',
        'export function solve(nums: number[]): number[] {\n  return [nums.length as number];\n}\n',
      ],
      [
        'typescript',
        'interface P { x: number }\nfunction solve(): number[] {\n  const p: P = JSON.parse("{");\n  return [p.x];\n}\n',
      ],
    ];
    for (const [language, source] of sources) {
      const coldResult = await cold.judge({ problem, language, source });
      await warm.judge({ problem, language, source }); // keeps the class in use
      const fedBefore = counts.fed;
      const warmResult = await warm.judge({ problem, language, source });
      // A compile error stops before the harness: nothing is fed.
      expect(counts.fed - fedBefore, source).toBe(
        coldResult.verdict === 'CE' && language === 'typescript' ? 0 : 1,
      );
      expect(comparable(warmResult), source).toEqual(comparable(coldResult));
      // TypeScript's compile step (esbuild in the sandbox) is timed, pooled or not; JavaScript has none.
      if (coldResult.verdict !== 'CE')
        for (const result of [coldResult, warmResult])
          expect(result.compileMs > 0, source).toBe(language === 'typescript');
    }
  });
});

describe('warm pool', () => {
  const python = languages.python;
  const request = (workDir: string): SandboxRequest => ({
    command: [...python.run({ memoryBytes: 256 * 2 ** 20 }).slice(0, -1), 'main.py'],
    workDir,
    limits: {
      cpuMs: 3000,
      wallMs: 10_000,
      memoryBytes: 256 * 2 ** 20,
      pids: 16,
      outputBytes: 2 ** 20,
      fileBytes: 2 ** 20,
      tmpBytes: 2 ** 20,
      openFiles: 64,
    },
  });
  const signature = { name: 'solve', params: [{ name: 'x', type: { kind: 'int' as const } }] };
  const feedSource = async (run: { feed(stdin: Buffer): Promise<{ stdout: Buffer }> }, source: string) => {
    const nonce = newNonce();
    const result = await run.feed(
      Buffer.from(
        harnessInput(
          { ...signature, returns: { kind: 'list', of: { kind: 'string' } } },
          [[1]],
          nonce,
          source,
        ),
      ),
    );
    return parseHarnessOutput(result.stdout.toString('utf8'), nonce, 1);
  };

  it('refills after each use and never serves a sandbox twice', { timeout: 60_000 }, async () => {
    const pool = createWarmPool(sandbox, { size: 2 });
    try {
      const req = request(pool.harnessDirs.python);
      expect(pool.take(req)).toBeUndefined(); // a new class: a miss, which warms it
      await waitFor(() => pool.idleCount() === 2);
      // Each submission leaves a mark in /tmp and lists what it found there.
      const source =
        'import os\ndef solve(x):\n    seen = sorted(os.listdir("/tmp"))\n    open("/tmp/mark", "w").write("x")\n    return seen\n';
      const first = pool.take(req)!;
      const second = pool.take(req)!;
      expect(first).toBeDefined();
      expect(second).toBeDefined();
      expect(second).not.toBe(first);
      const [a, b] = await Promise.all([feedSource(first, source), feedSource(second, source)]);
      expect(a.outcomes).toEqual([{ index: 0, ok: true, value: [], ms: expect.any(Number) }]);
      expect(b.outcomes).toEqual([{ index: 0, ok: true, value: [], ms: expect.any(Number) }]);
      expect(first.ended && second.ended).toBe(true);
      await waitFor(() => pool.idleCount() === 2);
      const third = pool.take(req)!;
      expect([first, second]).not.toContain(third);
      expect((await feedSource(third, source)).outcomes[0]).toMatchObject({ ok: true, value: [] });
      // Other limits are another class: a miss.
      expect(pool.take({ ...req, limits: { ...req.limits, memoryBytes: 128 * 2 ** 20 } })).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('recycles sandboxes idle too long, and drains a class no longer used', { timeout: 30_000 }, async () => {
    const { sandbox: counted, counts } = countingSandbox(sandbox);
    const pool = createWarmPool(counted, { size: 2, maxIdleMs: 600 });
    try {
      const req = request(pool.harnessDirs.python);
      expect(pool.take(req)).toBeUndefined();
      await waitFor(() => pool.idleCount() === 2);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const taken = pool.take(req)!; // the class is in use: its idle sandbox will be recycled
      taken.dispose();
      await taken.done;
      await waitFor(() => counts.started === 3); // refilled after the taken one ended
      await waitFor(() => counts.started === 4, 3000); // the first idle one expired and was replaced
      expect(runGroups().length).toBeGreaterThan(0);
      // Nothing takes from the class any more: its sandboxes expire without replacement.
      await waitFor(() => pool.idleCount() === 0 && runGroups().length === 0, 5000);
      expect(counts.started).toBeGreaterThanOrEqual(4);
    } finally {
      await pool.close();
    }
  });

  it('close() kills every pooled sandbox: no process, no cgroup left', { timeout: 30_000 }, async () => {
    const pool = createWarmPool(sandbox, { size: 3 });
    const req = request(pool.harnessDirs.python);
    pool.take(req);
    pool.take({ ...req, limits: { ...req.limits, memoryBytes: 128 * 2 ** 20 } });
    await waitFor(() => pool.idleCount() === 6);
    // Let the interpreters reach their read of stdin, then note their processes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const groups = runGroups();
    expect(groups.length).toBeGreaterThanOrEqual(6);
    const pids = groups
      .filter((g) => g.includes('/pids/'))
      .flatMap((g) => readFileSync(`${g}/cgroup.procs`, 'utf8').split('\n').filter(Boolean));
    expect(pids.length).toBeGreaterThanOrEqual(6);
    const harnessDirs = Object.values(pool.harnessDirs);
    await pool.close();
    expect(runGroups()).toEqual([]);
    const alive = pids.filter((pid) => {
      try {
        // A live pid a sandbox uid still owns would be a leaked sandbox process. (A killed
        // sandbox's inner process is reparented to the host's init, which may reap it a moment later:
        // a zombie holds nothing.)
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const uid = Number(/^Uid:\t(\d+)/m.exec(status)?.[1]);
        const sandboxUid =
          uid >= DEFAULT_UID_POOL.first && uid < DEFAULT_UID_POOL.first + DEFAULT_UID_POOL.count;
        return sandboxUid && !/^State:\s+Z/m.test(status);
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
    expect(harnessDirs.filter((dir) => existsSync(dir))).toEqual([]);
    expect(pool.take(req)).toBeUndefined();
  });
});
