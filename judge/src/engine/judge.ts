/**
 * The judge: a submission in, a verdict per test out. It builds the program, runs it on the tests in
 * the sandbox, and checks each output with the problem's validator. One `Judge` keeps the problems'
 * custom validators built between submissions.
 */
import type { LanguageId, SourceFile } from '../languages/language.js';
import { languages } from '../languages/registry.js';
import type { ProblemPackage, TestCase } from '../package/types.js';
import type { Sandbox } from '../sandbox/run.js';
import { buildProgram } from './build.js';
import { judgeClass } from './judge-class.js';
import { functionLanguages, harnessSolution, judgeFunction, TestDataError } from './judge-function.js';
import { judgeInteractive } from './judge-interactive.js';
import { judgeMultiPass } from './judge-multi-pass.js';
import { judgeStdio } from './judge-stdio.js';
import { judgeSuite } from './judge-suite.js';
import { oversizedProgram, programFiles, timeLimitMsOf } from './limits.js';
import type { BuiltValidator } from './output-validator.js';
import type { JudgeProgress, JudgeResult, TestResult } from './result.js';
import { type CustomRunRequest, type CustomRunResult, runCustom } from './run-custom.js';
import { gradeSubmission, maxScore } from './scoring.js';
import { buildPackageProgram } from './validator-program.js';
import { overallVerdict } from './verdict.js';
import { createWarmPool, type WarmPool, type WarmPoolOptions } from './warm-pool.js';
import { createWorkspace, removeAbandonedWorkspaces, type Workspace } from './workspace.js';

export interface JudgeRequest {
  problem: ProblemPackage;
  language: LanguageId;
  /** One source file's text. */
  source?: string;
  /**
   * Or a program of several files (a directory submission), by path relative to its root; the
   * entry-point rule of `languages/sources.ts` picks what runs. Exactly one of `source` and `files`.
   */
  files?: SourceFile[];
  /** Only the sample tests ("Run" in the app); default: every test, samples first. */
  samplesOnly?: boolean;
  /** Stop at the first test that is not accepted (default true; authors may want every test). */
  stopOnFirstFailure?: boolean;
  /** Overrides the package's time limit (packages without one get it derived by `problem verify`). */
  timeLimitMs?: number;
  onProgress?: (progress: JudgeProgress) => void;
}

export { maxSourceBytes } from './limits.js';

export interface Judge {
  /** The sandbox it runs everything in (also for a package's input validators). */
  readonly sandbox: Sandbox;
  judge(request: JudgeRequest): Promise<JudgeResult>;
  /**
   * Builds the program and runs it once on `input` with the problem's limits ("Run" with custom
   * input). Throws {@link CustomRunUnsupportedError} for function and interactive problems.
   */
  runCustom(request: CustomRunRequest): Promise<CustomRunResult>;
  /** Frees the cached validators and kills the warm pool's sandboxes (resolves when they are gone). */
  close(): Promise<void>;
}

export interface JudgeOptions {
  /**
   * Keep pre-started harnesses for function problems in Python, JavaScript and TypeScript (true: the
   * defaults of {@link WarmPoolOptions}). Verdicts and messages are the same either way; only the wait
   * differs.
   */
  warmPool?: boolean | WarmPoolOptions;
}

const internalError = (message: string, testsTotal: number): JudgeResult => ({
  verdict: 'IE',
  tests: [],
  message,
  compileMs: 0,
  testsRun: 0,
  testsTotal,
});

