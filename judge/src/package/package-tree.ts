/**
 * A package directory as a tree of plain files and directories, scanned once with `lstat`. A symbolic
 * link could point anywhere on the judge host (the Judge0 CVE-2024-28185 pattern), so a link is
 * followed only when it is relative and every hop of it, and the file it finally reaches, stays inside
 * the package (authors share a test file or a statement PDF that way); any other link is an error.
 * Later reads open the resolved file with O_NOFOLLOW, so a link swapped in after the scan is refused.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { IssueLog } from './issues.js';

/** Caps on what a package may hold, so a hostile archive cannot exhaust memory or disk. */
export interface PackageReadLimits {
  /** Largest single file, in bytes. */
  maxFileBytes: number;
  /** All files together, in bytes. */
  maxTotalBytes: number;
  /** Files and directories together. */
  maxEntries: number;
  /** Deepest directory nesting below the package root. */
  maxDepth: number;
}

export const defaultPackageReadLimits: PackageReadLimits = {
  maxFileBytes: 256 * 2 ** 20,
  maxTotalBytes: 2 * 2 ** 30,
  maxEntries: 50_000,
  maxDepth: 32,
};

/** A file reached through links has `target`: the package-relative path of the file itself. */
export type TreeEntry =
  | { kind: 'file'; size: number; target?: string }
  | { kind: 'directory'; children: readonly string[] };

/** A size for messages: exact below 1 KiB, else KiB or MiB with one decimal. */
const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} bytes`
    : bytes < 2 ** 20
      ? `${(bytes / 1024).toFixed(1)} KiB`
      : `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Joins package-relative paths; the root is the empty string. */
export const joinPath = (parent: string, name: string) => (parent === '' ? name : `${parent}/${name}`);

/** How a package-relative path is shown in messages. */
export const showPath = (relative: string) => (relative === '' ? '.' : relative);

/** The scanned package: every later step asks this tree instead of the file system. */
export class PackageTree {
  constructor(
    /** Absolute path of the package directory. */
    readonly root: string,
    private readonly entries: ReadonlyMap<string, TreeEntry>,
    private readonly limits: PackageReadLimits,
    /** The scan stopped at `maxEntries`: the tree is incomplete, so nothing else can be judged. */
    readonly truncated = false,
  ) {}

  get(relative: string): TreeEntry | undefined {
    return this.entries.get(relative);
  }

  isFile(relative: string): boolean {
    return this.entries.get(relative)?.kind === 'file';
  }

  isDirectory(relative: string): boolean {
    return this.entries.get(relative)?.kind === 'directory';
  }

  /** Names in a directory, in code-point order (the order the format defines); empty if absent. */
  children(relative: string): readonly string[] {
    const entry = this.entries.get(relative);
    return entry?.kind === 'directory' ? entry.children : [];
  }

  /** Every file below a directory, as paths relative to that directory, in order. */
  filesBelow(relative: string): string[] {
    const files: string[] = [];
    const visit = (directory: string, prefix: string) => {
      for (const name of this.children(directory)) {
        const child = joinPath(directory, name);
        if (this.isDirectory(child)) visit(child, joinPath(prefix, name));
        else files.push(joinPath(prefix, name));
      }
    };
    visit(relative, '');
    return files;
  }

  absolute(relative: string): string {
    return relative === '' ? this.root : path.join(this.root, ...relative.split('/'));
  }

  /** The absolute path of the file itself: a link's target inside the package, else the path. */
  resolved(relative: string): string {
    const entry = this.entries.get(relative);
    return this.absolute(entry?.kind === 'file' && entry.target !== undefined ? entry.target : relative);
  }

  /**
   * Reads a text file as UTF-8. Failures (not UTF-8, replaced by a link, grown past the cap) are
   * logged against the file and give `undefined`, so the caller carries on with the next file.
   */
  async readText(relative: string, log: IssueLog): Promise<string | undefined> {
    let handle: Awaited<ReturnType<typeof open>> | undefined;
    try {
      handle = await open(this.resolved(relative), constants.O_RDONLY | constants.O_NOFOLLOW);
      const stats = await handle.stat();
      if (!stats.isFile() || stats.size > this.limits.maxFileBytes) {
        log.error(relative, 'changed while the package was being read; upload the package again.');
        return undefined;
      }
      const bytes = await handle.readFile();
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') log.error(relative, 'is a symbolic link; replace it with a copy of the file.');
      else if (error instanceof TypeError) log.error(relative, 'is not valid UTF-8; save it as UTF-8 text.');
      else log.error(relative, `could not be read (${(error as Error).message}).`);
      return undefined;
    } finally {
      await handle?.close();
    }
  }
}

/** Whether `candidate` is `directory` or inside it (both real, absolute paths). */
const isWithin = (directory: string, candidate: string) =>
  candidate === directory || candidate.startsWith(`${directory}${path.sep}`);

