/**
 * Escape attempts through the full judge: network, host files, writes outside the sandbox,
 * privileged syscalls, setuid binaries, signals, inherited descriptors. Each probe program runs on
 * the `blocked` problem (answer: the text `blocked`) and prints `blocked` only when every attempt
 * failed the expected way, otherwise what got through, so AC means "contained" and a WA's message
 * shows what leaked. After each, the host and the next submission are checked.
 *
 * Already covered at the sandbox level (Python, runSandboxed) by ../sandbox/run.isolation.test.ts and
 * run.seccomp.test.ts: 5432/5672/1.1.1.1/DNS from Python, /etc/shadow and /etc/passwd from Python,
 * the root listing, /proc/1/environ and the environment, writes to / /work /usr /dev/shm /dev from
 * Python, fds ≥ 3 via fstat from Python, kill(-1), capabilities and NoNewPrivs, and unshare, ptrace
 * (TRACEME), mount, setns, keyctl, io_uring, clone(NEWUSER) one syscall at a time. This file adds the
 * other languages, the judge path, and the attempts those do not make.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageId } from '../languages/language.js';
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
  problems = await securityProblems();
});
afterAll(() => problems.close());

const timeout = { timeout: 30_000 };

/** Judges a probe on the `blocked` problem: AC iff it printed exactly `blocked`. */
async function expectBlocked(language: LanguageId, source: string): Promise<void> {
  const result = await judgeSource(problems, problems.blocked, language, source);
  expect(result.verdict, describeResult(result)).toBe('AC');
  await expectNextRunAccepted(problems, language);
}

describe('network: loopback PostgreSQL (5432), RabbitMQ (5672), Redis (6379), 10.0.0.1 and DNS all fail at once', () => {
  // All three services listen on the host's 127.0.0.1; the run has its own network namespace with
  // only its own loopback: ECONNREFUSED there, ENETUNREACH (no route, no packet sent) for 10.0.0.1,
  // and no resolver. No retry: each probe also fails if the whole thing took over a second.
  const probes: [LanguageId, string][] = [
    [
      'python',
      `import socket, time
t = time.monotonic()
bad = []
for port in (5432, 5672, 6379):
    s = socket.socket()
    s.settimeout(2)
    try:
        s.connect(("127.0.0.1", port))
        bad.append(f"{port} connected")
    except ConnectionRefusedError:
        pass
    except OSError as e:
        bad.append(f"{port} {e!r}")
s = socket.socket()
s.settimeout(2)
try:
    s.connect(("10.0.0.1", 80))
    bad.append("10.0.0.1 connected")
except OSError as e:
    if e.errno != 101:
        bad.append(f"10.0.0.1 {e!r}")
try:
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("10.0.0.1", 53))
    bad.append("udp sent")
except OSError as e:
    if e.errno != 101:
        bad.append(f"udp {e!r}")
try:
    socket.getaddrinfo("example.com", 80)
    bad.append("resolved")
except socket.gaierror:
    pass
if time.monotonic() - t > 1:
    bad.append("slow")
print("blocked" if not bad else "; ".join(bad))
`,
    ],
    [
      'c',
      `#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
static int attempt(const char *ip, int port) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) return errno;
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  inet_pton(AF_INET, ip, &a.sin_addr);
  int r = connect(s, (struct sockaddr *)&a, sizeof a), e = errno;
  close(s);
  return r == 0 ? 0 : e;
}
int main(void) {
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  int bad = 0, ports[] = {5432, 5672, 6379};
  for (int i = 0; i < 3; i++) {
    int e = attempt("127.0.0.1", ports[i]);
    if (e != ECONNREFUSED) { printf("%d: %s\\n", ports[i], e ? strerror(e) : "connected"); bad = 1; }
  }
  int e = attempt("10.0.0.1", 80);
  if (e != ENETUNREACH) { printf("10.0.0.1: %s\\n", e ? strerror(e) : "connected"); bad = 1; }
  struct addrinfo *res;
  if (getaddrinfo("example.com", "80", NULL, &res) == 0) { puts("resolved"); bad = 1; }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  if (t1.tv_sec - t0.tv_sec > 1) { puts("slow"); bad = 1; }
  if (!bad) puts("blocked");
  return 0;
}
`,
    ],
    [
      'java',
      `import java.net.*;
public class Main {
  static String attempt(String host, int port) {
    try (Socket s = new Socket()) { s.connect(new InetSocketAddress(host, port), 2000); return "connected"; }
    catch (Exception e) { return e.getClass().getSimpleName() + ": " + e.getMessage(); }
  }
  public static void main(String[] args) {
    long t = System.nanoTime();
    StringBuilder bad = new StringBuilder();
    for (int port : new int[] {5432, 5672, 6379}) {
      String r = attempt("127.0.0.1", port);
      if (!r.startsWith("ConnectException: Connection refused")) bad.append(port + " " + r + "; ");
    }
    String r = attempt("10.0.0.1", 80);
    if (!r.contains("Network is unreachable")) bad.append("10.0.0.1 " + r + "; ");
    try { InetAddress.getByName("example.com"); bad.append("resolved; "); } catch (UnknownHostException e) {}
    if ((System.nanoTime() - t) / 1_000_000 > 1000) bad.append("slow");
    System.out.println(bad.length() == 0 ? "blocked" : bad.toString());
  }
}
`,
    ],
    [
      'javascript',
      `const net = require('node:net');
const dns = require('node:dns');
const attempt = (host, port) =>
  new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.on('connect', () => { s.destroy(); resolve('connected'); });
    s.on('error', (e) => resolve(e.code));
  });
(async () => {
  const t = Date.now();
  const bad = [];
  for (const port of [5432, 5672, 6379]) {
    const r = await attempt('127.0.0.1', port);
    if (r !== 'ECONNREFUSED') bad.push(port + ' ' + r);
  }
  const r = await attempt('10.0.0.1', 80);
  if (r !== 'ENETUNREACH') bad.push('10.0.0.1 ' + r);
  const d = await new Promise((res) => dns.lookup('example.com', (e) => res(e ? e.code : 'resolved')));
  if (d === 'resolved') bad.push('resolved');
  if (Date.now() - t > 1000) bad.push('slow');
  console.log(bad.length ? bad.join('; ') : 'blocked');
})();
`,
    ],
  ];
  it.each(probes)('%s', timeout, (language, source) => expectBlocked(language, source));
});

