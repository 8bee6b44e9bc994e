/**
 * Writes a stored problem version back out as a package: a directory, or a .zip when the target ends
 * in .zip. It is the package the judge would rebuild (materializeProblemVersion), so an export imported
 * again is the same content. An existing non-empty target is never overwritten.
 */
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../infra/db/database.js';
import { materializeProblemVersion } from './package-store.js';
import { createProblemVersionRepository } from './version-repository.js';
import { writeZip } from './zip-write.js';

/** The export cannot be done as asked; the message says what to change. */
export class ProblemExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProblemExportError';
  }
}

export interface ExportResult {
  slug: string;
  version: number;
  format: 'directory' | 'zip';
}

export async function exportProblemPackage(
  db: Database,
  slug: string,
  out: string,
  options: { version?: number } = {},
): Promise<ExportResult> {
  const found = await createProblemVersionRepository(db).findVersion(slug, options.version);
  if (found === undefined) {
    throw new ProblemExportError(
      options.version === undefined
        ? `there is no problem "${slug}"; import it first.`
        : `problem "${slug}" has no version ${options.version}.`,
    );
  }
  const format = out.toLowerCase().endsWith('.zip') ? 'zip' : 'directory';
  await refuseToOverwrite(out);

  const cacheRoot = await mkdtemp(path.join(tmpdir(), 'winterarc-export-'));
  try {
    const dir = await materializeProblemVersion(db, found.id, cacheRoot);
    if (format === 'zip') await writeZip(dir, out, slug);
    else await cp(dir, out, { recursive: true, errorOnExist: true, force: false });
  } finally {
    await rm(cacheRoot, { recursive: true, force: true });
  }
  return { slug, version: found.version, format };
}

async function refuseToOverwrite(out: string): Promise<void> {
  const existing = await stat(out).catch(() => undefined);
  if (existing === undefined) return;
  const empty = existing.isDirectory() ? (await readdir(out)).length === 0 : existing.size === 0;
  if (!empty) throw new ProblemExportError(`${out} already exists and is not empty; choose a new path.`);
  // The zip is written with O_EXCL, so an empty placeholder file goes first.
  if (!existing.isDirectory()) await rm(out);
}