/** Most hops a chain of links may take, as the kernel allows (MAXSYMLINKS). */
const maxLinkHops = 40;

/**
 * Follows the link at `linkPath` hop by hop: each hop must be relative and land inside `realRoot`,
 * and so must the real path of what it finally reaches. Returns that real path, or why not.
 */
export async function resolveLink(
  realRoot: string,
  linkPath: string,
): Promise<{ ok: true; real: string } | { ok: false; why: string }> {
  let current = linkPath;
  for (let hop = 0; hop < maxLinkHops; hop += 1) {
    const target = await readlink(current);
    if (path.isAbsolute(target)) return { ok: false, why: `points to the absolute path ${target}` };
    const next = path.resolve(await realpath(path.dirname(current)), target);
    if (!isWithin(realRoot, next)) return { ok: false, why: `leads outside the package (${target})` };
    const stats = await lstat(next).catch(() => undefined);
    if (stats === undefined) return { ok: false, why: `points to ${target}, which does not exist` };
    if (!stats.isSymbolicLink()) {
      const real = await realpath(next);
      if (!isWithin(realRoot, real)) return { ok: false, why: `leads outside the package (${target})` };
      return { ok: true, real };
    }
    current = next;
  }
  return { ok: false, why: `is a chain of more than ${maxLinkHops} links` };
}

/**
 * Scans `root` with lstat. Links that leave the package, special files and files over the caps are
 * logged as errors and left out of the tree; the scan goes on so every such problem is reported at once.
 * A followed link to a directory is scanned as a directory at the link's path.
 */
export async function scanPackage(
  root: string,
  limits: PackageReadLimits,
  log: IssueLog,
): Promise<PackageTree> {
  const entries = new Map<string, TreeEntry>();
  let totalBytes = 0;
  let totalReported = false;
  let entryCount = 0;

  let truncated = false;
  const visit = async (relative: string, depth: number): Promise<void> => {
    const names = (await readdir(path.join(root, ...relative.split('/').filter(Boolean)))).sort();
    const kept: string[] = [];
    for (const name of names) {
      const child = joinPath(relative, name);
      entryCount += 1;
      if (entryCount > limits.maxEntries) {
        truncated = true;
        if (entryCount === limits.maxEntries + 1) {
          log.error(
            '.',
            `has more than ${limits.maxEntries} files and directories; remove what the problem does not need.`,
          );
        }
        return;
      }
      const absolute = path.join(root, ...child.split('/'));
      let stats = await lstat(absolute);
      let target: string | undefined;
      if (stats.isSymbolicLink()) {
        const link = await resolveLink(realRoot, absolute);
        if (!link.ok) {
          log.error(
            child,
            `is a symbolic link that ${link.why}; only relative links to files inside the package are followed: put a copy of the file there instead.`,
          );
          continue;
        }
        stats = await lstat(link.real);
        if (stats.isDirectory() && isWithin(link.real, await realpath(path.dirname(absolute)))) {
          log.error(child, 'is a link to a directory that contains it (a loop); remove it.');
          continue;
        }
        target = path.relative(realRoot, link.real).split(path.sep).join('/');
      }
      if (stats.isDirectory()) {
        if (depth + 1 > limits.maxDepth) {
          log.error(child, `is nested more than ${limits.maxDepth} directories deep; flatten the package.`);
          continue;
        }
        kept.push(name);
        await visit(child, depth + 1);
      } else if (stats.isFile()) {
        if (stats.size > limits.maxFileBytes) {
          log.error(
            child,
            `is ${size(stats.size)}, over the ${size(limits.maxFileBytes)} limit for one file; make it smaller.`,
          );
          continue;
        }
        totalBytes += stats.size;
        if (totalBytes > limits.maxTotalBytes && !totalReported) {
          totalReported = true;
          log.error(
            '.',
            `holds more than ${size(limits.maxTotalBytes)} of files; make the test data smaller.`,
          );
        }
        kept.push(name);
        entries.set(
          child,
          target === undefined
            ? { kind: 'file', size: stats.size }
            : { kind: 'file', size: stats.size, target },
        );
      } else {
        log.error(child, 'is not a regular file or directory (a device, socket or pipe); remove it.');
      }
    }
    entries.set(relative, { kind: 'directory', children: kept });
  };

  const rootStats = await lstat(root);
  const realRoot = rootStats.isDirectory() ? await realpath(root) : root;
  if (rootStats.isSymbolicLink()) {
    log.error('.', `${root} is a symbolic link; pass the package directory itself.`);
  } else if (!rootStats.isDirectory()) {
    log.error('.', `${root} is not a directory; pass the unpacked package directory.`);
  } else {
    await visit('', 0);
  }
  return new PackageTree(path.resolve(root), entries, limits, truncated);
}