describe('host files: /etc/shadow, the project, /root and the judge’s environment are out of reach', () => {
  // /etc, /root and the project are not mounted; /proc is the run's own (PID 1 is the run's init), so
  // /proc/1/environ is the init's clean environment, not the judge's with this canary in it.
  const canary = 'WINTERARC_SECURITY_CANARY';
  const paths = ['/etc/shadow', '/etc/passwd', '/work/main/server/src/app.ts', '/root/.bashrc'];
  const probes: [LanguageId, string][] = [
    [
      'python',
      `import os
bad = []
for path in ${JSON.stringify(paths)}:
    try:
        open(path).close()
        bad.append(path)
    except OSError:
        pass
try:
    os.listdir("/root")
    bad.append("/root")
except OSError:
    pass
if "${canary}" in open("/proc/1/environ").read():
    bad.append("environ")
print("blocked" if not bad else bad)
`,
    ],
    [
      'c',
      `#include <dirent.h>
#include <stdio.h>
#include <string.h>
int main(void) {
  const char *paths[] = {${paths.map((p) => JSON.stringify(p)).join(', ')}};
  int bad = 0;
  for (int i = 0; i < ${paths.length}; i++) {
    FILE *f = fopen(paths[i], "r");
    if (f) { printf("%s\\n", paths[i]); bad = 1; fclose(f); }
  }
  if (opendir("/root")) { puts("/root"); bad = 1; }
  char env[65536] = {0};
  FILE *e = fopen("/proc/1/environ", "r");
  size_t n = e ? fread(env, 1, sizeof env - 1, e) : 0;
  for (size_t i = 0; i < n; i++) if (!env[i]) env[i] = ' ';
  if (strstr(env, "${canary}")) { puts("environ"); bad = 1; }
  if (!bad) puts("blocked");
  return 0;
}
`,
    ],
    [
      'java',
      `import java.nio.file.*;
public class Main {
  public static void main(String[] args) throws Exception {
    StringBuilder bad = new StringBuilder();
    for (String p : new String[] {${paths.map((p) => JSON.stringify(p)).join(', ')}}) {
      try { Files.readAllBytes(Path.of(p)); bad.append(p + " "); } catch (Exception e) {}
    }
    try { Files.list(Path.of("/root")).close(); bad.append("/root "); } catch (Exception e) {}
    if (new String(Files.readAllBytes(Path.of("/proc/1/environ"))).contains("${canary}")) bad.append("environ");
    System.out.println(bad.length() == 0 ? "blocked" : bad.toString());
  }
}
`,
    ],
    [
      'javascript',
      `const fs = require('node:fs');
const bad = [];
for (const p of ${JSON.stringify(paths)}) {
  try { fs.readFileSync(p); bad.push(p); } catch {}
}
try { fs.readdirSync('/root'); bad.push('/root'); } catch {}
if (fs.readFileSync('/proc/1/environ', 'latin1').includes('${canary}')) bad.push('environ');
console.log(bad.length ? bad.join(' ') : 'blocked');
`,
    ],
  ];
  it.each(probes)('%s', timeout, async (language, source) => {
    process.env[canary] = 'must-not-leak';
    try {
      await expectBlocked(language, source);
    } finally {
      delete process.env[canary];
    }
  });
});

