/**
 * How the CLI prints a judged program, the same for a local `winterarc judge` and a `winterarc submit`
 * to a server: a line per test (mark, name, verdict, time, memory, and the message of a failure), then
 * the compiler's message or the reason, the score, and the verdict in words.
 */
import { languageIds, languageOfFile, type Verdict, verdictNames } from '@winterarc/judge';
import { UsageError } from './run-command.js';

export const out = (line = '') => process.stdout.write(`${line}\n`);

export interface ReportedTest {
  name: string;
  verdict: Verdict;
  timeMs: number;
  memoryBytes: number;
  message?: string | null;
}

export interface ReportedResult {
  verdict: Verdict;
  tests: readonly ReportedTest[];
  message?: string | null;
  score?: number | null;
  maxScore?: number | null;
  testsRun: number;
  testsTotal: number;
}

export function printTests(tests: readonly ReportedTest[]) {
  for (const test of tests) {
    const mark = test.verdict === 'AC' ? '✓' : '✗';
    out(
      `${mark} ${test.name.padEnd(24)} ${test.verdict.padEnd(3)} ${String(test.timeMs).padStart(6)} ms ${(test.memoryBytes / 2 ** 20).toFixed(1).padStart(7)} MiB`,
    );
    if (test.message != null && test.verdict !== 'AC') out(`    ${indent(test.message)}`);
  }
}

export function printResult(result: ReportedResult) {
  printTests(result.tests);
  if (result.message != null) out(`\n${result.message}`);
  if (result.score != null) out(`\nScore: ${result.score} of ${result.maxScore}`);
  const slowest = Math.max(0, ...result.tests.map((test) => test.timeMs));
  out(
    `\n${verdictNames[result.verdict]} (${result.verdict}) — ${result.testsRun} of ${result.testsTotal} tests run${result.tests.length > 0 ? `, slowest ${slowest} ms` : ''}`,
  );
}

export const indent = (text: string) => text.replaceAll('\n', '\n    ');

/** The language named by `--language`, else the one the file name says; a sentence when neither works. */
export function languageFor(sourceFile: string, option: string | undefined): (typeof languageIds)[number] {
  const language = option ?? languageOfFile(sourceFile)?.id;
  if (language === undefined || !(languageIds as readonly string[]).includes(language)) {
    throw new UsageError(
      option === undefined
        ? `cannot tell the language of ${sourceFile}; pass --language (${languageIds.join(', ')})`
        : `unknown language "${option}"; use one of ${languageIds.join(', ')}`,
    );
  }
  return language as (typeof languageIds)[number];
}
