/**
 * Judges a function problem: the harness calls the learner's function on every test in ONE sandboxed
 * process, and the returned values are compared here, outside, with the expected ones (which never
 * enter the sandbox).
 */
import { readFile } from 'node:fs/promises';
import type { ClassSignature } from '../function/class-signature.js';
import { valuesMatch } from '../function/compare.js';
import { exportFunction, javascriptHarness } from '../function/javascript-harness.js';
import {
  type FunctionSignature,
  type HarnessReport,
  harnessInput,
  newNonce,
  parseHarnessOutput,
} from '../function/protocol.js';
import { pythonHarness } from '../function/python-harness.js';
import { typeMismatch } from '../function/types.js';
import type { LanguageSpec, SourceFile } from '../languages/language.js';
import type { FunctionProblem } from '../package/function-signature.js';
import type { ProblemPackage, TestCase } from '../package/types.js';
import type { SandboxResult } from '../sandbox/result.js';
import type { Sandbox } from '../sandbox/run.js';
import { compileToCode } from './build.js';
import { runtimeErrorMessage } from './judge-stdio.js';
import { runLimits } from './limits.js';
import type { TestResult } from './result.js';
import { type Verdict, verdictOfFailedRun } from './verdict.js';
import type { WarmPool } from './warm-pool.js';
import { type Workspace, writeWorkspaceFile } from './workspace.js';

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

/** Each harness's file (the interpreter that runs it comes from the registry). */
const harnessFile = { python: 'main.py', javascript: 'main.mjs' } as const;
const harnessCode = { python: pythonHarness, javascript: javascriptHarness } as const;
/** TypeScript's harness is the JavaScript one, fed the compiled code. */
const harnessKind = (language: LanguageSpec) => (language.id === 'python' ? 'python' : 'javascript');

/**
 * The solution as a harness receives it in its payload: Python's source as it is (sent to pooled runs
 * only: a cold one reads solution.py); JavaScript's code (always sent), compiled in the sandbox first
 * for TypeScript, with the learner's function (or class) exported.
 */
async function solutionPayload(
  sandbox: Sandbox,
  language: LanguageSpec,
  source: string,
  exportedName: string,
  workspace: Workspace,
): Promise<
  { ok: true; code: string; compileMs: number } | { ok: false; compileError: string; verdict: 'CE' | 'IE' }
> {
  if (language.id === 'python') return { ok: true, code: source, compileMs: 0 };
  const compiled = await compileToCode(sandbox, language, source, workspace);
  if (!compiled.ok) return { ok: false, compileError: compiled.message, verdict: compiled.verdict };
  return { ok: true, code: exportFunction(compiled.code, exportedName), compileMs: compiled.compileMs };
}

export interface HarnessRunOptions {
  sandbox: Sandbox;
  problem: ProblemPackage;
  language: LanguageSpec;
  /** The solution: one file's text (Python: saved as solution.py)... */
  source: string;
  /**
   * ...or, Python only, a program of several files kept at their paths, `source` being its
   * `solution.py`; it runs cold (a pooled harness's /work holds the harness alone).
   */
  files?: SourceFile[];
  timeLimitMs: number;
  workspace: Workspace;
  /** Runs take a pre-started harness from it when one is waiting; otherwise they start cold. */
  warmPool?: WarmPool;
}

export type HarnessRun =
  | { compileError: string; verdict: 'CE' | 'IE' }
  | { run: SandboxResult; report: HarnessReport; compileMs: number };

/**
 * The solution of a function or class problem as the harness takes it: one file in any of the
 * function languages, or in Python a program of several files with `solution.py` at the top (it
 * defines the function or class and imports its own modules). A string is why not (a Compilation Error).
 */
export function harnessSolution(
  files: SourceFile[],
  language: LanguageSpec,
  kind: 'function' | 'class',
): { source: string; files?: SourceFile[] } | string {
  if (files.length === 1) return { source: files[0]!.content };
  if (language.id !== 'python')
    return `a ${kind} problem takes one source file in ${language.name} (several files: Python, with solution.py)`;
  const entry = files.find((file) => file.path === 'solution.py');
  if (entry === undefined)
    return `a ${kind} problem solved in several Python files needs solution.py at the top: it defines what the problem asks for`;
  if (files.some((file) => file.path === 'main.py'))
    return "main.py is the name of the judge's harness; rename that file";
  return { source: entry.content, files };
}

/**
 * Runs the harness once on every test's arguments (a function's argument lists, or a class problem's
 * call lists) and reads its report. Shared by function and class problems.
 */
