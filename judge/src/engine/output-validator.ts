/**
 * Judges one test's output: with the default validator in process, or with the problem's own
 * validator in the sandbox through the Kattis interface (`validator input answer feedback_dir [args]
 * < team_output`; exit 42 accepted, 43 wrong answer, judgemessage.txt in the feedback directory).
 */
import {
  chownSync,
  closeSync,
  constants,
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
  /** Host directories it may read: the problem package (inputs and answers). */
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

/** A validator run on one test, with the Kattis arguments: `input answer /out [args]`. */
export function validatorRequest(
  validator: BuiltValidator,
  test: TestCase,
  feedbackDir: string,
  limits: SandboxLimits,
): SandboxRequest {
  // The package is shown at /problem: a same-path bind could collide with the sandbox's own mounts.
  const inside = (file: string) => path.posix.join(problemMount, path.relative(validator.packageDir, file));
  return {
    command: [
      ...validator.language.run({ memoryBytes: limits.memoryBytes }),
      inside(test.input),
      inside(test.answer),
      '/out',
      ...test.outputValidatorArgs,
    ],
    workDir: validator.runDir,
    outputDir: feedbackDir,
    readOnlyBinds: [
      ...validator.language.extraReadOnlyBinds,
      { host: validator.packageDir, sandbox: problemMount },
    ],
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
  writeFileSync(teamOutput, output, { mode: 0o644 });
  const feedbackDir = newFeedbackDir(caseDir, validator);
  const result = await options.sandbox.run({
    ...validatorRequest(validator, test, feedbackDir, validatorLimits),
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
