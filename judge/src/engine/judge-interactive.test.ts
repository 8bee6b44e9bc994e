/**
 * Interactive judging: the verdict rules on made-up runs, then whole judgements of small Python
 * programs against a small interactor in the real sandbox (root, bubblewrap and cgroups needed).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProblemPackage } from '../package/read-problem-package.js';
import type { ProblemPackage } from '../package/types.js';
import type { SandboxResult } from '../sandbox/result.js';
import { createSandbox, type InteractiveResult } from '../sandbox/run.js';
import { createJudge } from './judge.js';
import { interactiveVerdict } from './judge-interactive.js';

const ended = (overrides: Partial<SandboxResult>): SandboxResult => ({
  status: 'ok',
  exitCode: 0,
  signal: null,
  cpuMs: 10,
  wallMs: 20,
  memoryBytes: 1 << 20,
  stdout: Buffer.alloc(0),
  stderrTail: '',
  ...overrides,
});
const accepted = ended({ status: 'runtime-error', exitCode: 42 });
const rejected = ended({ status: 'runtime-error', exitCode: 43 });
const crashed = ended({
  status: 'runtime-error',
  exitCode: 1,
  stderrTail: 'ZeroDivisionError: division by zero',
});
const pair = (
  submission: SandboxResult,
  validator: SandboxResult,
  firstToExit: InteractiveResult['firstToExit'] = 'submission',
): InteractiveResult => ({ submission, validator, firstToExit });

describe('interactiveVerdict', () => {
  it('accepts when the interactor accepts and the submission ended well', () => {
    expect(interactiveVerdict(pair(ended({}), accepted), 'found it')).toEqual({
      verdict: 'AC',
      message: 'found it',
    });
    expect(interactiveVerdict(pair(ended({}), accepted), undefined)).toEqual({ verdict: 'AC' });
  });

  it('gives Wrong Answer with the interactor’s message when it rejects', () => {
    expect(interactiveVerdict(pair(ended({}), rejected), 'expected 42')).toEqual({
      verdict: 'WA',
      message: 'expected 42',
    });
    expect(interactiveVerdict(pair(ended({}), rejected), undefined).verdict).toBe('WA');
  });

  it('puts the submission’s limits first, and calls a wall-time kill idleness', () => {
    const idle = ended({ status: 'time-limit', reason: 'wall time over 1900 ms' });
    const judged = interactiveVerdict(pair(idle, rejected), 'no answer');
    expect(judged.verdict).toBe('TLE');
    expect(judged.message).toMatch(/wall time over 1900 ms.*idle/);
    const cpu = ended({ status: 'time-limit', reason: 'CPU time over 1000 ms' });
    expect(interactiveVerdict(pair(cpu, accepted), undefined)).toEqual({
      verdict: 'TLE',
      message: 'CPU time over 1000 ms',
    });
    expect(interactiveVerdict(pair(ended({ status: 'memory-limit' }), accepted), undefined).verdict).toBe(
      'MLE',
    );
    expect(interactiveVerdict(pair(ended({ status: 'output-limit' }), rejected), undefined).verdict).toBe(
      'OLE',
    );
  });

  it('follows an interactor that rejected first: Wrong Answer, whatever the submission did afterwards', () => {
    const spun = ended({ status: 'time-limit', exitCode: null, reason: 'CPU time over 1000 ms' });
    expect(interactiveVerdict(pair(spun, rejected, 'validator'), 'expected 2, got 3')).toEqual({
      verdict: 'WA',
      message: 'expected 2, got 3',
    });
    const slept = ended({ status: 'time-limit', exitCode: null, reason: 'wall time over 2500 ms' });
    expect(interactiveVerdict(pair(slept, rejected, 'validator'), undefined).verdict).toBe('WA');
    for (const status of ['memory-limit', 'output-limit'] as const)
      expect(interactiveVerdict(pair(ended({ status }), rejected, 'validator'), 'no').verdict).toBe('WA');
    // An acceptance that came first does not excuse a submission that then ran out of time.
    expect(interactiveVerdict(pair(spun, accepted, 'validator'), 'ok').verdict).toBe('TLE');
  });

  it('is an internal error when the interactor ends with another code, with the reason', () => {
    const broken = ended({ status: 'runtime-error', exitCode: 1, stderrTail: 'Traceback\nKeyError: 3\n' });
    const judged = interactiveVerdict(pair(ended({}), broken), undefined);
    expect(judged.verdict).toBe('IE');
    expect(judged.message).toMatch(/interactor failed \(exit code 1: Traceback\nKeyError: 3\)/);
    const killed = ended({ status: 'time-limit', exitCode: null, reason: 'CPU time over 30000 ms' });
    expect(interactiveVerdict(pair(ended({}), killed, 'validator'), undefined).message).toMatch(
      /time-limit: CPU time over 30000 ms/,
    );
  });

  it('gives a crash before the interactor finished Runtime Error, even if the interactor accepts', () => {
    expect(interactiveVerdict(pair(crashed, accepted, 'submission'), 'ok').verdict).toBe('RE');
    expect(interactiveVerdict(pair(crashed, rejected, 'submission'), 'no').verdict).toBe('RE');
  });

  it('after the interactor finished: its rejection stands; its acceptance only excuses a broken pipe', () => {
    expect(interactiveVerdict(pair(crashed, rejected, 'validator'), 'no').verdict).toBe('WA');
    expect(interactiveVerdict(pair(crashed, accepted, 'validator'), 'ok').verdict).toBe('RE');
    const sigpipe = ended({ status: 'runtime-error', exitCode: 141, signal: 'SIGPIPE' });
    expect(interactiveVerdict(pair(sigpipe, accepted, 'validator'), 'ok').verdict).toBe('AC');
    const epipe = ended({ status: 'runtime-error', exitCode: 1, stderrTail: 'BrokenPipeError: [Errno 32]' });
    expect(interactiveVerdict(pair(epipe, accepted, 'validator'), 'ok').verdict).toBe('AC');
    expect(interactiveVerdict(pair(epipe, accepted, 'submission'), 'ok').verdict).toBe('RE');
  });

  it('reports the sandbox failing the submission as an internal error', () => {
    const failed = ended({ status: 'internal-error', reason: 'cannot create the run’s cgroups' });
    expect(interactiveVerdict(pair(failed, accepted), undefined)).toEqual({
      verdict: 'IE',
      message: 'cannot create the run’s cgroups',
    });
  });
});

/**
 * An interactor whose first line from the submission picks the game: the secret (from the input
 * file) is accepted; "crash" makes the interactor itself fail; "flood" reads everything; anything
 * else is rejected with a message.
 */
