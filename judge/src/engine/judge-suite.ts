/**
 * Judges a test-suite problem (Exercism style): the package's hidden suite imports the learner's module
 * and exercises it in ONE sandboxed process; each test the data names becomes a per-test result, with
 * the assertion's message as feedback on sample tests (hidden tests show only their name). Results
 * come back on a private channel (a nonce-prefixed line on the runner's own stdout), so the learner's
 * prints never forge one. Code in the same process can still inspect the suite: see
 * docs/problem-format.md ("Test-suite problems").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { newNonce } from '../function/protocol.js';
import type { LanguageSpec, SourceFile } from '../languages/language.js';
import type { SuiteProblem, SuiteRuntime } from '../package/function-signature.js';
import type { ProblemPackage, TestCase } from '../package/types.js';
import type { SandboxResult } from '../sandbox/result.js';
import type { Sandbox } from '../sandbox/run.js';
import { javascriptSuiteReporter, javascriptSuiteRunner } from '../suite/javascript-runner.js';
import { pythonSuiteRunner } from '../suite/python-runner.js';
import { pythonTestingModule } from '../suite/python-testing.js';
import { compileToCode } from './build.js';
import { TestDataError, unansweredTest } from './judge-function.js';
import { suiteRunLimits } from './limits.js';
import type { TestResult } from './result.js';
import { type Workspace, writeWorkspaceFile } from './workspace.js';

export const suiteModule = 'solution';

/** Files the judge writes next to the learner's: a submission may not use their names. */
const reserved = (file: string) =>
  file === 'main.py' ||
  file === 'main.mjs' ||
  file === 'reporter.mjs' ||
  file.startsWith('suite/') ||
  file === 'suite';

/** Each test's id in the runtime's suite: `.in` is a JSON object {"python": id, "javascript": id}. */
export function loadSuiteTests(tests: TestCase[], runtime: SuiteRuntime): { test: TestCase; id: string }[] {
  return tests.map((test) => {
    let ids: unknown;
    try {
      ids = JSON.parse(readFileSync(test.input, 'utf8'));
    } catch (error) {
      throw new TestDataError(`${test.name}: ${test.input} is not JSON (${(error as Error).message})`);
    }
    const id =
      typeof ids === 'object' && ids !== null ? (ids as Record<string, unknown>)[runtime] : undefined;
    if (typeof id !== 'string' || id === '')
      throw new TestDataError(
        `${test.name}: the .in file names no ${runtime} test (a JSON object {"${runtime}": "<test id>"})`,
      );
    return { test, id };
  });
}

type Outcome = { ok: boolean; kind?: string; message?: string; ms: number };

function parseRunnerOutput(stdout: string, nonce: string, ids: string[]) {
  const byIndex = new Map<number, Outcome>();
  let loadError: string | undefined;
  const prefix = `${nonce} `;
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(prefix)) continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line.slice(prefix.length)) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (record.load === false) {
      loadError = String(record.error);
      break;
    }
    // Python answers by index; node:test by the test's name (the first result of a name counts).
    const indexes =
      typeof record.i === 'number' ? [record.i] : ids.flatMap((id, i) => (id === record.test ? [i] : []));
    for (const index of indexes) {
      if (byIndex.has(index) || index < 0 || index >= ids.length) continue;
      byIndex.set(index, {
        ok: record.ok === true,
        ...(typeof record.kind === 'string' ? { kind: record.kind } : {}),
        ...(typeof record.message === 'string' ? { message: record.message.trim().slice(0, 2000) } : {}),
        ms: Number(record.ms) || 0,
      });
    }
  }
  return { byIndex, loadError };
}

/** The learner's files as the suite imports them: one file becomes the module `solution`. */
async function placeSolution(
  options: SuiteJudgeOptions,
  runtime: SuiteRuntime,
): Promise<{ ok: true; compileMs: number } | { ok: false; verdict: 'CE' | 'IE'; message: string }> {
  const { files, language, workspace } = options;
  const clash = files.find((f) => reserved(f.path));
  if (clash !== undefined && files.length > 1)
    return { ok: false, verdict: 'CE', message: `${clash.path} is a name the judge uses; rename it` };
  if (language.id === 'typescript') {
    if (files.length !== 1)
      return {
        ok: false,
        verdict: 'CE',
        message: 'a TypeScript solution to a test-suite problem is one file',
      };
    const compiled = await compileToCode(options.sandbox, language, files[0]!.content, workspace);
    if (!compiled.ok) return compiled;
    workspace.write('solution.mjs', compiled.code);
    return { ok: true, compileMs: compiled.compileMs };
  }
  if (files.length === 1) {
    workspace.write(runtime === 'python' ? 'solution.py' : 'solution.mjs', files[0]!.content);
    return { ok: true, compileMs: 0 };
  }
  if (runtime === 'javascript' && !files.some((f) => f.path === 'solution.mjs'))
    return {
      ok: false,
      verdict: 'CE',
      message: 'the suite imports ./solution.mjs: add that file at the top',
    };
  for (const file of files) writeWorkspaceFile(workspace, file.path, file.content);
  return { ok: true, compileMs: 0 };
}

