/**
 * Builds a package's own program (an input or output validator) with the same sandboxed build as
 * submissions. Supported: one source file, or a directory holding exactly one source file, in a
 * registered language; `build`/`run` scripts are not yet.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LanguageSpec } from '../languages/language.js';
import { languages } from '../languages/registry.js';
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
  const sources = program.files.filter((file) =>
    language?.extensions.some((extension) => file.endsWith(extension)),
  );
  if (language === undefined || program.hasBuildOrRunScript || sources.length !== 1) {
    return `${program.path}: only a program made of one source file in a supported language can be run yet`;
  }
  const file = program.kind === 'file' ? program.absolutePath : path.join(program.absolutePath, sources[0]!);
  const built = await buildProgram(sandbox, language, await readFile(file, 'utf8'), workspace);
  if (!built.ok) return `${program.path} does not build: ${built.message}`;
  return { language, runDir: built.runDir };
}
