/**
 * The normalized description of a Kattis / ICPC problem package that `readProblemPackage` returns.
 * Both format versions (legacy and 2023-07-draft) map onto these types, so the rest of the judge never
 * asks which version a package was written in, except where the two really judge differently
 * (`formatVersion`, the legacy `grading` settings, the 2023-07 `scoring` settings).
 * @see https://www.kattis.com/problem-package-format/spec/legacy.html
 * @see https://www.kattis.com/problem-package-format/spec/2023-07-draft.html
 */
import type { Verdict } from '../engine/verdict.js';
import type { LanguageId } from '../languages/language.js';
import type { DefaultValidatorOptions } from '../validation/default-output-validator.js';
import type { ClassProblem, FunctionProblem, SuiteProblem } from './function-signature.js';
import type { PackageIssue } from './issues.js';
import type { PackageReadLimits } from './package-tree.js';

export type FormatVersion = 'legacy' | '2023-07-draft';

export interface ProblemPackage {
  /** Absolute path of the package directory. */
  dir: string;
  formatVersion: FormatVersion;
  /** Problem name by statement language (`en`, `pt-BR`, …). */
  name: Record<string, string>;
  uuid?: string;
  /** `scoring` problems give accepted submissions a score; otherwise pass-fail. */
  scoring: boolean;
  /** The submission talks to the output validator through pipes. */
  interactive: boolean;
  /**
   * Multi-pass (legacy `validation: custom multi-pass`, 2023-07 `type: multi-pass`): the output
   * validator may write `nextpass.in` to run the submission again on it, up to
   * `limits.validationPasses` runs per test.
   */
  multiPass: boolean;
  limits: ProblemLimits;
  /** Legacy `grading` map of problem.yaml (scoring problems only). */
  objective: 'max' | 'min';
  outputValidation: OutputValidation;
  inputValidators: Program[];
  statements: Statement[];
  testData: TestData;
  submissions: Submission[];
  /** Things that do not stop the import but an author should see (ignored keys and files, …). */
  warnings: PackageIssue[];
  /** Legacy `validator_flags` of problem.yaml, in words (each test case also has them in its arguments). */
  validatorFlags: string[];
  /** Present for function (LeetCode-style) problems: the declared function and how to compare. */
  function?: FunctionProblem;
  /** Present for class (LeetCode design) problems: the declared class, its methods and how to compare. */
  class?: ClassProblem;
  /** Present for test-suite (Exercism-style) problems: the hidden suites that exercise the learner's module. */
  suite?: SuiteProblem;
}

export interface ProblemLimits {
  /** Seconds, when the package gives one; otherwise derive it from the accepted submissions. */
  timeLimit?: number;
  /**
   * Time limit ≥ slowest accepted run × this. 2023-07 `time_multipliers.ac_to_time_limit` (default 2);
   * legacy `time_multiplier` (default 5).
   */
  acToTimeLimit: number;
  /**
   * Fastest time_limit_exceeded run ≥ time limit × this. 2023-07 `time_multipliers.time_limit_to_tle`
   * (default 1.5); legacy `time_safety_margin` (default 2).
   */
  timeLimitToTle: number;
  /** A derived time limit is rounded up to a multiple of this many seconds (2023-07; legacy: 1). */
  timeResolution: number;
  memoryMiB: number;
  outputMiB: number;
  /** Most runs of a multi-pass test (`validation_passes`, at least 2, default 2). */
  validationPasses: number;
  /** The limits below have no default here: the judge's own setting applies when absent. */
  codeKiB?: number;
  compilationTimeSeconds?: number;
  compilationMemoryMiB?: number;
  validationTimeSeconds?: number;
  validationMemoryMiB?: number;
  validationOutputMiB?: number;
}

export type OutputValidation =
  | { kind: 'default' }
  | {
      kind: 'custom';
      program: Program;
      /** The validator may write `score.txt` (scoring problems). */
      score: boolean;
    };

export type ProgramKind = 'file' | 'directory';

/** A submission or validator: one source file, or a directory of files. Nothing is compiled here. */
export interface Program {
  /** The file's or directory's name, which the format uses to refer to the program. */
  name: string;
  /** Package-relative path of the file or directory. */
  path: string;
  /** Absolute path. */
  absolutePath: string;
  kind: ProgramKind;
  /** Files of a directory program, relative to it; `[name]` for a single file. */
  files: string[];
  /** Detected from file name endings; absent when the program has its own `build`/`run` scripts. */
  language?: LanguageId;
  /** A directory program with `build` and/or `run` scripts is built by them, not by language. */
  hasBuildOrRunScript: boolean;
}

