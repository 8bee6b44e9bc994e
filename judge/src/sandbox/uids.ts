/**
 * The unprivileged identities runs drop to. The kernel keeps some counters per uid across every user
 * namespace (pipe buffer pages, pending signals, POSIX message queue bytes, inotify instances), so
 * runs that share a uid share those budgets: one learner's run could exhaust them for another's. As
 * in isolate, each live run (or each submission, which leases one identity for all its steps) gets a
 * uid and gid of its own from a pool; an identity is reused only after its holder released it.
 *
 * A lease is exclusive across every judge process on the host (two workers, parallel test files): it
 * is a lease file named by the uid in a root-owned directory, created atomically (link(2) fails if the
 * file exists) and holding the holder's pid and process start time. A file whose holder is gone (the
 * pid is not alive, or is now another process) is stale and reclaimed by the next lease that meets it.
 */
import { randomBytes } from 'node:crypto';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { ownerAlive, selfTag } from './owner.js';

/** An identity held until {@link release} (idempotent). */
export interface UidLease {
  readonly uid: number;
  readonly gid: number;
  release(): void;
}

/** The default pool: uid = gid = 60000 … 60999, unused by Debian's system and regular users. */
export const DEFAULT_UID_POOL = { first: 60000, count: 1000 } as const;

/** Where lease files are kept by default: root's, and emptied at boot (tmpfs) when no run can be live. */
export const DEFAULT_UID_LEASE_DIR = '/run/winterarc/uids';

export interface UidPool {
  /** Throws when every identity is taken (more live runs than the pool holds, over all processes). */
  lease(): UidLease;
  /** True when `uid` is one this pool hands out. */
  owns(uid: number): boolean;
}

export interface UidPoolOptions {
  /**
   * The directory of lease files shared by every judge process on the host (default
   * {@link DEFAULT_UID_LEASE_DIR}). Created 0700 if missing; it must be owned by this process's user
   * and writable by nobody else, since whoever can write there can steal or block identities.
   */
  leaseDir?: string;
}

/**
 * A lease file names its holder as `<pid> <start time>` (see owner.ts); the holder is alive while that
 * pid runs with that start time.
 */
const holderAlive = (content: string): boolean => {
  const [pid, start] = content.split(' ');
  return start !== undefined && ownerAlive(`${pid}-${start}`);
};

function prepareLeaseDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  const euid = process.geteuid?.() ?? 0;
  if (!stat.isDirectory() || stat.uid !== euid || (stat.mode & 0o022) !== 0)
    throw new Error(
      `the sandbox uid lease directory ${dir} must be a directory owned by uid ${euid} and writable by nobody else (chown ${euid} ${dir} && chmod 700 ${dir})`,
    );
}

/**
 * Takes `file` for `content` if nobody holds it: true when taken. A stale file is moved aside first;
 * if what was moved turns out to be a fresh lease (another process reclaimed the same stale file a
 * moment before), it is put back and the uid counts as taken.
 */
function tryTake(file: string, content: string, uid: number): boolean {
  const staged = `${file}.${randomBytes(6).toString('hex')}.new`;
  writeFileSync(staged, content, { mode: 0o600, flag: 'wx' });
  let reclaimed = false;
  try {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        // link(2) never replaces: the file appears whole, or not at all if someone holds it.
        linkSync(staged, file);
        // A holder that died abruptly (SIGKILL) can leave sandbox processes behind under this uid;
        // they must not share the uid's kernel budgets with the next run.
        if (reclaimed) killProcessesOf(uid);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      let held: string;
      try {
        held = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
        throw error;
      }
      if (holderAlive(held)) return false;
      const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
      try {
        renameSync(file, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // reclaimed meanwhile
        throw error;
      }
      if (readFileSync(aside, 'utf8') !== held) {
        try {
          linkSync(aside, file);
        } catch {
          // Yet another lease appeared: it stands, and the moved one's holder no longer has a file.
        }
        unlinkSync(aside);
        return false;
      }
      unlinkSync(aside);
      reclaimed = true;
    }
    return false;
  } finally {
    unlinkSync(staged);
  }
}

/** SIGKILLs every process whose real uid is `uid` (the leftovers of a dead lease holder). */
export function killProcessesOf(uid: number): number {
  let killed = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${entry}/status`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const real = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    if (real === undefined || Number(real) !== uid) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
      killed += 1;
    } catch {
      // exited meanwhile
    }
  }
  return killed;
}

/** Identities `first` … `first + count - 1`, each with the gid equal to its uid. */
export function createUidPool(first: number, count: number, options: UidPoolOptions = {}): UidPool {
  if (
    !Number.isInteger(first) ||
    !Number.isInteger(count) ||
    first < 1 ||
    count < 1 ||
    first + count > 2 ** 31
  )
    throw new RangeError(`invalid sandbox uid pool: ${count} uids from ${first}`);
  const dir = options.leaseDir ?? DEFAULT_UID_LEASE_DIR;
  let prepared = false;
  const free: number[] = [];
  // Lowest first, and a released uid goes to the back: it is reused as late as possible.
  for (let uid = first + count - 1; uid >= first; uid -= 1) free.push(uid);
  return {
    lease() {
      if (!prepared) {
        prepareLeaseDir(dir);
        prepared = true;
      }
      // The token tells this lease from others of the same process (another pool, a later lease).
      const content = `${selfTag().replace('-', ' ')} ${randomBytes(9).toString('base64url')}`;
      for (let i = free.length - 1; i >= 0; i -= 1) {
        const uid = free[i]!;
        const file = path.join(dir, String(uid));
        if (!tryTake(file, content, uid)) continue; // held by another process (or another pool)
        free.splice(i, 1);
        let released = false;
        return {
          uid,
          gid: uid,
          release() {
            if (released) return;
            released = true;
            try {
              // Only our own file: had it been reclaimed (it cannot be while we live), it is not ours.
              if (readFileSync(file, 'utf8') === content) unlinkSync(file);
            } catch {
              // Already gone: nothing to release on disk.
            }
            free.unshift(uid);
          },
        };
      }
      throw new Error(
        `all ${count} sandbox uids (${first}–${first + count - 1}) are in use by this or other judge processes (leases in ${dir})`,
      );
    },
    owns: (uid) => uid >= first && uid < first + count,
  };
}

/**
 * One fixed identity shared by every run (a library user's explicit `uid`/`gid`): the behaviour
 * before pools, with the per-uid counters shared between concurrent runs.
 */
export function sharedIdentity(uid: number, gid: number): UidPool {
  return {
    lease: () => ({ uid, gid, release: () => undefined }),
    owns: (candidate) => candidate === uid,
  };
}
