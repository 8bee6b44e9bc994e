/**
 * The judge from the command line, for problem authors and operators: `judge doctor` (is this host
 * able to judge?), `judge <problem> <file|dir>` (a verdict per test), `problem verify <dir>` (the
 * package's self-test with a progress bar, which `problem import` runs as well). A package without a
 * time limit gets one derived from its accepted submissions by both; `problem verify` saves it in the
 * package's `.timelimit` (DOMjudge's file), which the reader then uses.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkToolchain,
  createJudge,
  createSandbox,
  deriveTimeLimit,
  detectCgroupDriver,
  hostProblems,
  type Judge,
  type LanguageId,
  languageIds,
  languages,
  type ProblemPackage,
  ProblemPackageError,
  readProblemPackage,
  readProgramDirectory,
  type Sandbox,
  type SourceFile,
  type VerifyReport,
  verifyPackage,
} from '@winterarc/judge';
import { progressLine } from './progress.js';
import { UsageError } from './run-command.js';
import { indent, languageFor, out, printResult } from './verdict-report.js';

/** The host's sandbox, or a UsageError that says how to find out why there is none. */
export function openSandbox(): Sandbox {
  try {
    return createSandbox();
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}\nRun \`winterarc judge doctor\` for the whole picture.`,
    );
  }
}

async function loadProblem(dir: string) {
  try {
    return await readProblemPackage(dir);
  } catch (error) {
    if (error instanceof ProblemPackageError) {
      throw new UsageError(
        `the problem package ${dir} has errors:\n${error.issues.map((i) => `  ${i.file}: ${i.message}`).join('\n')}`,
      );
    }
    throw error;
  }
}

export async function judgeDoctorCommand() {
  let healthy = true;
  const report = (ok: boolean, what: string, detail: string) => {
    healthy &&= ok;
    out(`${ok ? '✓' : '✗'} ${what}: ${detail}`);
  };
  const problems = hostProblems();
  report(
    problems.length === 0,
    'host',
    problems.length === 0 ? 'root, bubblewrap, prlimit, setpriv present' : problems.join('; '),
  );
  try {
    report(true, 'cgroups', `cgroup ${detectCgroupDriver().version} (memory, pids and CPU accounting)`);
  } catch (error) {
    report(false, 'cgroups', (error as Error).message);
  }
  if (healthy) {
    try {
      await createSandbox().check();
      report(true, 'sandbox', 'a test run in a real sandbox succeeded');
    } catch (error) {
      report(false, 'sandbox', (error as Error).message);
    }
  }
  for (const id of languageIds) {
    const status = await checkToolchain(languages[id]);
    report(status.ok, languages[id].name, status.ok ? status.version : status.problem);
  }
  out(
    healthy ? '\nThis host can judge.' : '\nFix the ✗ lines above, then run `winterarc judge doctor` again.',
  );
  if (!healthy) process.exitCode = 1;
}

/** The program to judge: one file, or a directory of files (its language from their endings). */
async function readProgram(
  sourcePath: string,
  languageOption: string | undefined,
): Promise<{ language: LanguageId; files: SourceFile[] }> {
  const stats = await stat(sourcePath).catch(() => {
    throw new UsageError(`cannot read ${sourcePath}`);
  });
  if (!stats.isDirectory()) {
    const language = languageFor(sourcePath, languageOption);
    const content = await readFile(sourcePath, 'utf8').catch(() => {
      throw new UsageError(`cannot read ${sourcePath}`);
    });
    return { language, files: [{ path: path.basename(sourcePath), content }] };
  }
  const program = await readProgramDirectory(sourcePath).catch((error: Error) => {
    throw new UsageError(`cannot read ${sourcePath}: ${error.message}`);
  });
  if (program.files.length === 0) throw new UsageError(`${sourcePath} holds no file to judge`);
  if (languageOption === undefined && program.language === 'ambiguous')
    throw new UsageError(
      `${sourcePath} mixes source files of several languages; keep one, or pass --language (${languageIds.join(', ')})`,
    );
  const named = languageOption ?? program.language;
  return { language: languageFor(`${sourcePath}/`, named), files: program.files };
}

/**
 * For a package that gives no time limit: the one its accepted submissions (judged now) give, in ms.
 * Undefined when the package has its own.
 * @throws UsageError saying why when none can be derived.
 */
