/**
 * The judge from the command line, for problem authors and operators: `judge doctor` (is this host
 * able to judge?), `judge <problem> <file>` (a verdict per test), `problem verify <dir>` (the
 * package's self-test with a progress bar, which `problem import` runs as well).
 */
import { readFile } from 'node:fs/promises';
import {
  checkToolchain,
  createJudge,
  createSandbox,
  detectCgroupDriver,
  hostProblems,
  languageIds,
  languages,
  type ProblemPackage,
  ProblemPackageError,
  readProblemPackage,
  type Sandbox,
  type VerifyReport,
  verifyPackage,
} from '@winterarc/judge';
import { progressLine } from './progress.js';
import { UsageError } from './run-command.js';
import { indent, languageFor, out, printResult } from './verdict-report.js';

function openSandbox(): Sandbox {
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

export async function judgeFileCommand(
  problemDir: string,
  sourceFile: string,
  options: { language?: string; all?: boolean; samples?: boolean },
) {
  const language = languageFor(sourceFile, options.language);
  const problem = await loadProblem(problemDir);
  const source = await readFile(sourceFile, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${sourceFile}`);
  });
  const judge = createJudge(openSandbox());
  try {
    const result = await judge.judge({
      problem,
      language,
      source,
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

export async function problemVerifyCommand(dir: string) {
  const problem = await loadProblem(dir);
  for (const warning of problem.warnings) out(`warning: ${warning.file}: ${warning.message}`);
  const report = await selfTestPackage(problem);
  if (!report.ok) process.exitCode = 1;
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