export async function runHarness(
  options: HarnessRunOptions,
  signature: FunctionSignature | ClassSignature,
  args: unknown[][],
): Promise<HarnessRun> {
  const { problem, language, timeLimitMs } = options;
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
  const solution = await solutionPayload(
    options.sandbox,
    language,
    options.source,
    signature.name,
    options.workspace,
  );
  if (!solution.ok) return { compileError: solution.compileError, verdict: solution.verdict };
  const kind = harnessKind(language);
  // The same command and limits pooled or cold; only /work differs (the pool's holds the harness alone).
  const command = [...language.run({ memoryBytes: limits.memoryBytes }).slice(0, -1), harnessFile[kind]];
  let run: SandboxResult | undefined;
  if (options.warmPool !== undefined && options.files === undefined) {
    const started = options.warmPool.take({
      command,
      workDir: options.warmPool.harnessDirs[kind],
      limits,
      ...outOfMemory,
    });
    // Python compiles the source it is sent under the name solution.py, so messages match.
    if (started !== undefined)
      run = await started.feed(Buffer.from(harnessInput(signature, args, nonce, solution.code)));
  }
  if (run === undefined) {
    options.workspace.write(harnessFile[kind], harnessCode[kind]);
    if (kind === 'python') options.workspace.write('solution.py', options.source);
    for (const file of options.files ?? [])
      if (file.path !== 'solution.py') writeWorkspaceFile(options.workspace, file.path, file.content);
    run = await options.sandbox.run({
      command,
      workDir: options.workspace.src,
      stdin: Buffer.from(harnessInput(signature, args, nonce, kind === 'python' ? undefined : solution.code)),
      limits,
      timed: true,
      uid: options.workspace.owner.uid,
      gid: options.workspace.owner.gid,
      ...outOfMemory,
    });
  }
  return {
    run,
    report: parseHarnessOutput(run.stdout.toString('utf8'), nonce, args.length),
    compileMs: solution.compileMs,
  };
}

/** A load error as the submission's result: a syntax error is a Compilation Error, else a Run Time Error. */
export function loadFailure(
  loadError: string,
  tests: TestCase[],
  run: SandboxResult,
  compileMs: number,
): { compileError: string; verdict: 'CE' } | { results: TestResult[]; compileMs: number } {
  if (/^(SyntaxError|IndentationError|TabError)\b/.test(loadError))
    return { compileError: loadError, verdict: 'CE' };
  return {
    results: [
      {
        name: tests[0]?.name ?? 'load',
        sample: false,
        verdict: 'RE',
        timeMs: 0,
        memoryBytes: run.memoryBytes,
        message: loadError,
      },
    ],
    compileMs,
  };
}

/** The result of a test the process never answered: whatever ended the run is its verdict. */
export function unansweredTest(run: SandboxResult): { verdict: Verdict; message: string } {
  // A clean exit before every test answered means the solution ended the process itself.
  const verdict: Verdict = run.status === 'ok' ? 'RE' : verdictOfFailedRun(run.status);
  const message =
    run.status === 'ok'
      ? 'the program exited before this test returned (does the solution call exit?)'
      : run.status === 'runtime-error'
        ? runtimeErrorMessage(run.exitCode, run.signal, run.stderrTail)
        : (run.reason ?? 'the run stopped before this test returned');
  return { verdict, message };
}

export async function judgeFunction(
  options: HarnessRunOptions & { problem: ProblemPackage & { function: FunctionProblem }; tests: TestCase[] },
): Promise<{ compileError: string; verdict: 'CE' | 'IE' } | { results: TestResult[]; compileMs: number }> {
  const { problem, tests, timeLimitMs } = options;
  const fn = problem.function;
  const loaded = await loadFunctionTests(fn, tests);
  const harness = await runHarness(
    options,
    fn.signature,
    loaded.map((t) => t.args),
  );
  if ('compileError' in harness) return harness;
  const { run, report } = harness;
  if (report.loadError !== undefined) return loadFailure(report.loadError, tests, run, harness.compileMs);

  const results: TestResult[] = [];
  for (const [index, { test, args, expected }] of loaded.entries()) {
    const sample = test.group.startsWith('sample');
    const outcome = report.outcomes[index];
    const shown = { input: JSON.stringify(args), expected: JSON.stringify(expected) };
    if (outcome === undefined) {
      results.push({
        name: test.name,
        sample,
        timeMs: 0,
        memoryBytes: run.memoryBytes,
        ...unansweredTest(run),
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
  return { results, compileMs: harness.compileMs };
}
