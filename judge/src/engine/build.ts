/**
 * Turns a submission's source into something runnable: written as is (interpreted languages) or
 * compiled in the sandbox (C, C++, Java, and TypeScript, whose types esbuild strips). A compiler's
 * complaint is a Compilation Error with its message; a compiler that runs away is one too.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  type CompileStep,
  expandSources,
  type LanguageSpec,
  type SourceFile,
} from '../languages/language.js';
import { prepareProgram } from '../languages/sources.js';
import type { SandboxResult } from '../sandbox/result.js';
import type { Sandbox } from '../sandbox/run.js';
import { compileLimits } from './limits.js';
import type { Workspace } from './workspace.js';

export type BuildFailure = { ok: false; verdict: 'CE' | 'IE'; message: string };

export type BuildResult =
  | {
      ok: true;
      runDir: string;
      compileMs: number;
      /** The language with its run command bound to this program's entry point: run with this. */
      language: LanguageSpec;
    }
  | BuildFailure;

/** Longest compiler message kept: the first errors are the ones that matter. */
const maxMessage = 8 * 1024;

/** Runs a compile step on the workspace's source (already written), as the workspace's owner. */
async function runCompiler(
  sandbox: Sandbox,
  language: LanguageSpec,
  step: CompileStep,
  command: string[],
  workspace: Workspace,
  outputDir: string | undefined,
): Promise<{ ok: true; result: SandboxResult } | BuildFailure> {
  const result = await sandbox.run({
    command,
    workDir: workspace.src,
    ...(outputDir === undefined ? {} : { outputDir }),
    readOnlyBinds: [...language.extraReadOnlyBinds, ...(step.readOnlyBinds ?? [])],
    limits: compileLimits,
    // The run reads /out as its /work later, as the same uid (out/ is 0700).
    uid: workspace.owner.uid,
    gid: workspace.owner.gid,
  });
  switch (result.status) {
    case 'ok':
      return { ok: true, result };
    case 'runtime-error': {
      // Only a failed compile's stdout is a message: a successful one may be the program itself.
      const said = `${result.stdout.toString('utf8')}${result.stderrTail}`.trim().slice(0, maxMessage);
      return {
        ok: false,
        verdict: 'CE',
        message: said || `the compiler exited with code ${result.exitCode}`,
      };
    }
    case 'time-limit':
      return {
        ok: false,
        verdict: 'CE',
        message: `compilation took longer than ${compileLimits.cpuMs / 1000} s of CPU`,
      };
    case 'memory-limit':
      return {
        ok: false,
        verdict: 'CE',
        message: `the compiler needed more than ${compileLimits.memoryBytes / 2 ** 20} MiB`,
      };
    case 'output-limit':
      return {
        ok: false,
        verdict: 'CE',
        message: 'the compiler wrote more output than allowed (a file or message too large)',
      };
    case 'internal-error':
      return {
        ok: false,
        verdict: 'IE',
        message: `the compiler could not be run: ${result.reason ?? 'unknown reason'}`,
      };
  }
}

/** Writes the program's files into the workspace's source directory, subdirectories included. */
function writeSources(workspace: Workspace, files: readonly SourceFile[]): void {
  for (const file of files) {
    const parts = file.path.split('/');
    let directory = workspace.src;
    for (const part of parts.slice(0, -1)) {
      directory = path.join(directory, part);
      mkdirSync(directory, { recursive: true });
      chmodSync(directory, 0o755);
    }
    workspace.write(parts.join(path.sep), file.content);
  }
}

/**
 * Builds a program from one source or several files (a directory submission or validator), laid out
 * by the language's entry-point rule (`languages/sources.ts`). A string is one file's source.
 */
export async function buildProgram(
  sandbox: Sandbox,
  language: LanguageSpec,
  source: string | readonly SourceFile[],
  workspace: Workspace,
): Promise<BuildResult> {
  const files = typeof source === 'string' ? [{ path: language.sourceFile, content: source }] : source;
  const prepared = prepareProgram(language, files);
  if ('error' in prepared) return { ok: false, verdict: 'CE', message: prepared.error };
  writeSources(workspace, prepared.files);
  const entry = prepared.entry;
  const runAs: LanguageSpec =
    entry === undefined ? language : { ...language, run: (context) => language.run({ ...context, entry }) };
  const step = prepared.step;
  if (step === undefined) return { ok: true, runDir: workspace.src, compileMs: 0, language: runAs };
  const compiled = await runCompiler(
    sandbox,
    language,
    step,
    expandSources(step.command, prepared.sources),
    workspace,
    step.checkOnly ? undefined : workspace.out,
  );
  if (!compiled.ok) return compiled;
  return {
    ok: true,
    runDir: step.checkOnly ? workspace.src : workspace.out,
    compileMs: compiled.result.wallMs,
    language: runAs,
  };
}

/**
 * Compiles to code on stdout (a step with `toStdout`: TypeScript → JavaScript) for a harness that
 * takes the solution in its payload; a language without a build step gives the source back.
 */
export async function compileToCode(
  sandbox: Sandbox,
  language: LanguageSpec,
  source: string,
  workspace: Workspace,
): Promise<{ ok: true; code: string; compileMs: number } | BuildFailure> {
  const build = language.build;
  // Python's syntax check stays with the harness, which reports it as a Compilation Error itself.
  if (build.kind === 'none' || build.step.checkOnly) return { ok: true, code: source, compileMs: 0 };
  const command = build.step.toStdout;
  if (command === undefined)
    return { ok: false, verdict: 'IE', message: `${language.name} cannot be compiled to a harness's code` };
  workspace.write(language.sourceFile, source);
  const compiled = await runCompiler(sandbox, language, build.step, command, workspace, undefined);
  if (!compiled.ok) return compiled;
  return { ok: true, code: compiled.result.stdout.toString('utf8'), compileMs: compiled.result.wallMs };
}
