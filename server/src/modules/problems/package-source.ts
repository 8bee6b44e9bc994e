/**
 * What `problem import` was given, as a package directory: a directory as it is, or a .zip unpacked
 * safely into a temporary directory. A zip whose entries all sit in one top-level folder has that
 * folder as its package root (the usual way packages are zipped), and its name is the default slug.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultZipLimits, extractZip, type ZipLimits } from './zip-extract.js';

export interface PackageSource {
  /** The package root directory. */
  dir: string;
  /** The package's own name (directory, top-level folder or zip file name), for the default slug. */
  name: string;
  /** Removes what was unpacked; a no-op for a directory. */
  close(): Promise<void>;
}

export async function openPackageSource(
  input: string,
  limits: ZipLimits = defaultZipLimits,
): Promise<PackageSource> {
  const isZip = input.toLowerCase().endsWith('.zip') || (await stat(input).catch(() => undefined))?.isFile();
  if (!isZip) return { dir: input, name: path.basename(path.resolve(input)), close: async () => undefined };

  // Private (mkdtemp's 0700): it holds hidden answers, and no sandbox reads a package.
  const unpacked = await mkdtemp(path.join(tmpdir(), 'winterarc-zip-'));
  const close = () => rm(unpacked, { recursive: true, force: true });
  try {
    await extractZip(input, unpacked, limits);
    // macOS adds resource forks under __MACOSX/; they are never part of a package.
    await rm(path.join(unpacked, '__MACOSX'), { recursive: true, force: true });
    const top = await readdir(unpacked, { withFileTypes: true });
    if (top.length === 1 && top[0]!.isDirectory()) {
      return { dir: path.join(unpacked, top[0]!.name), name: top[0]!.name, close };
    }
    return { dir: unpacked, name: path.basename(input).replace(/\.zip$/i, ''), close };
  } catch (error) {
    await close();
    throw error;
  }
}
