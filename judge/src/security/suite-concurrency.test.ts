/**
 * What test-suite problems allow, and what still stops (docs/problem-format.md, "Test-suite
 * problems"): a suite run has threads, asyncio and a small multiprocessing pool (fork, pipes, POSIX
 * semaphores in a private /dev/shm), within pids.max = 64 and the run's CPU, wall and memory limits.
 * Every runaway ends as a clean verdict, its cgroups are removed, and the next run is accepted.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge } from '../engine/judge.js';
import { readProblemPackage } from '../package/read-problem-package.js';
import { type TempPackage, writeTempPackage } from '../package/temp-package.js';
import type { ProblemPackage } from '../package/types.js';
import { describeResult, leftoverCgroups, sandbox } from './harness.js';

const judge = createJudge(sandbox);
let written: TempPackage;
let problem: ProblemPackage;

/** One unittest: the learner's `solution.run()` must return 42. */
beforeAll(async () => {
  written = await writeTempPackage({
    'problem.yaml': 'name: Run It\nlimits:\n  time_limit: 1\n  memory: 256\n  output: 1\n',
    'function.yaml': 'suite:\n  python: suite\n',
    'suite/test_run.py':
      'import unittest\nimport solution\n\nclass Run(unittest.TestCase):\n    def test_run(self):\n        self.assertEqual(solution.run(), 42)\n',
    // A sample, so a failure's message is shown; the secret test runs the same.
    'data/sample/1.in': '{"python": "test_run.Run.test_run"}\n',
    'data/sample/1.ans': '',
    'data/secret/1.in': '{"python": "test_run.Run.test_run"}\n',
    'data/secret/1.ans': '',
  });
  problem = await readProblemPackage(written.dir);
});
afterAll(async () => {
  await judge.close();
  await written.remove();
});

const judgeModule = async (source: string) => {
  const result = await judge.judge({ problem, language: 'python', source });
  return { result, summary: describeResult(result) };
};

const answer42 = 'def run():\n    return 42\n';
const timeout = { timeout: 60_000 };

async function expectNextRunAccepted() {
  expect(leftoverCgroups()).toEqual([]);
  const next = await judgeModule(answer42);
  expect(next.result.verdict, next.summary).toBe('AC');
}

describe('a test-suite run has what the concurrency topics need', () => {
  it(
    'threads, asyncio, a fork pool of 4, a queue between processes and a multiprocessing lock',
    timeout,
    async () => {
      const { result, summary } = await judgeModule(`
import asyncio, multiprocessing as mp, threading
from concurrent.futures import ThreadPoolExecutor

def square(n):
    return n * n

def run():
    with ThreadPoolExecutor(4) as pool:
        threaded = sum(pool.map(square, range(4)))          # 14
    async def twice(n):
        await asyncio.sleep(0)
        return 2 * n
    async def main():
        return sum(await asyncio.gather(*(twice(n) for n in range(3))))   # 6
    awaited = asyncio.run(main())
    context = mp.get_context("fork")
    with context.Pool(4) as pool:
        pooled = sum(pool.map(square, range(4)))            # 14
    queue, lock = context.Queue(), context.Lock()            # POSIX semaphores in /dev/shm
    worker = context.Process(target=queue.put, args=(8,))
    worker.start()
    with lock:
        queued = queue.get(timeout=10)
    worker.join()
    return threaded + awaited + pooled + queued             # 42
`);
      expect(result.verdict, summary).toBe('AC');
      await expectNextRunAccepted();
    },
  );

  it(
    'gets a /dev/shm of its own: what one run leaves there, neither the next run nor the host sees',
    timeout,
    async () => {
      const marker = `winterarc-shm-probe-${process.pid}`;
      const leave = await judgeModule(
        `import os\ndef run():\n    with open("/dev/shm/${marker}", "w") as f:\n        f.write("x")\n    return 42\n`,
      );
      expect(leave.result.verdict, leave.summary).toBe('AC');
      expect(existsSync(`/dev/shm/${marker}`)).toBe(false);
      const look = await judgeModule(
        `import os\ndef run():\n    return 42 if not os.path.exists("/dev/shm/${marker}") else 0\n`,
      );
      expect(look.result.verdict, look.summary).toBe('AC');
    },
  );
});

describe('a runaway pool ends as a clean verdict, never a hung judge', () => {
  it('a fork bomb stops at pids.max, then on CPU time: TLE', timeout, async () => {
    const { result, summary } = await judgeModule(
      'import os\ndef run():\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n',
    );
    expect(result.verdict, summary).toBe('TLE');
    await expectNextRunAccepted();
  });

  it(
    'a pool of 200 processes cannot start (fork refused past pids.max): a Run Time Error naming it',
    timeout,
    async () => {
      const { result, summary } = await judgeModule(
        'import multiprocessing as mp\ndef run():\n    with mp.get_context("fork").Pool(200) as pool:\n        return sum(pool.map(abs, range(10)))\n',
      );
      expect(result.verdict, summary).toBe('RE');
      expect(result.tests[0]?.message, summary).toMatch(/BlockingIOError|Resource temporarily unavailable/);
      await expectNextRunAccepted();
    },
  );

  it('a pool whose workers spin forever: TLE', timeout, async () => {
    const { result, summary } = await judgeModule(
      'import multiprocessing as mp\ndef spin(_):\n    while True:\n        pass\ndef run():\n    with mp.get_context("fork").Pool(4) as pool:\n        return pool.map(spin, range(4))\n',
    );
    expect(result.verdict, summary).toBe('TLE');
    await expectNextRunAccepted();
  });

  it('children that sleep forever (and outlive their parent): TLE on wall time', timeout, async () => {
    const { result, summary } = await judgeModule(
      'import os, time\ndef run():\n    for _ in range(20):\n        if os.fork() == 0:\n            time.sleep(1000)\n    time.sleep(1000)\n',
    );
    expect(result.verdict, summary).toBe('TLE');
    expect(result.tests[0]?.message, summary).toMatch(/wall time/);
    await expectNextRunAccepted();
  });

  it('a pool whose workers fill memory together: MLE', timeout, async () => {
    const { result, summary } = await judgeModule(
      'import multiprocessing as mp, time\ndef hog(_):\n    block = bytearray(120 * 2**20)\n    time.sleep(5)\n    return len(block)\ndef run():\n    with mp.get_context("fork").Pool(4) as pool:\n        return pool.map(hog, range(4))\n',
    );
    expect(result.verdict, summary).toBe('MLE');
    await expectNextRunAccepted();
  });
});
