/**
 * The unprivileged identities runs drop to. The kernel keeps some counters per uid across every user
 * namespace (pipe buffer pages, pending signals, POSIX message queue bytes, inotify instances), so
 * runs that share a uid share those budgets: one learner's run could exhaust them for another's. As
 * in isolate, each live run (or each submission, which leases one identity for all its steps) gets a
 * uid and gid of its own from a pool; an identity is reused only after its holder released it.
 */

/** An identity held until {@link release} (idempotent). */
export interface UidLease {
  readonly uid: number;
  readonly gid: number;
  release(): void;
}

/** The default pool: uid = gid = 60000 … 60999, unused by Debian's system and regular users. */
export const DEFAULT_UID_POOL = { first: 60000, count: 1000 } as const;

export interface UidPool {
  /** Throws when every identity is taken (more live runs than the pool holds). */
  lease(): UidLease;
  /** True when `uid` is one this pool hands out. */
  owns(uid: number): boolean;
}

/** Identities `first` … `first + count - 1`, each with the gid equal to its uid. */
export function createUidPool(first: number, count: number): UidPool {
  if (
    !Number.isInteger(first) ||
    !Number.isInteger(count) ||
    first < 1 ||
    count < 1 ||
    first + count > 2 ** 31
  )
    throw new RangeError(`invalid sandbox uid pool: ${count} uids from ${first}`);
  const free: number[] = [];
  // Lowest first, and a released uid goes to the back: it is reused as late as possible.
  for (let uid = first + count - 1; uid >= first; uid -= 1) free.push(uid);
  return {
    lease() {
      const uid = free.pop();
      if (uid === undefined)
        throw new Error(`all ${count} sandbox uids (${first}–${first + count - 1}) are in use`);
      let released = false;
      return {
        uid,
        gid: uid,
        release() {
          if (released) return;
          released = true;
          free.unshift(uid);
        },
      };
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
