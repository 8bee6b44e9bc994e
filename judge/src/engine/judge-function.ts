/**
 * Judges a function problem: the harness calls the learner's function on every test in ONE sandboxed
 * process, and the returned values are compared here, outside, with the expected ones (which never
 * enter the sandbox).
 */
import { readFile } from 'node:fs/promises';
import { valuesMatch } from '../function/compare.js';
import { exportFunction, javascriptHarness } from '../function/javascript-harness.js';
import { harnessInput, newNonce, parseHarnessOutput } from '../function/protocol.js';
import { pythonHarness } from '../function/python-harness.js';
import { typeMismatch } from '../function/types.js';
import type { LanguageSpec } from '../languages/language.js';
import { transpileTypeScript } from '../languages/transpile.js';
import type { FunctionProblem } from '../package/function-signature.js';
import type { ProblemPackage, TestCase } from '../package/types.js';
import type { SandboxResult } from '../sandbox/result.js';
import type { Sandbox, SandboxRequest } from '../sandbox/run.js';
import { runtimeErrorMessage } from './judge-stdio.js';
import { runLimits } from './limits.js';
import type { TestResult } from './result.js';
import { type Verdict, verdictOfFailedRun } from './verdict.js';
import type { WarmPool } from './warm-pool.js';
import type { Workspace } from './workspace.js';

export const functionLanguages = ['python', 'javascript', 'typescript'] as const;

export class TestDataError extends Error {}

/** Loads each test's arguments and expected value, checked against the signature. */
export async function loadFunctionTests(fn: FunctionProblem, tests: TestCase[]) {
  return Promise.all(
    tests.map(async (test) => {
      const parse = async (file: string) => {
        try {
          return JSON.parse(await readFile(file, 'utf8')) as unknown;
        } catch (error) {
          throw new TestDataError(`${test.name}: ${file} is not JSON (${(error as Error).message})`);
        }
      };
      const args = await parse(test.input);
      const expected = await parse(test.answer);
      if (!Array.isArray(args) || args.length !== fn.signature.params.length) {
        throw new TestDataError(
          `${test.name}: the .in file must be a JSON list of ${fn.signature.params.length} argument(s)`,
        );
      }
      for (const [i, param] of fn.signature.params.entries()) {
        const problem = typeMismatch(args[i], param.type, param.name);
        if (problem !== undefined) throw new TestDataError(`${test.name}: ${problem}`);
      }
      const problem = typeMismatch(expected, fn.signature.returns, 'the answer');
      if (problem !== undefined) throw new TestDataError(`${test.name}: ${problem}`);
      return { test, args, expected };
    }),
  );
}

type Prepared = { ok: true; command: string[] } | { ok: false; compileError: string };

/**
 * Writes the harness and the solution, and says how to start the harness. The interpreter and its
 * flags come from the language registry; only the script differs from a stdio run.
 */
async function prepare(
  language: LanguageSpec,
  source: string,
  fn: FunctionProblem,
  workspace: Workspace,
  memoryBytes: number,
): Promise<Prepared> {
  const interpreter = language.run({ memoryBytes }).slice(0, -1);
  if (language.id === 'python') {
    workspace.write('main.py', pythonHarness);
    workspace.write('solution.py', source);
    return { ok: true, command: [...interpreter, 'main.py'] };
  }
  let code = source;
  if (language.id === 'typescript') {
    const result = await transpileTypeScript(source);
    if (!result.ok) return { ok: false, compileError: result.message };
    code = result.code;
  }
  workspace.write('main.mjs', javascriptHarness);
  workspace.write('solution.mjs', exportFunction(code, fn.signature.name));
  return { ok: true, command: [...interpreter, 'main.mjs'] };
}

