/**
 * Two submissions judged at the same time cannot reach each other: run A leaves a secret everywhere
 * it can (its /tmp, /dev/shm, the keyring, SysV shared memory, an abstract Unix socket) and stays
 * alive; run B, started while A is alive, looks for it everywhere. Both use the `blocked` problem:
 * A prints `blocked` when /dev/shm and the keyring refused it (and its own-namespace channels worked,
 * so B's failure to find them means isolation, not a broken probe); B prints `blocked` if it found
 * nothing. Namespaces, mounts and seccomp separate them, and each submission runs as a uid of its own
 * from the sandbox's pool, so the kernel's per-uid counters are not shared either.
 *
 * "At the same time" is made sure of by events, not by sleeps (a loaded machine once stretched a
 * sleeping run past its wall limit): a run that must stay alive writes `<tag>.hold` in its own /tmp
 * once it is set up, then waits for it to disappear. The test — root on the host — sees that /tmp at
 * /proc/<pid>/root/tmp: it waits for the file, starts the other run, and deletes the file when that
 * one is done. (Deleting, not creating: host root cannot create a file in the run's tmpfs, whose
 * user namespace does not map it.) No run can reach another's /tmp, so this channel is the test's.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, unlinkSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JudgeResult } from '../engine/result.js';
import { DEFAULT_UID_POOL } from '../sandbox/uids.js';
import {
  describeResult,
  expectNextRunAccepted,
  judgeSource,
  type SecurityProblems,
  securityProblems,
} from './harness.js';

let problems: SecurityProblems;
beforeAll(async () => {
  // Runs here sleep up to 3 s so that they overlap: 3 s of CPU time allows 4.5 s of wall time.
  problems = await securityProblems(3);
});
afterAll(() => problems.close());

const secret = `winterarc-secret-${process.pid}-${Date.now()}`;
const shmKey = 0x5ec7e7;

/** Python: tell the test this run is set up (`<tag>.hold`), then wait until the test deletes it. */
const holdUntilReleased = (tag: string) => `
open("/tmp/${tag}.hold", "w").close()
while os.path.exists("/tmp/${tag}.hold"):
    time.sleep(0.01)
`;

/**
 * A run that holds until released: `ready` resolves once the run has written its `hold` file (so it
 * is alive and set up); `release()` deletes that file, letting it finish, and resolves with its result. Its CPU time limit is
 * raised to 10 s (31 s of wall time): waiting costs no CPU, and a loaded machine may be slow to start B.
 */
function holdingRun(problems: SecurityProblems, source: string, tag: string) {
  let done = false;
  const result = problems.judge
    .judge({ problem: problems.blocked, language: 'python', source, timeLimitMs: 10_000 })
    .finally(() => {
      done = true;
    });
  const ready = (async () => {
    for (;;) {
      const tmp = runTmpWith(`${tag}.hold`);
      if (tmp !== undefined) return tmp;
      if (done) throw new Error(`the run ended before it was ready: ${describeResult(await result)}`);
      await delay(10); // polling the file system for a condition, bounded by the test's timeout
    }
  })();
  return {
    result,
    /** Resolves once the run is set up and alive. */
    ready,
    async release(): Promise<JudgeResult> {
      unlinkSync(`${await ready}/${tag}.hold`);
      return result;
    },
  };
}