describe('writes outside /tmp fail: /work (the compiled program’s own directory), /usr, / and /dev/shm', () => {
  // For compiled languages /work is the compiler's output directory, owned by the sandbox user on the
  // host: only the read-only mount stops the program rewriting itself. /tmp must stay writable.
  const targets = ['/work/x', '/usr/x', '/x', '/dev/shm/x'];
  const probes: [LanguageId, string][] = [
    [
      'c',
      `#include <stdio.h>
int main(void) {
  const char *paths[] = {${targets.map((p) => JSON.stringify(p)).join(', ')}};
  int bad = 0;
  for (int i = 0; i < ${targets.length}; i++) {
    FILE *f = fopen(paths[i], "w");
    if (f) { printf("%s\\n", paths[i]); bad = 1; fclose(f); }
  }
  if (fopen("/work/main", "r+")) { puts("/work/main"); bad = 1; }
  if (!fopen("/tmp/x", "w")) { puts("/tmp not writable"); bad = 1; }
  if (!bad) puts("blocked");
  return 0;
}
`,
    ],
    [
      'java',
      `import java.nio.file.*;
public class Main {
  public static void main(String[] args) throws Exception {
    StringBuilder bad = new StringBuilder();
    for (String p : new String[] {${targets.map((p) => JSON.stringify(p)).join(', ')}, "/work/Main.class"}) {
      try { Files.write(Path.of(p), new byte[] {1}); bad.append(p + " "); } catch (Exception e) {}
    }
    Files.write(Path.of("/tmp/x"), new byte[] {1});
    System.out.println(bad.length() == 0 ? "blocked" : bad.toString());
  }
}
`,
    ],
    [
      'javascript',
      `const fs = require('node:fs');
const bad = [];
for (const p of ${JSON.stringify([...targets, '/work/main.js'])}) {
  try { fs.writeFileSync(p, 'x'); bad.push(p); } catch {}
}
fs.writeFileSync('/tmp/x', 'x');
console.log(bad.length ? bad.join(' ') : 'blocked');
`,
    ],
  ];
  it.each(probes)('%s', timeout, (language, source) => expectBlocked(language, source));
});

describe('privileged syscalls answer EPERM', () => {
  it(
    'C: ptrace(ATTACH) of the parent, mount, umount2, unshare, setns, chroot, pivot_root',
    timeout,
    async () => {
      const source = `#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
static int bad = 0;
static void expect_eperm(const char *what, long r) {
  if (r != -1 || errno != EPERM) { printf("%s: %ld errno %d\\n", what, r, errno); bad = 1; }
}
int main(void) {
  pid_t child = fork();
  if (child == 0) {
    expect_eperm("ptrace attach parent", ptrace(PTRACE_ATTACH, getppid(), 0, 0));
    _exit(bad);
  }
  int status;
  waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) bad = 1;
  expect_eperm("mount", mount("none", "/tmp", "tmpfs", 0, 0));
  expect_eperm("umount2", umount2("/usr", MNT_DETACH));
  expect_eperm("unshare", unshare(CLONE_NEWNS));
  expect_eperm("setns", setns(open("/proc/self/ns/net", O_RDONLY), 0));
  expect_eperm("chroot", chroot("/tmp"));
  expect_eperm("pivot_root", syscall(SYS_pivot_root, "/tmp", "/tmp"));
  if (!bad) puts("blocked");
  return 0;
}
`;
      await expectBlocked('c', source);
    },
  );

  it(
    'Python ctypes: ptrace(ATTACH) of a child, chroot, umount2, pivot_root, unshare(NEWNET), add_key',
    timeout,
    async () => {
      const source = `import ctypes, os, time
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def call(nr, *args):
    r = libc.syscall(ctypes.c_long(nr), *[a if isinstance(a, bytes) else ctypes.c_long(a) for a in args])
    return 0 if r != -1 else ctypes.get_errno()
pid = os.fork()
if pid == 0:
    time.sleep(5)
    os._exit(0)
results = {
    "ptrace attach": call(101, 16, pid, 0, 0),
    "chroot": call(161, b"/tmp"),
    "umount2": call(166, b"/usr", 2),
    "pivot_root": call(155, b"/tmp", b"/tmp"),
    "unshare newnet": call(272, 0x40000000),
    "add_key": call(248, b"user", b"k", b"v", 1, -4),
}
os.kill(pid, 9)
bad = {k: v for k, v in results.items() if v != 1}
print("blocked" if not bad else bad)
`;
      await expectBlocked('python', source);
    },
  );
});

