/** A package program's files as text, ready for the judge's build (one file, or a directory's). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { maxProgramFiles } from '../engine/limits.js';
import type { LanguageId, SourceFile } from '../languages/language.js';
import { detectLanguage } from './programs.js';
import type { Program } from './types.js';

/**
 * Reads every file of `program`: a single file under its own name, a directory's files by their paths
 * inside it. Links were resolved and checked when the package was scanned (they stay inside it).
 */
export async function readProgramFiles(program: Program): Promise<SourceFile[]> {
  if (program.kind === 'file')
    return [{ path: program.name, content: await readFile(program.absolutePath, 'utf8') }];
  return Promise.all(
    program.files.map(async (file) => ({
      path: file,
      content: await readFile(path.join(program.absolutePath, ...file.split('/')), 'utf8'),
    })),
  );
}

/**
 * A program given as a directory outside a package (`winterarc judge <problem> <dir>`): every file
 * below it except dotfiles, and the language its file endings say. Links are refused, not followed.
 * @throws Error naming the entry that is a link or a special file, or when there are too many files.
 */
export async function readProgramDirectory(
  dir: string,
): Promise<{ files: SourceFile[]; language: LanguageId | 'ambiguous' | undefined }> {
  const files: SourceFile[] = [];
  const visit = async (relative: string): Promise<void> => {
    const absolute = relative === '' ? dir : path.join(dir, ...relative.split('/'));
    for (const entry of (await readdir(absolute, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (entry.name.startsWith('.')) continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await visit(child);
      else if (entry.isFile()) {
        if (files.length >= maxProgramFiles)
          throw new Error(
            `${dir} holds more than ${maxProgramFiles} files; a program may have at most that many.`,
          );
        files.push({ path: child, content: await readFile(path.join(dir, ...child.split('/')), 'utf8') });
      } else throw new Error(`${child} in ${dir} is a link or a special file; put the file itself there.`);
    }
  };
  await visit('');
  return { files, language: detectLanguage(files.map((file) => file.path)) };
}
