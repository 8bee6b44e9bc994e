/**
 * Turns a submission's source into something runnable: written as is (interpreted languages),
 * type-stripped in process (TypeScript), or compiled in the sandbox. A compiler's complaint is a
 * Compilation Error with its message; a compiler that runs away is one too.
 */
import type { LanguageSpec } from '../languages/language.js';
import { transpileTypeScript } from '../languages/transpile.js';
import type { Sandbox } from '../sandbox/run.js';
import { compileLimits } from './limits.js';
import type { Workspace } from './workspace.js';

export type BuildResult =
  | { ok: true; runDir: string; compileMs: number }
  | { ok: false; verdict: 'CE' | 'IE'; message: string };

/** Longest compiler message kept: the first errors are the ones that matter. */
const maxMessage = 8 * 1024;

export async function buildProgram(
  sandbox: Sandbox,
  language: LanguageSpec,
  source: string,
  workspace: Workspace,
): Promise<BuildResult> {
  workspace.write(language.sourceFile, source);
  const build = language.build;
  if (build.kind === 'none') return { ok: true, runDir: workspace.src, compileMs: 0 };

  if (build.kind === 'transpile') {
    const started = performance.now();
    const result = await transpileTypeScript(source);
    if (!result.ok) return { ok: false, verdict: 'CE', message: result.message.slice(0, maxMessage) };
    workspace.write(build.output, result.code);
    return { ok: true, runDir: workspace.src, compileMs: performance.now() - started };
  }

  const result = await sandbox.run({
    command: build.step.command,
    workDir: workspace.src,
    outputDir: workspace.out,
    readOnlyBinds: language.extraReadOnlyBinds,
    limits: compileLimits,
    // The run reads /out as its /work later, as the same uid (out/ is 0700).
    uid: workspace.owner.uid,
    gid: workspace.owner.gid,
  });
  const said = `${result.stdout.toString('utf8')}${result.stderrTail}`.trim().slice(0, maxMessage);
  switch (result.status) {
    case 'ok':
      return { ok: true, runDir: workspace.out, compileMs: result.wallMs };
    case 'runtime-error':
      return {
        ok: false,
        verdict: 'CE',
        message: said || `the compiler exited with code ${result.exitCode}`,
      };
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