export interface SuiteJudgeOptions {
  sandbox: Sandbox;
  problem: ProblemPackage & { suite: SuiteProblem };
  language: LanguageSpec;
  files: SourceFile[];
  tests: TestCase[];
  timeLimitMs: number;
  workspace: Workspace;
}

export async function judgeSuite(
  options: SuiteJudgeOptions,
): Promise<{ compileError: string; verdict: 'CE' | 'IE' } | { results: TestResult[]; compileMs: number }> {
  const { problem, language, tests, timeLimitMs, workspace } = options;
  const runtime: SuiteRuntime = language.id === 'python' ? 'python' : 'javascript';
  const suite = problem.suite.suites[runtime];
  if (suite === undefined)
    return {
      compileError: `this problem has no ${runtime} test suite; solve it in another language`,
      verdict: 'CE',
    };
  const loaded = loadSuiteTests(tests, runtime);
  const placed = await placeSolution(options, runtime);
  if (!placed.ok) return { compileError: placed.message, verdict: placed.verdict };
  for (const file of suite.files)
    writeWorkspaceFile(workspace, `suite/${file}`, readFileSync(path.join(suite.dir, ...file.split('/'))));

  const limits = suiteRunLimits(
    {
      timeLimitMs: timeLimitMs + 1000,
      memoryMiB: problem.limits.memoryMiB,
      outputMiB: problem.limits.outputMiB,
    },
    language,
  );
  const nonce = newNonce();
  const interpreter = language.run({ memoryBytes: limits.memoryBytes }).slice(0, -1);
  let command: string[];
  if (runtime === 'python') {
    workspace.write('main.py', pythonSuiteRunner);
    if (!suite.files.includes('winterarc_testing.py'))
      writeWorkspaceFile(workspace, 'suite/winterarc_testing.py', pythonTestingModule);
    command = [...interpreter, 'main.py'];
  } else {
    workspace.write('main.mjs', javascriptSuiteRunner);
    workspace.write('reporter.mjs', javascriptSuiteReporter);
    command = [...interpreter, '--test-reporter=/work/reporter.mjs', 'main.mjs'];
  }
  const ids = loaded.map((t) => t.id);
  const run: SandboxResult = await options.sandbox.run({
    command,
    workDir: workspace.src,
    stdin: Buffer.from(
      JSON.stringify({
        nonce,
        module: suiteModule,
        tests: ids,
        suiteFiles: suite.files.filter((f) => f.endsWith('.test.mjs')),
      }),
    ),
    limits,
    timed: true,
    uid: workspace.owner.uid,
    gid: workspace.owner.gid,
    ...(language.outOfMemoryPattern === undefined ? {} : { outOfMemoryPattern: language.outOfMemoryPattern }),
  });
  const { byIndex, loadError } = parseRunnerOutput(run.stdout.toString('utf8'), nonce, ids);
  if (loadError !== undefined) {
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
      compileMs: placed.compileMs,
    };
  }

  const results: TestResult[] = [];
  for (const [index, { test }] of loaded.entries()) {
    const sample = test.group.startsWith('sample');
    const base = { name: test.name, sample, memoryBytes: run.memoryBytes };
    const outcome = byIndex.get(index);
    if (outcome === undefined) {
      // Python reports every test it was given; node:test reports the suite's tests as they finish.
      const ended = unansweredTest(run);
      const stillRunning = run.status !== 'ok' && run.status !== 'runtime-error';
      results.push({
        ...base,
        timeMs: 0,
        ...(stillRunning
          ? ended
          : {
              verdict: 'RE' as const,
              message: `the suite reported no result for this test (${ended.message})`,
            }),
      });
      break;
    }
    const timeMs = Math.round(outcome.ms);
    if (outcome.ok && outcome.ms > timeLimitMs) {
      results.push({
        ...base,
        verdict: 'TLE',
        timeMs,
        message: `the test took ${timeMs} ms; the limit is ${timeLimitMs} ms`,
      });
      break;
    }
    if (outcome.ok) {
      results.push({ ...base, verdict: 'AC', timeMs });
      continue;
    }
    if (outcome.kind === 'missing')
      throw new TestDataError(`${test.name}: ${outcome.message ?? 'no such test'}`);
    // Hidden tests show only their name: their assertion messages could give the suite away.
    const message = sample ? outcome.message : 'a hidden test: its message is not shown';
    results.push({
      ...base,
      verdict: outcome.kind === 'error' ? 'RE' : 'WA',
      timeMs,
      ...(message === undefined ? {} : { message }),
    });
    break;
  }
  return { results, compileMs: placed.compileMs };
}
