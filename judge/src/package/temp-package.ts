/** Test support: writes a package from a map of paths to contents into a fresh temporary directory. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A minimal valid legacy package, which tests extend or break. */
export const minimalPackage: Record<string, string> = {
  'problem.yaml': 'name: Echo\nlimits:\n  time_limit: 1\n',
  'problem_statement/problem.en.tex': '\\problemname{Echo}\nPrint the input.\n',
  'data/secret/1.in': '1\n',
  'data/secret/1.ans': '1\n',
  'submissions/accepted/echo.py': 'print(input())\n',
};

export interface TempPackage {
  dir: string;
  remove(): Promise<void>;
}

/** Writes `files` (path → content; `null` makes an empty directory). */
export async function writeTempPackage(files: Record<string, string | null>): Promise<TempPackage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-package-'));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (content === null) {
      await mkdir(target, { recursive: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
