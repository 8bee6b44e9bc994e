/**
 * Packs a directory into a new .zip whose entries all sit under one top-level folder, the layout
 * `problem import` unpacks back to a package root.
 * @see https://github.com/thejoshwolfe/yazl
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { readPackageFiles } from './package-files.js';

/** Writes `dir` to `zipFile` (which must not exist) as `<folder>/<path>` entries. */
export async function writeZip(dir: string, zipFile: string, folder: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const file of await readPackageFiles(dir)) {
    zip.addBuffer(file.bytes, `${folder}/${file.relative}`, { mode: 0o100644 });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipFile, { flags: 'wx' }));
}
