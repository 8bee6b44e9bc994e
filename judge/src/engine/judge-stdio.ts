/** Judges a stdio program: one sandboxed run per test, its output checked by the problem's validator. */
import { readFile } from 'node:fs/promises';
import type { LanguageSpec } from '../languages/language.js';
import type { ProblemPackage, TestCase } from '../package/types.js';
import type { Sandbox } from '../sandbox/run.js';
import { runLimits } from './limits.js';
import { type BuiltValidator, judgeOutput } from './output-validator.js';
import type { JudgeProgress, TestResult } from './result.js';
import { verdictOfFailedRun } from './verdict.js';
import type { Workspace } from './workspace.js';

export async function judgeStdio(options: {
  sandbox: Sandbox;
  problem: ProblemPackage;
  language: LanguageSpec;
  runDir: string;
  tests: TestCase[];
  timeLimitMs: number;
  validator: BuiltValidator | undefined;
  workspace: Workspace;
  stopOnFirstFailure: boolean;
  onProgress: (progress: JudgeProgress) => void;
}): Promise<TestResult[]> {
  const { sandbox, problem, language, tests } = options;
  const limits = runLimits(
    {
      timeLimitMs: options.timeLimitMs,
      memoryMiB: problem.limits.memoryMiB,
      outputMiB: problem.limits.outputMiB,
    },
    language,
  );
  const command = language.run({ memoryBytes: limits.memoryBytes });
  const results: TestResult[] = [];
  for (const [index, test] of tests.entries()) {
    options.onProgress({ stage: 'testing', test: index + 1, of: tests.length });
    const run = await sandbox.run({
      command,
      workDir: options.runDir,
      stdin: { path: test.input },
      readOnlyBinds: language.extraReadOnlyBinds,
      limits,
      timed: true,
      uid: options.workspace.owner.uid,
      gid: options.workspace.owner.gid,
      ...(language.outOfMemoryPattern === undefined
        ? {}
        : { outOfMemoryPattern: language.outOfMemoryPattern }),
    });
    const base = {
      name: test.name,
      sample: test.group.startsWith('sample'),
      timeMs: Math.round(run.cpuMs),
      memoryBytes: run.memoryBytes,
    };
    let result: TestResult;
    if (run.status !== 'ok') {
      const verdict = verdictOfFailedRun(run.status);
      const detail =
        run.status === 'runtime-error'
          ? runtimeErrorMessage(run.exitCode, run.signal, run.stderrTail)
          : run.reason;
      result = { ...base, verdict, ...(detail ? { message: detail } : {}) };
    } else {
      const judged = await judgeOutput({
        sandbox,
        test,
        output: run.stdout,
        validator: options.validator,
        workspace: options.workspace,
        readAnswer: (t) => readFile(t.answer, 'utf8'),
      });
      result = { ...base, verdict: judged.verdict, ...(judged.message ? { message: judged.message } : {}) };
    }
    results.push(result);
    if (options.stopOnFirstFailure && result.verdict !== 'AC') break;
  }
  return results;
}

export function runtimeErrorMessage(
  exitCode: number | null,
  signal: NodeJS.Signals | null,
  stderrTail: string,
): string {
  const how = signal !== null ? `killed by ${signal}` : `exit code ${exitCode}`;
  const tail = stderrTail.trim().split('\n').slice(-8).join('\n');
  return tail === '' ? how : `${how}\n${tail}`;
}
