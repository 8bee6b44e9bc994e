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

/** A result with no test run: the program could not be built, or was refused before building. */
const notRun = (verdict: JudgeResult['verdict'], message: string, testsTotal: number): JudgeResult => ({
  verdict,
  tests: [],
  message,
  compileMs: 0,
  testsRun: 0,
  testsTotal,
});

/** The tests a request runs: the samples only ("Run"), or every test, samples first. */
function testsOf(request: JudgeRequest): TestCase[] {
  const cases = request.problem.testData.cases;
  return request.samplesOnly ? cases.filter((t) => t.group.startsWith('sample')) : cases;
}

/** Why the request cannot be judged at all (no limit, too big, no interactor), or undefined. */
function refusal(
  request: JudgeRequest,
  tests: TestCase[],
  timeLimitMs: number | undefined,
): JudgeResult | undefined {
  const { problem } = request;
  if (timeLimitMs === undefined)
    return internalError(
      'the problem has no time limit; run `winterarc problem verify` to derive one',
      tests.length,
    );
  const oversized = oversizedProgram(programFiles(request));
  if (oversized !== undefined) return notRun('CE', oversized, tests.length);
  if (problem.interactive && problem.outputValidation.kind !== 'custom')
    return internalError(
      'the interactive problem has no interactor (a custom output validator)',
      tests.length,
    );
  return undefined;
}

/** The verdict over the tests' results, with the score on scoring problems. */
function graded(
  problem: ProblemPackage,
  results: TestResult[],
  compileMs: number,
  testsTotal: number,
): JudgeResult {
  const scored = problem.scoring
    ? {
        ...gradeSubmission(problem.testData, new Map(results.map((t) => [t.name, t.verdict]))),
        maxScore: maxScore(problem.testData),
      }
    : undefined;
  return {
    verdict: scored?.verdict ?? overallVerdict(results),
    tests: results,
    compileMs,
    testsRun: results.length,
    testsTotal,
    ...(scored === undefined ? {} : { score: scored.score, maxScore: scored.maxScore }),
  };
}

/** What one submission's run steps share: its tests, limit and workspace. */
interface Run {
  request: JudgeRequest;
  tests: TestCase[];
  timeLimitMs: number;
  workspace: Workspace;
  onProgress: (progress: JudgeProgress) => void;
}

/** Per-test results and the build time, or the result that ended the submission before its tests. */
type Outcome = { results: TestResult[]; compileMs: number } | { ended: JudgeResult };

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

  /** A test-suite problem: the learner's module imported by the package's hidden suite, in one run. */
  async function runSuite(run: Run): Promise<Outcome> {
    const { request, tests } = run;
    const { problem } = request;
    const language = languages[request.language];
    if (!(functionLanguages as readonly string[]).includes(language.id)) {
      return {
        ended: internalError(
          `test-suite problems can be solved in ${functionLanguages.join(', ')}, not ${language.name}`,
          tests.length,
        ),
      };
    }
    run.onProgress({ stage: 'testing', test: 1, of: tests.length });
    const outcome = await judgeSuite({
      sandbox,
      problem: { ...problem, suite: problem.suite! },
      language,
      files: programFiles(request),
      tests,
      timeLimitMs: run.timeLimitMs,
      workspace: run.workspace,
    });
    if ('compileError' in outcome)
      return { ended: notRun(outcome.verdict, outcome.compileError, tests.length) };
    return { results: outcome.results, compileMs: Math.round(outcome.compileMs) };
  }

  /**
   * A function or class problem: the solution called through the language's harness, test by test
   * (a class problem's test is a sequence of calls on one instance).
   */
  async function runHarness(run: Run): Promise<Outcome> {
    const { request, tests } = run;
    const { problem } = request;
    const language = languages[request.language];
    const kind = problem.class !== undefined ? 'class' : 'function';
    const solution = harnessSolution(programFiles(request), language, kind);
    if (typeof solution === 'string') return { ended: notRun('CE', solution, tests.length) };
    if (!(functionLanguages as readonly string[]).includes(language.id)) {
      return {
        ended: internalError(
          `${kind} problems can be solved in ${functionLanguages.join(', ')}, not ${language.name}`,
          tests.length,
        ),
      };
    }
    run.onProgress({ stage: 'testing', test: 1, of: tests.length });
    const harnessOptions = {
      sandbox,
      language,
      ...solution,
      tests,
      timeLimitMs: run.timeLimitMs,
      workspace: run.workspace,
      ...(warmPool === undefined ? {} : { warmPool }),
    };
    const outcome =
      problem.class !== undefined
        ? await judgeClass({ ...harnessOptions, problem: { ...problem, class: problem.class } })
        : await judgeFunction({ ...harnessOptions, problem: { ...problem, function: problem.function! } });
    if ('compileError' in outcome)
      return { ended: notRun(outcome.verdict, outcome.compileError, tests.length) };
    return { results: outcome.results, compileMs: Math.round(outcome.compileMs) };
  }

  /** A stdio, interactive or multi-pass problem: the program built, then run on each test. */
  async function runProgram(run: Run): Promise<Outcome> {
    const { request, tests } = run;
    const { problem } = request;
    const built = await buildProgram(
      sandbox,
      languages[request.language],
      programFiles(request),
      run.workspace,
    );
    if (!built.ok) return { ended: notRun(built.verdict, built.message, tests.length) };
    const compileMs = Math.round(built.compileMs);
    const validator = await validatorFor(problem);
    if (typeof validator === 'string') return { ended: internalError(validator, tests.length) };
    const options = {
      sandbox,
      problem,
      // Bound to the program's entry point (a directory submission, a Java class of its own name).
      language: built.language,
      runDir: built.runDir,
      tests,
      timeLimitMs: run.timeLimitMs,
      workspace: run.workspace,
      // A scoring problem gives points per group, so every test is run.
      stopOnFirstFailure: request.stopOnFirstFailure ?? !problem.scoring,
      onProgress: run.onProgress,
    };
    const results =
      problem.interactive && validator !== undefined
        ? await judgeInteractive({ ...options, validator })
        : problem.multiPass && validator !== undefined
          ? await judgeMultiPass({ ...options, validator })
          : await judgeStdio({ ...options, validator });
    return { results, compileMs };
  }

  return {
    sandbox,
    async judge(request) {
      const { problem } = request;
      const onProgress = request.onProgress ?? (() => undefined);
      const tests = testsOf(request);
      const timeLimitMs = timeLimitMsOf(problem, request.timeLimitMs);
      const refused = refusal(request, tests, timeLimitMs);
      if (refused !== undefined || timeLimitMs === undefined) return refused!;

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
        const run: Run = { request, tests, timeLimitMs, workspace, onProgress };
        const outcome =
          problem.suite !== undefined
            ? await runSuite(run)
            : problem.function !== undefined || problem.class !== undefined
              ? await runHarness(run)
              : await runProgram(run);
        if ('ended' in outcome) return outcome.ended;
        const result = graded(problem, outcome.results, outcome.compileMs, tests.length);
        onProgress({ stage: 'done', verdict: result.verdict });
        return result;
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