describe('setuid binaries under /usr do not gain root', () => {
  it(
    'running su, passwd, newgrp, mount, chsh, gpasswd leaves the run at its unprivileged uid, on a nosuid /usr',
    timeout,
    async () => {
      // Three layers: no_new_privs (set by setpriv), /usr mounted nosuid by bwrap, and host root is not
      // even mapped in the run's user namespace.
      const source = `import os, subprocess
bad = []
uid, gid = os.getuid(), os.getgid()
if uid == 0 or not ${DEFAULT_UID_POOL.first} <= uid < ${DEFAULT_UID_POOL.first + DEFAULT_UID_POOL.count}:
    bad.append("uid " + str(uid) + " is not from the sandbox pool")
for binary in ["/usr/bin/su", "/usr/bin/passwd", "/usr/bin/newgrp", "/usr/bin/mount", "/usr/bin/chsh", "/usr/bin/gpasswd"]:
    if not os.stat(binary).st_mode & 0o4000:
        bad.append(binary + " is not setuid here: the test proves nothing")
    subprocess.run([binary], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=2)
    if os.getuid() != uid or os.geteuid() != uid or os.getgid() != gid or os.getegid() != gid:
        bad.append(binary)
if not os.statvfs("/usr").f_flag & os.ST_NOSUID:
    bad.append("/usr not nosuid")
if "NoNewPrivs:\\t1" not in open("/proc/self/status").read():
    bad.append("no_new_privs off")
print("blocked" if not bad else bad)
`;
      await expectBlocked('python', source);
    },
  );
});

describe('signals to the parent: only the sandbox could be hit', () => {
  // The program is the child of the run's init (PID 1 of its own PID namespace): kill(1, SIGKILL) from
  // inside is ignored by the kernel (a namespace's init only gets signals it handles), kill(-1)
  // reaches every process of the run but the caller and the init (here: a forked child), and the
  // test runner's host pid does not exist inside (ESRCH).
  it.each([
    [
      'python',
      (hostPid: number, hostParent: number) => `import os, signal, time
bad = []
pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
os.kill(1, signal.SIGKILL)
os.kill(-1, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
if not os.WIFSIGNALED(status) or os.WTERMSIG(status) != signal.SIGKILL:
    bad.append("kill(-1) missed the child")
os.kill(1, signal.SIGKILL)
for target in (${hostPid}, ${hostParent}):
    try:
        os.kill(target, signal.SIGKILL)
        bad.append(target)
    except ProcessLookupError:
        pass
print("blocked" if not bad else bad)
`,
    ],
    [
      'c',
      (hostPid: number, hostParent: number) => `#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  int bad = 0, status = 0;
  pid_t child = fork();
  if (child == 0) { sleep(30); _exit(0); }
  kill(1, SIGKILL);
  kill(-1, SIGKILL);
  waitpid(child, &status, 0);
  if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL) { puts("kill(-1) missed the child"); bad = 1; }
  kill(1, SIGKILL);
  if (kill(${hostPid}, SIGKILL) != -1 || errno != ESRCH) { puts("host pid"); bad = 1; }
  if (kill(${hostParent}, SIGKILL) != -1 || errno != ESRCH) { puts("host parent"); bad = 1; }
  if (!bad) puts("blocked");
  return 0;
}
`,
    ],
  ] as const)(
    '%s: kill(1), kill(-1) and kill(<host pid>) with SIGKILL',
    timeout,
    async (language, source) => {
      await expectBlocked(language, source(process.pid, process.ppid));
      // The test runner is alive (this line runs) and so is its parent.
      expect(() => process.kill(process.ppid, 0)).not.toThrow();
    },
  );
});

describe('inherited file descriptors', () => {
  // Python and C only: the JVM and V8 open descriptors of their own at start-up.
  it.each([
    [
      'python',
      `import os
# listdir's own descriptor is closed by the time readlink runs, so it drops out.
extra = []
for fd in os.listdir("/proc/self/fd"):
    if int(fd) > 2:
        try:
            extra.append((fd, os.readlink(f"/proc/self/fd/{fd}")))
        except OSError:
            pass
print("blocked" if not extra else extra)
`,
    ],
    [
      'c',
      `#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  DIR *d = opendir("/proc/self/fd");
  struct dirent *e;
  int bad = 0;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    int fd = atoi(e->d_name);
    if (fd > 2 && fd != dirfd(d)) { printf("%d\\n", fd); bad = 1; }
  }
  if (!bad) puts("blocked");
  return 0;
}
`,
    ],
  ] as const)('%s sees only 0, 1 and 2 in /proc/self/fd', timeout, (language, source) =>
    expectBlocked(language, source),
  );
});
