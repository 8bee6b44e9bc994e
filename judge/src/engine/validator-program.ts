/**
 * Builds a package's own program (an input or output validator) with the same sandboxed build as
 * submissions. Supported: one source file, or a directory of files (a `.cpp` with its `validate.h`,
 * several modules) in a registered language, laid out by the language's entry-point rule;
 * `build`/`run` scripts are not yet.
 */
import type { LanguageSpec } from '../languages/language.js';
import { languages } from '../languages/registry.js';
import { readProgramFiles } from '../package/program-files.js';
import type { Program } from '../package/types.js';
import type { Sandbox } from '../sandbox/run.js';
import { buildProgram } from './build.js';
import type { Workspace } from './workspace.js';

export interface BuiltProgram {
  language: LanguageSpec;
  runDir: string;
}

/** The built program, or a sentence saying why it cannot be used. */
export async function buildPackageProgram(
  sandbox: Sandbox,
  program: Program,
  workspace: Workspace,
): Promise<BuiltProgram | string> {
  const language = program.language === undefined ? undefined : languages[program.language];
  if (language === undefined || program.hasBuildOrRunScript) {
    return `${program.path}: only a program in a supported language can be run yet (build/run scripts are not supported)`;
  }
  const built = await buildProgram(sandbox, language, await readProgramFiles(program), workspace);
  if (!built.ok) return `${program.path} does not build: ${built.message}`;
  return { language: built.language, runDir: built.runDir };
}
