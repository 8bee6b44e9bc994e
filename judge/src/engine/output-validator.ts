/**
 * Judges one test's output: with the default validator in process, or with the problem's own
 * validator in the sandbox through the Kattis interface (`validator input answer feedback_dir [args]
 * < team_output`; exit 42 accepted, 43 wrong answer, judgemessage.txt in the feedback directory).
 */
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { LanguageSpec } from '../languages/language.js';
import type { TestCase } from '../package/types.js';
import type { SandboxLimits } from '../sandbox/limits.js';
import type { Sandbox, SandboxRequest } from '../sandbox/run.js';
import { defaultValidatorOptions, validateOutput } from '../validation/default-output-validator.js';
import type { Verdict } from './verdict.js';
import type { Workspace } from './workspace.js';

export interface OutputJudgement {
  verdict: Extract<Verdict, 'AC' | 'WA' | 'IE'>;
  message?: string;
}

/** A built custom validator, ready to run. */
export interface BuiltValidator {
  language: LanguageSpec;
  runDir: string;
  /** The problem package it belongs to (the judge's only: a run gets copies of one test's files). */
  packageDir: string;
  /** The uid and gid it runs as (its build workspace's owner): it owns the feedback dirs too. */
  owner: { readonly uid: number; readonly gid: number };
}

const problemMount = '/problem';

export const validatorLimits: SandboxLimits = {
  cpuMs: 30_000,
  wallMs: 60_000,
  memoryBytes: 1024 * 2 ** 20,
  pids: 64,
  outputBytes: 2 ** 20,
  fileBytes: 16 * 2 ** 20,
  tmpBytes: 64 * 2 ** 20,
  openFiles: 256,
};

/**
 * Reads a file the sandboxed validator wrote, without following a link it may have planted there
 * (O_NOFOLLOW; a FIFO or device is refused by O_NONBLOCK + fstat), and at most `maxBytes` of it.
 */
export function readPlantedFile(file: string, maxBytes = 4096): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(maxBytes);
    const read = readSync(fd, buffer, 0, maxBytes, 0);
    return buffer.subarray(0, read).toString('utf8').trim();
  } finally {
    closeSync(fd);
  }
}

/** The feedback directory of one validator run: writable by the validator's uid only, shown at /out. */
export function newFeedbackDir(caseDir: string, validator: BuiltValidator): string {
  const feedbackDir = path.join(caseDir, 'feedback');
  mkdirSync(feedbackDir, { mode: 0o700 });
  chownSync(feedbackDir, validator.owner.uid, validator.owner.gid);
  return feedbackDir;
}

/**
 * Copies of one test's input and answer, readable by the validator's uid alone, in `caseDir/problem`
 * (0500, files 0400). The package itself stays readable by the judge only (hidden answers): no
 * sandbox ever mounts it, and another run's uid (the submission's) cannot read these copies either.
 */
export function copyTestData(
  caseDir: string,
  validator: BuiltValidator,
  test: TestCase,
): { dir: string; input: string; answer: string } {
  const dir = path.join(caseDir, 'problem');
  mkdirSync(dir, { mode: 0o700 });
  const names = { input: path.basename(test.input), answer: path.basename(test.answer) };
  if (names.input === names.answer) names.answer = `answer-${names.answer}`;
  for (const [source, name] of [
    [test.input, names.input],
    [test.answer, names.answer],
  ] as const) {
    const copy = path.join(dir, name);
    // Reflinked where the filesystem can; written with an explicit mode, whatever the umask.
    copyFileSync(source, copy, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    chmodSync(copy, 0o400);
    chownSync(copy, validator.owner.uid, validator.owner.gid);
  }
  chownSync(dir, validator.owner.uid, validator.owner.gid);
  chmodSync(dir, 0o500);
  return {
    dir,
    input: path.posix.join(problemMount, names.input),
    answer: path.posix.join(problemMount, names.answer),
  };
}

/**
 * A validator run on one test, with the Kattis arguments: `input answer /out [args]`, where input and
 * answer are the copies in `caseDir` ({@link copyTestData}), shown at /problem.
 */
export function validatorRequest(
  validator: BuiltValidator,
  test: TestCase,
  caseDir: string,
  feedbackDir: string,
  limits: SandboxLimits,
): SandboxRequest {
  const data = copyTestData(caseDir, validator, test);
  return {
    command: [
      ...validator.language.run({ memoryBytes: limits.memoryBytes }),
      data.input,
      data.answer,
      '/out',
      ...test.outputValidatorArgs,
    ],
    workDir: validator.runDir,
    outputDir: feedbackDir,
    // At /problem, not the host path: a same-path bind could collide with the sandbox's own mounts.
    readOnlyBinds: [...validator.language.extraReadOnlyBinds, { host: data.dir, sandbox: problemMount }],
    limits,
    uid: validator.owner.uid,
    gid: validator.owner.gid,
  };
}

export async function judgeOutput(options: {
  sandbox: Sandbox;
  test: TestCase;
  output: Buffer;
  validator: BuiltValidator | undefined;
  workspace: Workspace;
  readAnswer: (test: TestCase) => Promise<string>;
}): Promise<OutputJudgement> {
  const { test, output, validator } = options;
  if (validator === undefined) {
    const outcome = validateOutput(
      output.toString('utf8'),
      await options.readAnswer(test),
      test.defaultValidator ?? defaultValidatorOptions,
    );
    return outcome.verdict === 'accepted' ? { verdict: 'AC' } : { verdict: 'WA', message: outcome.message };
  }

  const caseDir = options.workspace.newCaseDir();
  const teamOutput = path.join(caseDir, 'team_output');
  // Read by the judge and fed to the validator's stdin: nobody else needs it.
  writeFileSync(teamOutput, output, { mode: 0o600 });
  const feedbackDir = newFeedbackDir(caseDir, validator);
  const result = await options.sandbox.run({
    ...validatorRequest(validator, test, caseDir, feedbackDir, validatorLimits),
    stdin: { path: teamOutput },
  });
  const message = readPlantedFile(path.join(feedbackDir, 'judgemessage.txt'));
  if (result.exitCode === 42) return message ? { verdict: 'AC', message } : { verdict: 'AC' };
  if (result.exitCode === 43)
    return { verdict: 'WA', message: message || 'the output validator rejected the output' };
  return {
    verdict: 'IE',
    message: `the output validator failed (${result.status}, exit code ${result.exitCode}): ${result.reason ?? result.stderrTail.slice(-500)}`,
  };
}