export async function judgeFunction(options: {
  sandbox: Sandbox;
  problem: ProblemPackage & { function: FunctionProblem };
  language: LanguageSpec;
  source: string;
  tests: TestCase[];
  timeLimitMs: number;
  workspace: Workspace;
  /** Python runs take a pre-started harness from it when one is waiting; otherwise they start cold. */
  warmPool?: WarmPool;
}): Promise<{ compileError: string } | { results: TestResult[] }> {
  const { problem, language, tests, timeLimitMs } = options;
  const fn = problem.function;
  const loaded = await loadFunctionTests(fn, tests);
  // As on LeetCode, the time limit covers all the calls together; the process gets one second more for
  // the interpreter's start-up, which the cgroup counts too.
  const limits = runLimits(
    {
      timeLimitMs: timeLimitMs + 1000,
      memoryMiB: problem.limits.memoryMiB,
      outputMiB: problem.limits.outputMiB,
    },
    language,
  );
  const nonce = newNonce();
  const outOfMemory =
    language.outOfMemoryPattern === undefined ? {} : { outOfMemoryPattern: language.outOfMemoryPattern };
  const args = loaded.map((t) => t.args);
  let run: SandboxResult | undefined;
  if (options.warmPool !== undefined && language.id === 'python') {
    // The same command and limits as the cold run below; /work holds only the harness, and the
    // solution travels in the payload (compiled under the name solution.py, so messages match).
    const interpreter = language.run({ memoryBytes: limits.memoryBytes }).slice(0, -1);
    const request: SandboxRequest = {
      command: [...interpreter, 'main.py'],
      workDir: options.warmPool.pythonHarnessDir,
      limits,
      ...outOfMemory,
    };
    const started = options.warmPool.take(request);
    if (started !== undefined)
      run = await started.feed(Buffer.from(harnessInput(fn.signature, args, nonce, options.source)));
  }
  if (run === undefined) {
    const prepared = await prepare(language, options.source, fn, options.workspace, limits.memoryBytes);
    if (!prepared.ok) return { compileError: prepared.compileError };
    run = await options.sandbox.run({
      command: prepared.command,
      workDir: options.workspace.src,
      stdin: Buffer.from(harnessInput(fn.signature, args, nonce)),
      limits,
      uid: options.workspace.owner.uid,
      gid: options.workspace.owner.gid,
      ...outOfMemory,
    });
  }
  const report = parseHarnessOutput(run.stdout.toString('utf8'), nonce, tests.length);
  if (report.loadError !== undefined) {
    if (/^(SyntaxError|IndentationError|TabError)\b/.test(report.loadError))
      return { compileError: report.loadError };
    return {
      results: [
        {
          name: tests[0]?.name ?? 'load',
          sample: false,
          verdict: 'RE',
          timeMs: 0,
          memoryBytes: run.memoryBytes,
          message: report.loadError,
        },
      ],
    };
  }

  const results: TestResult[] = [];
  for (const [index, { test, args, expected }] of loaded.entries()) {
    const sample = test.group.startsWith('sample');
    const outcome = report.outcomes[index];
    const shown = { input: JSON.stringify(args), expected: JSON.stringify(expected) };
    if (outcome === undefined) {
      // The process ended before this test answered: whatever ended it is this test's verdict.
      // A clean exit before every test answered means the solution ended the process itself.
      const verdict: Verdict = run.status === 'ok' ? 'RE' : verdictOfFailedRun(run.status);
      const message =
        run.status === 'ok'
          ? 'the program exited before this test returned (does the solution call exit?)'
          : run.status === 'runtime-error'
            ? runtimeErrorMessage(run.exitCode, run.signal, run.stderrTail)
            : (run.reason ?? 'the run stopped before this test returned');
      results.push({
        name: test.name,
        sample,
        verdict,
        timeMs: 0,
        memoryBytes: run.memoryBytes,
        message,
        ...shown,
      });
      break;
    }
    if (!outcome.ok) {
      results.push({
        name: test.name,
        sample,
        verdict: 'RE',
        timeMs: 0,
        memoryBytes: run.memoryBytes,
        message: outcome.error,
        ...shown,
      });
      break;
    }
    const timeMs = Math.round(outcome.ms);
    const actual = JSON.stringify(outcome.value);
    if (outcome.ms > timeLimitMs) {
      results.push({
        name: test.name,
        sample,
        verdict: 'TLE',
        timeMs,
        memoryBytes: run.memoryBytes,
        message: `the call took ${timeMs} ms; the limit is ${timeLimitMs} ms`,
        ...shown,
      });
      break;
    }
    if (!valuesMatch(outcome.value, expected, fn.signature.returns, fn.compare)) {
      results.push({
        name: test.name,
        sample,
        verdict: 'WA',
        timeMs,
        memoryBytes: run.memoryBytes,
        message: `expected ${shown.expected}, got ${actual}`,
        ...shown,
        actual,
      });
      break;
    }
    results.push({
      name: test.name,
      sample,
      verdict: 'AC',
      timeMs,
      memoryBytes: run.memoryBytes,
      ...(sample ? { ...shown, actual } : {}),
    });
  }
  return { results };
}
