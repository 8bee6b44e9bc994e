/**
 * Programs in a package (submissions, validators): one source file, or a directory of files treated as
 * one program. Only described here (paths, files, language); compiling and running happen elsewhere.
 */
import type { LanguageId } from '../languages/language.js';
import { languageOfFile } from '../languages/registry.js';
import type { IssueLog } from './issues.js';
import type { PackageTree } from './package-tree.js';
import type { Program } from './types.js';

/** Dotfiles (.gitkeep, .DS_Store) are editor and VCS leftovers, never part of a program. */
export const isHidden = (name: string) => name.startsWith('.');

const baseName = (relative: string) => relative.slice(relative.lastIndexOf('/') + 1);

/**
 * The language of a set of files by their endings. C headers and other non-source files do not vote;
 * C with C++ files is a C++ program (a C++ compiler builds both).
 */
export function detectLanguage(files: readonly string[]): LanguageId | 'ambiguous' | undefined {
  const found = new Set<LanguageId>();
  for (const file of files) {
    const language = languageOfFile(baseName(file))?.id;
    if (language !== undefined) found.add(language);
  }
  if (found.has('c') && found.has('cpp')) found.delete('c');
  if (found.size > 1) return 'ambiguous';
  return [...found][0];
}

/** Describes the program at `relative` (a file or a directory) in the scanned tree. */
export function describeProgram(tree: PackageTree, relative: string): Program {
  const name = baseName(relative);
  const directory = tree.isDirectory(relative);
  const files = directory
    ? tree.filesBelow(relative).filter((file) => !file.split('/').some(isHidden))
    : [name];
  const hasBuildOrRunScript = directory && (files.includes('build') || files.includes('run'));
  const program: Program = {
    name,
    path: relative,
    absolutePath: tree.absolute(relative),
    kind: directory ? 'directory' : 'file',
    files,
    hasBuildOrRunScript,
  };
  const language = detectLanguage(files);
  if (language !== undefined && language !== 'ambiguous') program.language = language;
  return program;
}

/** Why a program's language is unknown, as the second half of an error sentence. */
export function languageProblem(program: Program): string | undefined {
  if (program.language !== undefined || program.hasBuildOrRunScript) return undefined;
  if (detectLanguage(program.files) === 'ambiguous') {
    return 'mixes source files of several languages; keep one language per program.';
  }
  return 'is in no supported language; use a .py, .js, .ts, .c, .cpp/.cc or .java file (or build/run scripts in a directory).';
}

/** Checktestdata and VIVA scripts: input validators written in a language of their own. */
const isFormatScript = (file: string) => /\.(ctd|viva)$/i.test(file);

/**
 * Whether `program` is a Checktestdata or VIVA validator (a script, or a directory of only such
 * scripts), which Winter Arc does not run.
 */
export function isFormatValidator(program: Program): boolean {
  return program.files.length > 0 && program.files.every(isFormatScript);
}

/** Describes a validator and logs an error when it could not be built. */
export function describeValidator(tree: PackageTree, relative: string, log: IssueLog): Program {
  const program = describeProgram(tree, relative);
  if (isFormatValidator(program)) return program;
  const problem = languageProblem(program);
  if (problem !== undefined) log.error(relative, problem);
  return program;
}
