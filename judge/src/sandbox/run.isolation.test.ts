/**
 * The host is out of reach: no network, no host files, no host processes, nothing writable but /tmp,
 * no inherited descriptors, a clean environment. Real sandboxes: needs root, bubblewrap and cgroups.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkDir, runPython } from '../test/python.js';
import { DEFAULT_UID_POOL } from './uids.js';

const work = makeWorkDir();
afterAll(() => work.cleanup());

/** Runs `body` (Python, indented by the caller's lines) and returns what it printed, asserting exit 0. */
async function probe(code: string): Promise<string> {
  const run = await runPython(work.dir, code);
  expect(run.stderrTail).toBe('');
  expect(run.status).toBe('ok');
  return run.stdout;
}

const tryOpen = (path: string, mode: 'r' | 'w') =>
  `try:\n  open(${JSON.stringify(path)}, ${JSON.stringify(mode)}).close(); print('opened')\nexcept OSError as e: print(type(e).__name__, e.errno)`;

describe('sandbox isolation', () => {
  it('has no network: loopback database ports, other addresses and DNS all fail', async () => {
    const code = [
      'import socket',
      'for addr in [("127.0.0.1", 5432), ("127.0.0.1", 5672), ("1.1.1.1", 53)]:',
      '  s = socket.socket(); s.settimeout(2)',
      '  try: s.connect(addr); print("connected")',
      '  except OSError as e: print(type(e).__name__)',
      'try: socket.getaddrinfo("example.com", 80); print("resolved")',
      'except OSError as e: print(type(e).__name__)',
    ].join('\n');
    expect(await probe(code)).toBe('ConnectionRefusedError\nConnectionRefusedError\nOSError\ngaierror\n');
  });

  it('cannot read host files: /etc does not exist inside', async () => {
    expect(await probe(tryOpen('/etc/shadow', 'r'))).toBe('FileNotFoundError 2\n');
    expect(await probe(tryOpen('/etc/passwd', 'r'))).toBe('FileNotFoundError 2\n');
    expect(await probe('import os; print(sorted(os.listdir("/")))')).toBe(
      "['bin', 'dev', 'lib', 'lib64', 'proc', 'sbin', 'tmp', 'usr', 'work']\n",
    );
  });

  it('runs as an unprivileged uid: a root-only file in the work dir stays unreadable', async () => {
    const secret = join(work.dir, 'secret.txt');
    writeFileSync(secret, 'judge secret');
    chmodSync(secret, 0o600);
    const [uid, gid, groups] = (await probe('import os; print(os.getuid(), os.getgid(), os.getgroups())'))
      .trim()
      .split(' ', 3);
    // An identity from the pool (uid = gid), never root, with no supplementary groups.
    expect(Number(uid)).toBeGreaterThanOrEqual(DEFAULT_UID_POOL.first);
    expect(Number(uid)).toBeLessThan(DEFAULT_UID_POOL.first + DEFAULT_UID_POOL.count);
    expect(gid).toBe(uid);
    expect(groups).toBe('[]');
    expect(await probe(tryOpen('/work/secret.txt', 'r'))).toBe('PermissionError 13\n');
  });

  it('gives two concurrent runs different uids, each released when its run is over', async () => {
    // Per-uid kernel counters (pipe buffers, pending signals, message queues) are then not shared.
    const holdAndPrint = 'import os, time; print(os.getuid(), os.getgid()); time.sleep(0.5)';
    const [a, b] = await Promise.all([probe(holdAndPrint), probe(holdAndPrint)]);
    const [uidA, gidA] = a.trim().split(' ').map(Number);
    const [uidB, gidB] = b.trim().split(' ').map(Number);
    for (const id of [uidA, gidA, uidB, gidB]) {
      expect(id).toBeGreaterThanOrEqual(DEFAULT_UID_POOL.first);
      expect(id).toBeLessThan(DEFAULT_UID_POOL.first + DEFAULT_UID_POOL.count);
    }
    expect(uidA).not.toBe(uidB);
    expect(gidA).not.toBe(gidB);
  });

  it("runs as the child of the run's init (PID 2): /proc/1/environ is the init's clean environment, not the host's", async () => {
    process.env.WINTERARC_TEST_CANARY = 'must-not-leak';
    try {
      const code =
        'import os; print(os.getpid()); print(open("/proc/1/environ").read().replace("\\0", " ").strip())';
      const out = await probe(code);
      expect(out).not.toContain('must-not-leak');
      expect(out.split('\n')[0]).toBe('2');
    } finally {
      delete process.env.WINTERARC_TEST_CANARY;
    }
  });

  it('sees only the minimal environment', async () => {
    process.env.WINTERARC_TEST_CANARY = 'must-not-leak';
    try {
      const out = await probe('import os, json; print(json.dumps(dict(os.environ), sort_keys=True))');
      expect(JSON.parse(out)).toEqual({
        HOME: '/tmp',
        LANG: 'C.UTF-8',
        PATH: '/usr/bin:/bin',
        PWD: '/work',
        TMPDIR: '/tmp',
      });
    } finally {
      delete process.env.WINTERARC_TEST_CANARY;
    }
  });

  it('cannot write outside /tmp', async () => {
    for (const path of ['/x', '/work/x', '/usr/x', '/dev/shm/x', '/dev/x']) {
      expect(await probe(tryOpen(path, 'w')), path).toMatch(/^(OSError 30|PermissionError 13)\n$/);
    }
    expect(await probe(tryOpen('/tmp/x', 'w'))).toBe('opened\n');
  });

  it('fills its /tmp only up to the tmpfs size', async () => {
    const code = [
      'import os',
      'total = 0',
      'try:',
      '  for i in range(100):',
      '    with open(f"/tmp/f{i}", "wb") as f: f.write(b"x" * 512 * 1024)',
      '    total += 512 * 1024',
      'except OSError as e: print(type(e).__name__, e.errno, total <= 8 * 1024 * 1024)',
    ].join('\n');
    expect(await probe(code)).toBe('OSError 28 True\n');
  });

  it('inherits no file descriptor besides stdin, stdout and stderr', async () => {
    const code =
      'import os\nopen_fds = []\nfor fd in range(3, 1024):\n  try: os.fstat(fd); open_fds.append(fd)\n  except OSError: pass\nprint(open_fds)';
    expect(await probe(code)).toBe('[]\n');
  });

  it('cannot signal anything outside its namespace', async () => {
    // kill(-1) reaches every process the caller can see except itself and its namespace's init (its
    // parent, PID 1): here, none.
    const code = [
      'import os, signal',
      'print(os.getppid())',
      'try: os.kill(-1, signal.SIGKILL)',
      'except ProcessLookupError: print("ESRCH")',
    ].join('\n');
    expect(await probe(code)).toBe('1\nESRCH\n');
  });

  it('has no capabilities and cannot gain privileges', async () => {
    const out = await probe(
      'print([l for l in open("/proc/self/status") if l.startswith(("CapEff", "CapBnd", "NoNewPrivs"))])',
    );
    expect(out).toContain('CapEff:\\t0000000000000000');
    expect(out).toContain('CapBnd:\\t0000000000000000');
    expect(out).toContain('NoNewPrivs:\\t1');
  });
});