/**
 * The verdict directories of `submissions/`: Kattis's, then DOMjudge's (`slow_accepted`: accepted
 * with the time limit's safety margin; `no_output`: a wrong answer; `mixed`: each source says what it
 * expects with `@EXPECTED_RESULTS@:`).
 */
export const expectedVerdicts = [
  'accepted',
  'partially_accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'run_time_error',
  'rejected',
  'brute_force',
  'slow_accepted',
  'compiler_error',
  'no_output',
  'mixed',
] as const;
export type ExpectedVerdict = (typeof expectedVerdicts)[number];

export interface Submission extends Program {
  expected: ExpectedVerdict;
  /**
   * The verdicts its source allows with DOMjudge's `@EXPECTED_RESULTS@:` tag; when present they decide
   * instead of the directory.
   */
  expectedResults?: Verdict[];
  /** A supported language is always known for submissions (others are left out with a warning). */
  language: LanguageId;
}

export type StatementFormat = 'markdown' | 'latex';

export interface Statement {
  language: string;
  format: StatementFormat;
  /** Package-relative path. */
  path: string;
  /** The file as written: Markdown as-is, LaTeX as source. */
  text: string;
}

export interface TestData {
  sample: TestGroup;
  secret: TestGroup;
  /** Every test case, samples first, in judging order (a depth-first walk of the groups). */
  cases: TestCase[];
}

/** Input-validator arguments: the same for all validators, or per validator name (others get none). */
export type InputValidatorArgs =
  | { kind: 'all'; args: string[] }
  | { kind: 'per-validator'; args: Record<string, string[]> };

/** 2023-07 `scoring` of a group (never inherited). */
export interface GroupScoring {
  /** Maximum score; absent means "inferred from the parent" (the secret group defaults to 100). */
  score?: number | 'unbounded';
  aggregation: 'pass-fail' | 'sum' | 'min';
  requirePass: string[];
}

/** A group's effective settings: its own `testdata.yaml` over its ancestors' over the defaults. */
export interface GroupSettings {
  inputValidatorArgs: InputValidatorArgs;
  /** Arguments for the output validator, before the problem-level legacy `validator_flags`. */
  outputValidatorArgs: string[];
  /** Legacy: stop judging the group at the first rejected test case, or go on. */
  onReject: 'break' | 'continue';
  /** Legacy default-grader flags (`min`, `first_error`, …). */
  graderFlags: string[];
  /** Legacy scoring: score of an accepted / rejected test case and the group's score range. */
  acceptScore: number;
  rejectScore: number;
  range: { min: number; max: number };
  /** Show the input, output and answer of a failed case to the submitter. */
  fullFeedback: boolean;
  /** 2023-07 scoring problems only. */
  scoring?: GroupScoring;
}

export interface TestGroup {
  kind: 'group';
  /** Path below `data/`, e.g. `secret/group1`. */
  name: string;
  settings: GroupSettings;
  /** Test cases and subgroups together in lexicographic order of their names, as the format orders them. */
  children: Array<TestGroup | TestCase>;
  /** `.interaction` files without a test case: extra sample interactions for the statement. */
  interactions: Array<{ name: string; path: string }>;
}

export interface TestCase {
  kind: 'case';
  /** Stable name: path below `data/` without extension, e.g. `secret/group1/03`. */
  name: string;
  /** The group it belongs to, e.g. `secret/group1`. */
  group: string;
  /** Absolute paths. */
  input: string;
  answer: string;
  /** Sample interaction shown in the statement of an interactive problem. */
  interaction?: string;
  settings: GroupSettings;
  /** All arguments for the output validator: the problem's `validator_flags`, then the group's. */
  outputValidatorArgs: string[];
  /** For the default output validator: `outputValidatorArgs` parsed. */
  defaultValidator?: DefaultValidatorOptions;
}

/** Options of `readProblemPackage`. */
export interface ReadPackageOptions {
  /** Caps on files; see `defaultPackageReadLimits`. */
  limits?: Partial<PackageReadLimits>;
}
