/**
 * Checks a quiz's stated answers by computing them: a code-output snippet is run in the judge's
 * sandbox as a stdio program with no input, and every numeric formula is evaluated by Python in the
 * sandbox too (with `math`). Used by the content test and `winterarc quiz verify`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { type Judge, type ProblemPackage, readProblemPackage } from '@winterarc/judge';
import { normaliseOutput, withinTolerance } from './normalise.js';
import { type Question, statedOutput } from './question.js';

/** A host for snippets: a stdio "problem" whose limits bound every run (CPU seconds, MiB). */
const snippetLimits = { timeLimitSeconds: 2, memoryMiB: 256 };

export interface AnswerChecker {
  /** What the snippet printed, or why it did not run to a normal end. */
  run(
    language: 'python' | 'javascript',
    code: string,
    input?: string,
  ): Promise<{ ok: boolean; output: string; message?: string }>;
  close(): Promise<void>;
}

/** Makes the one-off stdio package the snippets run under; `close` removes it. */
export async function createAnswerChecker(judge: Judge): Promise<AnswerChecker> {
  const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-quiz-snippets-'));
  await mkdir(path.join(dir, 'data', 'secret'), { recursive: true });
  await writeFile(
    path.join(dir, 'problem.yaml'),
    `name: Quiz snippets\nlimits:\n  time_limit: ${snippetLimits.timeLimitSeconds}\n  memory: ${snippetLimits.memoryMiB}\n`,
  );
  await writeFile(path.join(dir, 'data', 'secret', '1.in'), '');
  await writeFile(path.join(dir, 'data', 'secret', '1.ans'), '');
  let problem: ProblemPackage;
  try {
    problem = await readProblemPackage(dir);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    async run(language, code, input = '') {
      const result = await judge.runCustom({ problem, language, source: code, input });
      return result.verdict === 'AC'
        ? { ok: true, output: result.output }
        : {
            ok: false,
            output: result.output,
            message: `${result.verdict}: ${result.message ?? result.stderrTail ?? ''}`.trim(),
          };
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Whether a code-output question's snippet prints its stated answer; a mismatch says what it printed. */
export async function checkSnippet(checker: AnswerChecker, question: Question): Promise<string | undefined> {
  if (question.spec.kind !== 'code-output') return undefined;
  const stated = statedOutput(question) ?? '';
  const run = await checker.run(question.spec.language, question.spec.code);
  if (!run.ok) return `the snippet did not run to the end (${run.message})`;
  if (normaliseOutput(run.output) !== normaliseOutput(stated))
    return `the snippet prints ${JSON.stringify(normaliseOutput(run.output))}, but the stated answer is ${JSON.stringify(normaliseOutput(stated))}`;
  return undefined;
}

/**
 * Evaluates Python expressions in one sandboxed run (the formulas come on stdin as JSON, one result
 * line each), with `math` and a few pure built-ins; anything else (import, open) is a NameError.
 */
const formulaProgram = `
import builtins, json, math, sys
allowed = {name: getattr(builtins, name) for name in
           ("abs", "min", "max", "round", "sum", "pow", "int", "float", "range", "len")}
for formula in json.load(sys.stdin):
    try:
        print("ok", repr(float(eval(formula, {"__builtins__": allowed, "math": math}))))
    except Exception as error:
        print("error", type(error).__name__ + ": " + str(error).replace("\\n", " "))
`;

export type FormulaResult = { ok: true; value: number } | { ok: false; message: string };

export async function evaluateFormulas(checker: AnswerChecker, formulas: string[]): Promise<FormulaResult[]> {
  if (formulas.length === 0) return [];
  const run = await checker.run('python', formulaProgram, JSON.stringify(formulas));
  if (!run.ok) throw new Error(`the formula evaluator failed: ${run.message}`);
  const lines = run.output.trimEnd().split('\n');
  if (lines.length !== formulas.length)
    throw new Error(`the formula evaluator printed ${lines.length} lines for ${formulas.length} formulas`);
  return lines.map((line): FormulaResult => {
    const [status, ...rest] = line.split(' ');
    const text = rest.join(' ');
    if (status !== 'ok') return { ok: false, message: text };
    // Python's repr of a float: digits, 'inf', '-inf' or 'nan'.
    const value = text === 'inf' ? Infinity : text === '-inf' ? -Infinity : Number(text);
    return { ok: true, value };
  });
}

/** Whether a numeric question's formula gives its stated answer within its tolerance. */
export function formulaMismatch(question: Question, result: FormulaResult): string | undefined {
  if (question.spec.kind !== 'numeric') return undefined;
  if (!result.ok)
    return `the formula ${JSON.stringify(question.spec.formula)} fails in Python: ${result.message}`;
  if (!withinTolerance(result.value, question.spec.answer, question.spec.tolerance))
    return `the formula ${JSON.stringify(question.spec.formula)} gives ${result.value}, but the stated answer is ${question.spec.answer} (tolerance ${JSON.stringify(question.spec.tolerance)})`;
  return undefined;
}

/**
 * Every code-output snippet run and every formula recomputed, `concurrency` snippets at a time;
 * returns one line per question whose stated answer is not what it computes, naming it as `label` does.
 */
export async function checkQuizAnswers(
  checker: AnswerChecker,
  questions: Question[],
  label: (question: Question) => string,
  concurrency = availableParallelism(),
): Promise<{ snippets: number; formulas: number; failures: string[] }> {
  const failures: string[] = [];
  const snippets = questions.filter((q) => q.spec.kind === 'code-output');
  let next = 0;
  const worker = async () => {
    while (next < snippets.length) {
      const question = snippets[next++]!;
      const mismatch = await checkSnippet(checker, question);
      if (mismatch !== undefined) failures.push(`${label(question)}: ${mismatch}`);
    }
  };
  const numeric = questions.filter((q) => q.spec.kind === 'numeric' && q.spec.formula !== undefined);
  const [results] = await Promise.all([
    evaluateFormulas(
      checker,
      numeric.map((q) => (q.spec.kind === 'numeric' ? q.spec.formula! : '')),
    ),
    ...Array.from({ length: Math.max(1, Math.min(concurrency, snippets.length)) }, worker),
  ]);
  numeric.forEach((question, i) => {
    const mismatch = formulaMismatch(question, results[i]!);
    if (mismatch !== undefined) failures.push(`${label(question)}: ${mismatch}`);
  });
  return { snippets: snippets.length, formulas: numeric.length, failures: failures.sort() };
}
