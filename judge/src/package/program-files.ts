/** A package program's files as text, ready for the judge's build (one file, or a directory's). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../languages/language.js';
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
