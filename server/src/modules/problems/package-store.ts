/**
 * Rebuilds a stored problem version as a package directory a judge can read, on any machine that can
 * reach the database: `<cacheRoot>/packages/<contentHash>/`, built once per content. Test data comes
 * through the local blob cache (`<cacheRoot>/blobs/`), fetched only when missing. The directory is
 * built under a temporary name and renamed into place, so a concurrent caller sees either no package
 * or a complete one, and the result is checked against the version's content hash before it is used.
 * Test data holds hidden answers: every directory is written 0700 and every file 0600, whatever the
 * umask, so only the judge's own user reads the cache. No sandbox mounts a package: the judge streams
 * inputs to a program's stdin and gives a custom validator copies of one test's files.
 */
import { constants } from 'node:fs';
import {
  access,
  chmod,
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { readProblemPackage } from '@winterarc/judge';
import type { Database } from '../../infra/db/database.js';
import { BlobCache } from './blob-cache.js';
import { canonicalHash } from './import.js';
import { sha256Hex } from './package-files.js';
import { resolveInsidePackage } from './package-paths.js';
import { databaseTestDataSource, type TestDataSource } from './test-data-source.js';
import { createProblemVersionRepository } from './version-repository.js';

export interface MaterializeOptions {
  /** Where missing test data is fetched from; the database by default. */
  source?: TestDataSource;
}

const sha256Format = /^[0-9a-f]{64}$/;

/** Modes of everything written under the cache root: the judge's user only. */
export const cacheDirMode = 0o700;
export const cacheFileMode = 0o600;

/**
 * The directory holding the complete package of `problemVersionId`, built on first use.
 * @param cacheRoot the judge's cache directory (mode 0700), e.g. `<data dir>/judge-cache`.
 */
/** DOMjudge's time-limit file, which the judge's package reader uses when problem.yaml gives none. */
const timeLimitFile = '.timelimit';

export async function materializeProblemVersion(
  db: Database,
  problemVersionId: number,
  cacheRoot: string,
  options: MaterializeOptions = {},
): Promise<string> {
  const versions = createProblemVersionRepository(db);
  const version = await versions.findById(problemVersionId);
  if (version === undefined) throw new Error(`problem version ${problemVersionId} does not exist.`);
  const { contentHash } = version;
  if (!sha256Format.test(contentHash))
    throw new Error(`problem version ${problemVersionId} has a malformed content hash.`);

  const packagesDir = path.join(cacheRoot, 'packages');
  const target = path.join(packagesDir, contentHash);
  if (await exists(target)) return target;

  const { cases, files } = await versions.contentsOf(problemVersionId);
  const blobs = new BlobCache(path.join(cacheRoot, 'blobs'));
  await blobs.ensure(
    cases.flatMap((c) => [c.input, c.answer]),
    options.source ?? databaseTestDataSource(db),
  );

  await mkdir(packagesDir, { recursive: true, mode: cacheDirMode });
  await chmod(packagesDir, cacheDirMode);
  const building = await mkdtemp(path.join(packagesDir, '.partial-'));
  try {
    const entries: Array<{ relative: string; sha256: string }> = [];
    for (const file of files) {
      if (sha256Hex(file.data) !== file.sha256) {
        throw new Error(
          `${file.path} of problem version ${problemVersionId} does not match its stored SHA-256.`,
        );
      }
      await writeInside(building, file.path, (destination) =>
        writeFile(destination, file.data, { flag: 'wx', mode: cacheFileMode }),
      );
      entries.push({ relative: file.path, sha256: file.sha256 });
    }
    for (const testCase of cases) {
      for (const [relative, sha256] of [
        [`data/${testCase.name}.in`, testCase.input],
        [`data/${testCase.name}.ans`, testCase.answer],
      ] as const) {
        await writeInside(building, relative, (destination) =>
          copyFile(blobs.pathOf(sha256), destination, constants.COPYFILE_EXCL),
        );
        entries.push({ relative, sha256 });
      }
    }
    if (canonicalHash(entries) !== contentHash) {
      throw new Error(
        `problem version ${problemVersionId} cannot be rebuilt from the database (it was imported before whole packages were stored); import its package again.`,
      );
    }
    // A package that gives no time limit was imported with the one its self-test derived: write it
    // as DOMjudge's .timelimit, which the judge's reader then uses (packages with a limit of their
    // own are left exactly as imported, so their exports import again unchanged).
    // (A package the reader refuses is materialized as it is: judging it reports why.)
    const stored = await readProblemPackage(building).catch(() => undefined);
    if (stored !== undefined && stored.limits.timeLimit === undefined) {
      await writeFile(path.join(building, timeLimitFile), `${version.timeLimitMs / 1000}\n`, { flag: 'wx' });
      entries.push({ relative: timeLimitFile, sha256: '' });
    }
    // Explicit modes: writeFile and copyFile are subject to the umask (000 would make them 0666).
    await chmod(building, cacheDirMode);
    for (const entry of entries) await chmod(resolveInsidePackage(building, entry.relative), cacheFileMode);
    await rename(building, target);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    // Another caller finished the same content first: its directory is complete, so use it.
    if (isRenameOntoExisting(error) && (await exists(target))) return target;
    throw error;
  }
  return target;
}

/** A half-built package older than this belongs to a process that died (a build takes seconds). */
const abandonedAfterMs = 60 * 60 * 1000;

/**
 * Removes the half-built packages a crashed worker left in `cacheRoot` (called at worker start).
 * Only old ones: a worker sharing the cache may be building one right now. Returns how many went.
 */
export async function removeAbandonedBuilds(cacheRoot: string, now = Date.now()): Promise<number> {
  const packagesDir = path.join(cacheRoot, 'packages');
  let names: string[];
  try {
    names = await readdir(packagesDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith('.partial-')) continue;
    const dir = path.join(packagesDir, name);
    const { mtimeMs } = await lstat(dir);
    if (now - mtimeMs < abandonedAfterMs) continue;
    await rm(dir, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

async function writeInside(root: string, relative: string, write: (destination: string) => Promise<void>) {
  const destination = resolveInsidePackage(root, relative);
  const created = await mkdir(path.dirname(destination), { recursive: true, mode: cacheDirMode });
  // mkdir applies the umask to its mode: set it again on every folder it made.
  if (created !== undefined) {
    for (let dir = path.dirname(destination); dir.length >= created.length; dir = path.dirname(dir)) {
      await chmod(dir, cacheDirMode);
    }
  }
  await write(destination);
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

const isRenameOntoExisting = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOTEMPTY' || code === 'EEXIST';
};
