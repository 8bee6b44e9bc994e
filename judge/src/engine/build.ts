/**
 * Turns a submission's source into something runnable: written as is (interpreted languages) or
 * compiled in the sandbox (C, C++, Java, and TypeScript, whose types esbuild strips). A compiler's
 * complaint is a Compilation Error with its message; a compiler that runs away is one too.
 */
import type { CompileStep, LanguageSpec } from '../languages/language.js';
import type { SandboxResult } from '../sandbox/result.js';
import type { Sandbox } from '../sandbox/run.js';
import { compileLimits } from './limits.js';
import type { Workspace } from './workspace.js';

export type BuildFailure = { ok: false; verdict: 'CE' | 'IE'; message: string };

export type BuildResult = { ok: true; runDir: string; compileMs: number } | BuildFailure;

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

export async function buildProgram(
  sandbox: Sandbox,
  language: LanguageSpec,
  source: string,
  workspace: Workspace,
): Promise<BuildResult> {
  workspace.write(language.sourceFile, source);
  const build = language.build;
  if (build.kind === 'none') return { ok: true, runDir: workspace.src, compileMs: 0 };
  const compiled = await runCompiler(
    sandbox,
    language,
    build.step,
    build.step.command,
    workspace,
    workspace.out,
  );
  if (!compiled.ok) return compiled;
  return { ok: true, runDir: workspace.out, compileMs: compiled.result.wallMs };
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
  if (build.kind === 'none') return { ok: true, code: source, compileMs: 0 };
  const command = build.step.toStdout;
  if (command === undefined)
    return { ok: false, verdict: 'IE', message: `${language.name} cannot be compiled to a harness's code` };
  workspace.write(language.sourceFile, source);
  const compiled = await runCompiler(sandbox, language, build.step, command, workspace, undefined);
  if (!compiled.ok) return compiled;
  return { ok: true, code: compiled.result.stdout.toString('utf8'), compileMs: compiled.result.wallMs };
}