async function timeLimitFor(judge: Judge, problem: ProblemPackage): Promise<number | undefined> {
  if (problem.limits.timeLimit !== undefined) return undefined;
  const accepted = problem.submissions.filter((s) => s.expected === 'accepted').length;
  process.stderr.write(
    `The package gives no time limit: deriving it from its ${accepted} accepted submission(s)…\n`,
  );
  const derived = await deriveTimeLimit(judge, problem, (_check, done, total) =>
    process.stderr.write(progressLine(done, total, 'accepted submissions judged')),
  );
  process.stderr.write(progressLine(0, 0, ''));
  if (!derived.ok) throw new UsageError(derived.problem);
  out(
    `Time limit: ${derived.timeLimitMs} ms, derived from the accepted submissions (\`winterarc problem verify\` saves it in the package)\n`,
  );
  return derived.timeLimitMs;
}

export async function judgeFileCommand(
  problemDir: string,
  sourcePath: string,
  options: { language?: string; all?: boolean; samples?: boolean },
) {
  const program = await readProgram(sourcePath, options.language);
  const problem = await loadProblem(problemDir);
  const judge = createJudge(openSandbox());
  try {
    const timeLimitMs = await timeLimitFor(judge, problem);
    const result = await judge.judge({
      problem,
      language: program.language,
      ...(program.files.length === 1 ? { source: program.files[0]!.content } : { files: program.files }),
      ...(timeLimitMs === undefined ? {} : { timeLimitMs }),
      samplesOnly: options.samples ?? false,
      // Without --all the problem decides: pass-fail problems stop at the first failure, scoring ones do not.
      ...(options.all ? { stopOnFirstFailure: false } : {}),
      onProgress: (progress) => {
        if (progress.stage === 'testing')
          process.stderr.write(progressLine(progress.test, progress.of, 'testing'));
      },
    });
    process.stderr.write(progressLine(0, 0, ''));
    printResult(result);
    if (result.verdict !== 'AC') process.exitCode = 1;
  } finally {
    judge.close();
  }
}

/** DOMjudge's time-limit file, which the package reader uses when problem.yaml gives no limit. */
const timeLimitFile = '.timelimit';

export async function problemVerifyCommand(dir: string, options: { saveTimeLimit?: boolean } = {}) {
  const problem = await loadProblem(dir);
  for (const warning of problem.warnings) out(`warning: ${warning.file}: ${warning.message}`);
  const report = await selfTestPackage(problem);
  if (!report.ok) process.exitCode = 1;
  if (report.ok && report.derived && report.timeLimitMs !== undefined && options.saveTimeLimit !== false) {
    // Seconds, as DOMjudge writes the file; the next `judge`, `verify` or import reads it back.
    const file = path.join(problem.dir, timeLimitFile);
    await writeFile(file, `${report.timeLimitMs / 1000}\n`, { mode: 0o644 });
    out(`Saved the derived time limit in ${file} (limits.time_limit in problem.yaml would override it).`);
  }
}

/**
 * The package's self-test with a progress bar: a line per submission (why it failed, when it did),
 * rejected test inputs, then the time limit and a summary. `problem import` runs it too.
 */
export async function selfTestPackage(problem: ProblemPackage): Promise<VerifyReport> {
  const judge = createJudge(openSandbox());
  try {
    const report = await verifyPackage(judge, problem, (check, done, total) => {
      process.stderr.write(progressLine(0, 0, ''));
      out(
        `${check.ok ? '✓' : '✗'} ${check.submission.path.padEnd(48)} expected ${check.expected}, got ${check.result.verdict} (${check.maxTimeMs} ms)`,
      );
      if (!check.ok) {
        const reason = check.result.message ?? check.result.tests.find((t) => t.verdict !== 'AC')?.message;
        if (reason !== undefined) out(`    ${indent(reason)}`);
      }
      process.stderr.write(progressLine(done, total, 'submissions judged'));
    });
    process.stderr.write(progressLine(0, 0, ''));
    for (const problem of report.inputProblems)
      out(`✗ input ${problem.test}: ${problem.validator} ${problem.message}`);
    if (report.inputProblems.length > 0) out('Fix the test data the input validators reject.');
    if (report.timeLimitProblem !== undefined) out(`\n✗ ${report.timeLimitProblem}`);
    else
      out(
        `\nTime limit: ${report.timeLimitMs} ms${report.derived ? ' (derived from the slowest accepted submission)' : ''}`,
      );
    const failed = report.checks.filter((c) => !c.ok).length;
    out(
      report.ok
        ? `All ${report.checks.length} submissions got their expected verdicts.`
        : `${failed} of ${report.checks.length} submissions did not get their expected verdict.`,
    );
    return report;
  } finally {
    judge.close();
  }
}
