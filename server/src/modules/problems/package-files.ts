/**
 * Every file of a package directory, read once with its SHA-256: what import stores and hashes. The
 * judge's reader has already refused special files and links that leave the package; a link inside it
 * is stored as a copy of what it reaches (checked again here, hop by hop). Reading with O_NOFOLLOW
 * keeps a link swapped in afterwards from being followed.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveLink } from '@winterarc/judge';
import { packagePathProblem } from './package-paths.js';

export interface PackageFile {
  /** Package-relative, `/`-separated. */
  relative: string;
  sha256: string;
  bytes: Buffer;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads every regular file below `root` except dotfiles, in code-point order of the paths. */
export async function readPackageFiles(root: string): Promise<PackageFile[]> {
  const files: PackageFile[] = [];
  const realRoot = await realpath(root);
  const visit = async (relativeDir: string) => {
    const entries = await readdir(path.join(root, ...relativeDir.split('/').filter(Boolean)), {
      withFileTypes: true,
    });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // The judge ignores dotfiles everywhere (.git, .DS_Store): they are not part of what is judged,
      // except DOMjudge's .timelimit at the root, which gives the time limit.
      if (entry.name.startsWith('.') && !(relativeDir === '' && entry.name === '.timelimit')) continue;
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      const problem = packagePathProblem(relative);
      if (problem !== undefined) throw new Error(`${JSON.stringify(relative)} ${problem}; rename it.`);
      if (entry.isDirectory()) await visit(relative);
      else if (entry.isFile()) files.push({ relative, ...(await readNoFollow(path.join(root, relative))) });
      else if (entry.isSymbolicLink()) {
        const link = await resolveLink(realRoot, path.join(root, relative));
        if (!link.ok)
          throw new Error(`${relative} is a symbolic link that ${link.why}; put a copy of the file there.`);
        if ((await stat(link.real)).isDirectory()) await visit(relative);
        else files.push({ relative, ...(await readNoFollow(link.real)) });
      } else throw new Error(`${relative} is not a regular file or directory; remove it.`);
    }
  };
  await visit('');
  return files;
}

async function readNoFollow(absolute: string): Promise<{ sha256: string; bytes: Buffer }> {
  const handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const bytes = await handle.readFile();
    return { bytes, sha256: sha256Hex(bytes) };
  } finally {
    await handle.close();
  }
}