const interactor = `
import os, sys

def verdict(code, message):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as feedback:
        feedback.write(message + "\\n")
    sys.exit(code)

secret = open(sys.argv[1]).read().strip()
line = sys.stdin.readline()
if line == "":
    verdict(43, "no answer")
word = line.strip()
if word == "crash":
    raise RuntimeError("the interactor is broken")
if word == "flood":
    sys.stdin.buffer.read()
    verdict(43, "flooded")
if word == secret:
    print("correct", flush=True)
    verdict(42, "found %s" % secret)
verdict(43, "expected %s, got %s" % (secret, word[:20]))
`;

describe('judging an interactive problem in the sandbox', () => {
  let dir: string;
  let problem: ProblemPackage;
  const judge = createJudge(createSandbox());

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'winterarc-interactive-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    write('problem.yaml', 'name: Secret\nvalidation: custom interactive\nlimits:\n  time_limit: 1\n');
    write('problem_statement/problem.en.md', 'Guess the secret.\n');
    write('data/secret/1.in', '42\n');
    write('data/secret/1.ans', '42\n');
    write('output_validators/interactor/interactor.py', interactor);
    write('submissions/accepted/ok.py', 'print(42, flush=True)\nassert input() == "correct"\n');
    // The sandbox user must reach the package (it is bound read-only at /problem).
    chmodSync(dir, 0o755);
    problem = await readProblemPackage(dir);
  });
  afterAll(() => {
    judge.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (source: string, timeLimitMs = 1000) =>
    judge.judge({ problem, language: 'python', source, timeLimitMs });

  it('accepts a correct interaction, with the interactor’s message', async () => {
    const result = await run('print(42, flush=True)\nassert input() == "correct"\n');
    expect(result.verdict).toBe('AC');
    expect(result.tests).toMatchObject([{ name: 'secret/1', verdict: 'AC', message: 'found 42' }]);
  });

  it('gives Wrong Answer with the interactor’s message when it rejects', async () => {
    const result = await run('print(7, flush=True)\n');
    expect(result.verdict).toBe('WA');
    expect(result.tests[0]?.message).toBe('expected 42, got 7');
  });

  it('gives Runtime Error to a submission that crashes, even though the interactor accepts', async () => {
    const result = await run('print(42, flush=True)\n1 / 0\n');
    expect(result.verdict).toBe('RE');
    expect(result.tests[0]?.message).toMatch(/ZeroDivisionError/);
  });

  it('ends a deadlock (both waiting to read) by wall time: Time Limit Exceeded, idle', async () => {
    const started = performance.now();
    const result = await run('input()\n', 300);
    expect(result.verdict).toBe('TLE');
    expect(result.tests[0]?.message).toMatch(/wall time.*idle/);
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it('gives Output Limit Exceeded to a submission flooding the interactor', async () => {
    const result = await run(
      'import sys\nsys.stdout.write("flood\\n")\nwhile True: sys.stdout.write("x" * 65536)\n',
      3000,
    );
    expect(result.verdict).toBe('OLE');
    expect(result.tests[0]?.message).toMatch(/stdout over/);
  });

  it('is an internal error, with the reason, when the interactor crashes', async () => {
    const result = await run('print("crash", flush=True)\ninput()\n');
    expect(result.verdict).toBe('IE');
    expect(result.tests[0]?.message).toMatch(
      /interactor failed \(exit code 1: .*RuntimeError: the interactor is broken/s,
    );
  });
});
