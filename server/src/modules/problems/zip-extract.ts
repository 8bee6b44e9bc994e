/**
 * Unpacks an uploaded .zip as hostile input: every entry name is checked before anything is written
 * (no absolute path, no `..`, no duplicate), links and special files are refused, and the entry count
 * and the sizes are capped before reading, with yauzl checking that no entry inflates past the size it
 * declares (zip bombs). Only regular files and directories are ever created, all below `destination`.
 * @see https://github.com/thejoshwolfe/yauzl
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { packagePathProblem } from './package-paths.js';

export interface ZipLimits {
  /** Files and directories together. */
  maxEntries: number;
  /** Largest single file, uncompressed. */
  maxFileBytes: number;
  /** All files together, uncompressed. */
  maxTotalBytes: number;
}

/** The judge's package reader allows 256 MiB per file; the rest keeps a bomb from filling the disk. */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 20_000,
  maxFileBytes: 256 * 2 ** 20,
  maxTotalBytes: 1024 * 2 ** 20,
};

/** The archive cannot be unpacked safely; the message names the entry and the rule it breaks. */
export class UnsafeArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeArchiveError';
  }
}

const fileType = 0o170000;
const regularFile = 0o100000;
const directoryType = 0o040000;
const symbolicLink = 0o120000;
/** "Made by" host 3 is Unix: only then do the external attributes hold a file mode. */
const madeByUnix = 3;

/** Unpacks `zipFile` into the (empty) directory `destination`. */
export async function extractZip(
  zipFile: string,
  destination: string,
  limits: ZipLimits = defaultZipLimits,
): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(zipFile);
  } catch (error) {
    throw new UnsafeArchiveError(
      `${path.basename(zipFile)} is not a readable zip file (${readable(error)}).`,
    );
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new UnsafeArchiveError(
        `the zip holds ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed; remove what the problem does not need.`,
      );
    }
    const seen = new Set<string>();
    let total = 0;
    for (let entry = await nextEntry(zip); entry !== undefined; entry = await nextEntry(zip)) {
      const fileName = entryName(entry);
      const isDirectory = fileName.endsWith('/');
      const name = isDirectory ? fileName.slice(0, -1) : fileName;
      const problem = packagePathProblem(name);
      if (problem !== undefined)
        throw new UnsafeArchiveError(`zip entry ${JSON.stringify(fileName)} ${problem}.`);
      if (seen.has(name)) {
        throw new UnsafeArchiveError(
          `zip entry ${JSON.stringify(name)} appears more than once; keep one copy.`,
        );
      }
      seen.add(name);
      const type =
        entry.versionMadeBy >> 8 === madeByUnix ? (entry.externalFileAttributes >>> 16) & fileType : 0;
      if (type === symbolicLink) {
        throw new UnsafeArchiveError(
          `zip entry ${JSON.stringify(name)} is a symbolic link; packages must not contain links: put a copy of the file there instead.`,
        );
      }
      if (type !== 0 && type !== regularFile && type !== directoryType) {
        throw new UnsafeArchiveError(
          `zip entry ${JSON.stringify(name)} is not a regular file or directory; remove it.`,
        );
      }
      const target = path.join(destination, ...name.split('/'));
      if (isDirectory || type === directoryType) {
        await mkdir(target, { recursive: true });
        continue;
      }
      if (entry.uncompressedSize > limits.maxFileBytes) {
        throw new UnsafeArchiveError(
          `zip entry ${JSON.stringify(name)} unpacks to ${entry.uncompressedSize} bytes, over the ${limits.maxFileBytes}-byte limit for one file.`,
        );
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        throw new UnsafeArchiveError(
          `the zip unpacks to more than ${limits.maxTotalBytes} bytes (the limit); make the package smaller.`,
        );
      }
      await mkdir(path.dirname(target), { recursive: true });
      const stream = await openEntry(zip, entry);
      // 'wx': a name that collides with one already written (or a folder) fails instead of overwriting.
      await pipeline(stream, createWriteStream(target, { flags: 'wx', mode: 0o644 }));
    }
  } catch (error) {
    if (error instanceof UnsafeArchiveError) throw error;
    throw new UnsafeArchiveError(`${path.basename(zipFile)} could not be unpacked: ${readable(error)}.`);
  } finally {
    zip.close();
  }
}

const readable = (error: unknown) => (error as Error).message.replace(/\.$/, '');

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // Names are decoded here (entryName), not by yauzl, so the one package path rule judges them all.
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    );
  });
}

/** yauzl's own decoding (UTF-8 flag, Info-ZIP extra field, else CP437), keeping backslashes as they are. */
const getFileNameLowLevel = (
  yauzl as unknown as {
    getFileNameLowLevel(
      flags: number,
      raw: Buffer,
      extraFields: Entry['extraFields'],
      strict: boolean,
    ): string;
  }
).getFileNameLowLevel;

const entryName = (entry: Entry) =>
  getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileName as unknown as Buffer,
    entry.extraFields,
    true,
  );

function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}