export function createJudge(sandbox: Sandbox, options: JudgeOptions = {}): Judge {
  // A judge killed mid-submission leaves its workspace behind: every start sweeps those of dead
  // owners (the sandbox's own start sweeps their cgroups).
  removeAbandonedWorkspaces();
  const warmPool: WarmPool | undefined =
    options.warmPool === undefined || options.warmPool === false
      ? undefined
      : createWarmPool(sandbox, options.warmPool === true ? {} : options.warmPool);
  const validators = new Map<string, { workspace: Workspace; validator: Promise<BuiltValidator | string> }>();

  /** Builds a problem's custom output validator once; a string is why it could not be built. */
  function validatorFor(problem: ProblemPackage): Promise<BuiltValidator | string> | undefined {
    const validation = problem.outputValidation;
    if (validation.kind === 'default') return undefined;
    const cached = validators.get(problem.dir);
    if (cached !== undefined) return cached.validator;
    // The validator keeps a uid of its own (not the submissions') until close(): every run of it
    // reads its build output and owns the feedback dir it writes.
    let workspace: Workspace;
    try {
      workspace = createWorkspace(sandbox.leaseUid());
    } catch (error) {
      // Not cached: the next submission tries again.
      return Promise.resolve(`output validator cannot be prepared: ${(error as Error).message}`);
    }
    const validator = buildPackageProgram(sandbox, validation.program, workspace).then((built) =>
      typeof built === 'string'
        ? `output validator ${built}`
        : { ...built, packageDir: problem.dir, owner: workspace.owner },
    );
    validators.set(problem.dir, { workspace, validator });
    return validator;
  }

  return {
    sandbox,
    async judge(request) {
      const { problem } = request;
      const onProgress = request.onProgress ?? (() => undefined);
      const language = languages[request.language];
      const tests: TestCase[] = request.samplesOnly
        ? problem.testData.cases.filter((t) => t.group.startsWith('sample'))
        : problem.testData.cases;
      const timeLimitMs = timeLimitMsOf(problem, request.timeLimitMs);
      if (timeLimitMs === undefined)
        return internalError(
          'the problem has no time limit; run `winterarc problem verify` to derive one',
          tests.length,
        );
      const files = programFiles(request);
      const oversized = oversizedProgram(files);
      if (oversized !== undefined) {
        return {
          verdict: 'CE',
          tests: [],
          message: oversized,
          compileMs: 0,
          testsRun: 0,
          testsTotal: tests.length,
        };
      }
      if (problem.interactive && problem.outputValidation.kind !== 'custom')
        return internalError(
          'the interactive problem has no interactor (a custom output validator)',
          tests.length,
        );

      // One uid for every step of this submission (the run reads what the compiler wrote to out/),
      // shared with no other live run; released when the workspace is disposed.
      let workspace: Workspace;
      try {
        workspace = createWorkspace(sandbox.leaseUid());
      } catch (error) {
        return internalError(`cannot prepare the submission: ${(error as Error).message}`, tests.length);
      }
      try {
        onProgress({ stage: 'compiling' });
        let results: TestResult[];
        let compileMs = 0;
        if (problem.suite !== undefined) {
          if (!(functionLanguages as readonly string[]).includes(language.id))
            return internalError(
              `test-suite problems can be solved in ${functionLanguages.join(', ')}, not ${language.name}`,
              tests.length,
            );
          onProgress({ stage: 'testing', test: 1, of: tests.length });
          const outcome = await judgeSuite({
            sandbox,
            problem: { ...problem, suite: problem.suite },
            language,
            files,
            tests,
            timeLimitMs,
            workspace,
          });
          if ('compileError' in outcome)
            return {
              verdict: outcome.verdict,
              tests: [],
              message: outcome.compileError,
              compileMs,
              testsRun: 0,
              testsTotal: tests.length,
            };
          results = outcome.results;
          compileMs = Math.round(outcome.compileMs);
        } else if (problem.function !== undefined || problem.class !== undefined) {
          const kind = problem.class !== undefined ? 'class' : 'function';
          const solution = harnessSolution(files, language, kind);
          if (typeof solution === 'string')
            return {
              verdict: 'CE',
              tests: [],
              message: solution,
              compileMs,
              testsRun: 0,
              testsTotal: tests.length,
            };
          if (!(functionLanguages as readonly string[]).includes(language.id)) {
            return internalError(
              `${kind} problems can be solved in ${functionLanguages.join(', ')}, not ${language.name}`,
              tests.length,
            );
          }
          onProgress({ stage: 'testing', test: 1, of: tests.length });
          const harnessOptions = {
            sandbox,
            language,
            ...solution,
            tests,
            timeLimitMs,
            workspace,
            ...(warmPool === undefined ? {} : { warmPool }),
          };
          const outcome =
            problem.class !== undefined
              ? await judgeClass({ ...harnessOptions, problem: { ...problem, class: problem.class } })
              : await judgeFunction({
                  ...harnessOptions,
                  problem: { ...problem, function: problem.function! },
                });
          if ('compileError' in outcome)
            return {
              verdict: outcome.verdict,
              tests: [],
              message: outcome.compileError,
              compileMs,
              testsRun: 0,
              testsTotal: tests.length,
            };
          results = outcome.results;
          compileMs = Math.round(outcome.compileMs);
        } else {
          const built = await buildProgram(sandbox, language, files, workspace);
          if (!built.ok)
            return {
              verdict: built.verdict,
              tests: [],
              message: built.message,
              compileMs,
              testsRun: 0,
              testsTotal: tests.length,
            };
          compileMs = Math.round(built.compileMs);
          const validator = await validatorFor(problem);
          if (typeof validator === 'string') return internalError(validator, tests.length);
          const options = {
            sandbox,
            problem,
            // Bound to the program's entry point (a directory submission, a Java class of its own name).
            language: built.language,
            runDir: built.runDir,
            tests,
            timeLimitMs,
            workspace,
            // A scoring problem gives points per group, so every test is run.
            stopOnFirstFailure: request.stopOnFirstFailure ?? !problem.scoring,
            onProgress,
          };
          results =
            problem.interactive && validator !== undefined
              ? await judgeInteractive({ ...options, validator })
              : problem.multiPass && validator !== undefined
                ? await judgeMultiPass({ ...options, validator })
                : await judgeStdio({ ...options, validator });
        }
        const scored = problem.scoring
          ? {
              ...gradeSubmission(problem.testData, new Map(results.map((t) => [t.name, t.verdict]))),
              maxScore: maxScore(problem.testData),
            }
          : undefined;
        const verdict = scored?.verdict ?? overallVerdict(results);
        onProgress({ stage: 'done', verdict });
        return {
          verdict,
          tests: results,
          compileMs,
          testsRun: results.length,
          testsTotal: tests.length,
          ...(scored === undefined ? {} : { score: scored.score, maxScore: scored.maxScore }),
        };
      } catch (error) {
        if (error instanceof TestDataError)
          return internalError(`the problem's test data is broken: ${error.message}`, tests.length);
        throw error;
      } finally {
        workspace.dispose();
      }
    },

    runCustom: (request) => runCustom(sandbox, request),

    async close() {
      for (const { workspace } of validators.values()) workspace.dispose();
      validators.clear();
      await warmPool?.close();
    },
  };
}
