/**
 * Judges a class problem: the harness runs each test's calls on a new instance of the learner's class,
 * in ONE sandboxed process, and reports every call's result; they are compared here, outside, with the
 * expected ones (which never enter the sandbox). A wrong answer names the first call that differed.
 */
import { readFile } from 'node:fs/promises';
import { type Call, describeCall, shortJson } from '../function/class-signature.js';
import { valuesMatch } from '../function/compare.js';
import { typeMismatch } from '../function/types.js';
import type { ClassProblem } from '../package/function-signature.js';
import type { ProblemPackage, TestCase } from '../package/types.js';
import {
  type HarnessRunOptions,
  loadFailure,
  runHarness,
  TestDataError,
  unansweredTest,
} from './judge-function.js';
import type { TestResult } from './result.js';

export interface ClassTest {
  test: TestCase;
  /** The calls as in the `.in` file: `[name, ...args]`, the constructor (the class's name) first. */
  raw: unknown[][];
  calls: Call[];
  /** One per call: null for the constructor and for methods that return nothing. */
  expected: unknown[];
}

/** Loads each test's calls and expected results, checked against the declared class. */
export async function loadClassTests(problem: ClassProblem, tests: TestCase[]): Promise<ClassTest[]> {
  const { signature } = problem;
  const methods = new Map(signature.methods.map((m) => [m.name, m]));
  return Promise.all(
    tests.map(async (test) => {
      const fail = (why: string): never => {
        throw new TestDataError(`${test.name}: ${why}`);
      };
      const parse = async (file: string) => {
        try {
          return JSON.parse(await readFile(file, 'utf8')) as unknown;
        } catch (error) {
          return fail(`${file} is not JSON (${(error as Error).message})`);
        }
      };
      const raw = await parse(test.input);
      const expected = await parse(test.answer);
      if (!Array.isArray(raw) || raw.length === 0)
        fail(`the .in file must be a JSON list of calls, the first one ["${signature.name}", ...arguments]`);
      if (!Array.isArray(expected) || expected.length !== (raw as unknown[]).length)
        fail('the .ans file must be a JSON list with one result per call (null for the constructor)');
      const calls: Call[] = [];
      for (const [k, item] of (raw as unknown[]).entries()) {
        const where = `call ${k + 1}`;
        if (!Array.isArray(item) || typeof item[0] !== 'string')
          fail(`${where} must be [name, ...arguments]`);
        const [name, ...args] = item as [string, ...unknown[]];
        const method = k === 0 ? undefined : methods.get(name);
        if (k === 0 && name !== signature.name)
          fail(`${where} must construct ${signature.name}, not call ${name}`);
        if (k > 0 && method === undefined) fail(`${where}: ${signature.name} declares no method ${name}`);
        const params = method?.params ?? signature.constructorParams;
        if (args.length !== params.length) fail(`${where}: ${name} takes ${params.length} argument(s)`);
        for (const [i, param] of params.entries()) {
          const problem = typeMismatch(args[i], param.type, `${where}: ${param.name}`);
          if (problem !== undefined) fail(problem);
        }
        const answer = (expected as unknown[])[k];
        if (method?.returns === undefined) {
          if (answer !== null) fail(`${where}: ${name} returns nothing, so its answer must be null`);
        } else {
          const problem = typeMismatch(answer, method.returns, `${where}: the answer`);
          if (problem !== undefined) fail(problem);
        }
        calls.push({ name, args });
      }
      return { test, raw: raw as unknown[][], calls, expected: expected as unknown[] };
    }),
  );
}

/** The first call whose result differs from the expected one, as the learner reads it; or undefined. */
function firstDifference(problem: ClassProblem, test: ClassTest, values: unknown[]): string | undefined {
  const methods = new Map(problem.signature.methods.map((m) => [m.name, m]));
  for (const [k, value] of values.entries()) {
    const call = test.calls[k]!;
    const returns = k === 0 ? undefined : methods.get(call.name)?.returns;
    if (returns === undefined) continue;
    if (!valuesMatch(value, test.expected[k], returns, problem.compare))
      return `call ${k + 1}: ${describeCall(call)} returned ${shortJson(value)}, expected ${shortJson(test.expected[k])}`;
  }
  return undefined;
}

export async function judgeClass(
  options: HarnessRunOptions & { problem: ProblemPackage & { class: ClassProblem }; tests: TestCase[] },
): Promise<{ compileError: string; verdict: 'CE' | 'IE' } | { results: TestResult[]; compileMs: number }> {
  const { problem, tests, timeLimitMs } = options;
  const loaded = await loadClassTests(problem.class, tests);
  const harness = await runHarness(
    options,
    problem.class.signature,
    loaded.map((t) => t.raw),
  );
  if ('compileError' in harness) return harness;
  const { run, report } = harness;
  if (report.loadError !== undefined) return loadFailure(report.loadError, tests, run, harness.compileMs);

  const results: TestResult[] = [];
  for (const [index, classTest] of loaded.entries()) {
    const { test } = classTest;
    const sample = test.group.startsWith('sample');
    const outcome = report.outcomes[index];
    const shown = { input: JSON.stringify(classTest.raw), expected: JSON.stringify(classTest.expected) };
    const base = { name: test.name, sample, memoryBytes: run.memoryBytes, ...shown };
    if (outcome === undefined) {
      results.push({ ...base, timeMs: 0, ...unansweredTest(run) });
      break;
    }
    const values = outcome.values ?? [];
    // A call that returned a wrong value before the one that raised is the first thing to fix.
    const difference = firstDifference(problem.class, classTest, values);
    if (!outcome.ok) {
      const failed = classTest.calls[values.length];
      results.push({
        ...base,
        ...(difference === undefined
          ? {
              verdict: 'RE' as const,
              message:
                failed === undefined
                  ? outcome.error
                  : `call ${values.length + 1}: ${describeCall(failed)} raised ${outcome.error}`,
            }
          : { verdict: 'WA' as const, message: difference }),
        timeMs: 0,
        actual: JSON.stringify(values),
      });
      break;
    }
    const timeMs = Math.round(outcome.ms);
    const actual = JSON.stringify(values);
    if (outcome.ms > timeLimitMs) {
      results.push({
        ...base,
        verdict: 'TLE',
        timeMs,
        message: `the ${classTest.calls.length} calls took ${timeMs} ms together; the limit is ${timeLimitMs} ms`,
      });
      break;
    }
    const wrong =
      difference ??
      (values.length === classTest.calls.length
        ? undefined
        : 'the harness reported a different number of calls');
    if (wrong !== undefined) {
      results.push({ ...base, verdict: 'WA', timeMs, message: wrong, actual });
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