/** The /tmp (as the host sees it) of the live sandboxed process that has `file` in it. */
function runTmpWith(file: string): string | undefined {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const tmp = `/proc/${pid}/root/tmp`;
    try {
      if (existsSync(`${tmp}/${file}`)) return tmp;
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

const prelude = `import ctypes, os, socket, time
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def call(nr, *args):
    r = libc.syscall(ctypes.c_long(nr), *[a if isinstance(a, bytes) else ctypes.c_long(a) for a in args])
    return r if r != -1 else -ctypes.get_errno()
SECRET = ${JSON.stringify(secret)}
`;

/** A: plants the secret, holds it until B is done, reports what was refused. */
const runA = `${prelude}
bad = []
with open("/tmp/" + SECRET, "w") as f:
    f.write(SECRET)
try:
    with open("/dev/shm/" + SECRET, "w") as f:
        f.write(SECRET)
    bad.append("/dev/shm writable")
except OSError:
    pass
# add_key(2 "user", desc, payload, len, KEY_SPEC_USER_KEYRING = -4): keyrings are per uid, not per namespace.
if call(248, b"user", SECRET.encode(), SECRET.encode(), len(SECRET), -4) != -1:
    bad.append("add_key not EPERM")
# shmget(key, 4096, IPC_CREAT | 0666): allowed, but in the run's own IPC namespace.
if call(29, ${shmKey}, 4096, 0o1666) < 0:
    bad.append("shmget failed")
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind("\\0" + SECRET)
listener.listen()
${holdUntilReleased(secret)}
print("blocked" if not bad else bad)
`;

/** B: looks for A's secret, 20 times over (A stays alive until B is done). */
const runB = `${prelude}
found = set()
for _ in range(20):
    for d in ["/tmp", "/dev/shm"]:
        if os.listdir(d):
            found.add(d + ": " + " ".join(os.listdir(d)))
    for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
        if pid != "1" and pid != str(os.getpid()):
            found.add("process " + pid)
        try:
            if any(SECRET in name for name in os.listdir(f"/proc/{pid}/root/tmp")):
                found.add(f"/proc/{pid}/root/tmp")
        except OSError:
            pass
    # request_key(2 "user", desc, NULL, 0): EPERM from seccomp, not ENOKEY after a search.
    if call(249, b"user", SECRET.encode(), 0, 0) != -1:
        found.add("request_key not EPERM")
    if call(29, ${shmKey}, 0, 0) >= 0:
        found.add("shm segment")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.connect("\\0" + SECRET)
        found.add("abstract socket")
    except OSError:
        pass
    s.close()
    time.sleep(0.05)
print("blocked" if not found else sorted(found))
`;

describe('two concurrent runs share nothing', () => {
  it('another run’s /tmp, /dev/shm, keyring, SysV shm and abstract socket are out of reach', {
    timeout: 60_000,
  }, async () => {
    const a = holdingRun(problems, runA, secret);
    await a.ready;
    const resultB = await judgeSource(problems, problems.blocked, 'python', runB);
    // B searched while A was alive, holding its secret: A is released only now.
    const resultA = await a.release();
    expect(resultA.verdict, `A: ${describeResult(resultA)}`).toBe('AC');
    expect(resultB.verdict, `B: ${describeResult(resultB)}`).toBe('AC');
    await expectNextRunAccepted(problems, 'python');
  });
});

describe('file locks between concurrent runs', () => {
  // Once a hole: flock() and fcntl() locks live on the inode, not in any namespace, and every run sees
  // the same /usr inodes, so run A's lock on /usr/bin/python3 was visible to run B (one bit per file).
  // The seccomp filter now refuses flock and fcntl's lock commands with EPERM.
  it('a lock run A tries to hold on a shared /usr file cannot be seen by run B', {
    timeout: 60_000,
  }, async () => {
    const tag = `lock-${randomUUID()}`;
    const holder = `import fcntl, os, time
f = open("/usr/bin/python3", "rb")
try:
    fcntl.flock(f, fcntl.LOCK_EX)
    outcome = "A holds a lock"
except PermissionError:
    outcome = "blocked"
${holdUntilReleased(tag)}
print(outcome)
`;
    const prober = `import fcntl
f = open("/usr/bin/python3", "rb")
for attempt in ("flock", "lockf"):
    try:
        if attempt == "flock":
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
        print(attempt + " works")
        break
    except BlockingIOError:
        print("A's lock is visible")
        break
    except PermissionError:
        pass
else:
    print("blocked")
`;
    const a = holdingRun(problems, holder, tag);
    await a.ready;
    const resultB = await judgeSource(problems, problems.blocked, 'python', prober);
    const resultA = await a.release();
    expect(resultA.verdict, `A: ${describeResult(resultA)}`).toBe('AC');
    expect(resultB.verdict, `B: ${describeResult(resultB)}`).toBe('AC');
  });
});

describe('per-user kernel counters between concurrent runs', () => {
  // Once a hole: every run was uid 65534, and inotify instances are counted per uid across all user
  // namespaces, so a run holding all 128 made inotify_init fail for every other run (a 1-bit channel
  // and a denial of service). The seccomp filter now refuses inotify_init and inotify_init1.
  it('inotify, a per-user counter shared by all runs, is refused', { timeout: 30_000 }, async () => {
    const prober = `import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
refused = all(call() < 0 and ctypes.get_errno() == 1 for call in (libc.inotify_init, lambda: libc.inotify_init1(0)))
print("blocked" if refused else "inotify is available")
`;
    const result = await judgeSource(problems, problems.blocked, 'python', prober);
    expect(result.verdict, describeResult(result)).toBe('AC');
    await expectNextRunAccepted(problems, 'python');
  });

  // Once a hole: every run was uid 65534, and the kernel counts queued signals (RLIMIT_SIGPENDING),
  // pipe buffer pages and message queue bytes per uid: a run that used them all up made the same
  // calls fail in every other run. Now each submission has its own uid from the pool.
  // Each holds until both are alive, then exits 1 with its ids on stderr: the runtime-error message
  // shows them.
  const printIds = (tag: string) =>
    `import os, sys, time\n${holdUntilReleased(tag)}\nsys.exit(f"ids {os.getuid()} {os.getgid()}")\n`;

  it('two submissions judged at once run as different unprivileged uids', { timeout: 60_000 }, async () => {
    const tags = [`ids-${randomUUID()}`, `ids-${randomUUID()}`];
    const runs = tags.map((tag) => holdingRun(problems, printIds(tag), tag));
    // Both are alive at once before either may finish.
    await Promise.all(runs.map((run) => run.ready));
    const ids = await Promise.all(runs.map((run) => run.release()));
    const printed = ids.map((result) => result.tests[0]?.message ?? describeResult(result));
    const parsed = printed.map((message) => /ids (\d+) (\d+)/.exec(message)?.slice(1).map(Number));
    expect(parsed[0], printed[0]).toBeDefined();
    expect(parsed[1], printed[1]).toBeDefined();
    const [[uidA, gidA], [uidB, gidB]] = parsed as [[number, number], [number, number]];
    for (const id of [uidA, gidA, uidB, gidB]) {
      expect(id).toBeGreaterThanOrEqual(DEFAULT_UID_POOL.first);
      expect(id).toBeLessThan(DEFAULT_UID_POOL.first + DEFAULT_UID_POOL.count);
    }
    expect(uidA).not.toBe(uidB);
    expect(gidA).not.toBe(gidB);
  });

  it('run A filling its pending-signal queue does not stop run B queueing a signal', {
    timeout: 60_000,
  }, async () => {
    // A queues real-time signals to itself (blocked, with a handler: pid 1 drops signals it would
    // ignore) until the kernel refuses with EAGAIN, then holds them while B queues one.
    const sigqueue = `import ctypes, os, signal, time
libc = ctypes.CDLL(None, use_errno=True)
signal.signal(signal.SIGRTMIN, lambda *_: None)
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGRTMIN})
def queue():
    return libc.sigqueue(os.getpid(), int(signal.SIGRTMIN), ctypes.c_long(0)) == 0 or -ctypes.get_errno()
`;
    const tag = `signals-${randomUUID()}`;
    const holder = `${sigqueue}
queued = 0
while True:
    r = queue()
    if r is not True:
        break
    queued += 1
${holdUntilReleased(tag)}
print("blocked" if r == -11 and queued > 1000 else f"queued {queued} then {r}")
`;
    const prober = `${sigqueue}
r = queue()
print("blocked" if r is True else f"sigqueue failed: {r}")
`;
    const a = holdingRun(problems, holder, tag);
    await a.ready;
    const resultB = await judgeSource(problems, problems.blocked, 'python', prober);
    const resultA = await a.release();
    expect(resultA.verdict, `A: ${describeResult(resultA)}`).toBe('AC');
    expect(resultB.verdict, `B: ${describeResult(resultB)}`).toBe('AC');
    await expectNextRunAccepted(problems, 'python');
  });
});
