/**
 * A program that dies of a signal is reported with that signal. The program is the child of the
 * sandbox's init, not PID 1 itself: a namespace's init gets no signal it has no handler for, so as
 * PID 1 `raise(SIGTERM)` was ignored and `abort()` (an uncaught C++ exception too) ended as SIGSEGV.
 * C++ is compiled with g++ outside the sandbox (installed wherever the judge runs).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkDir, runPython, testLimits } from '../test/python.js';
import { runSandboxed } from './run.js';

const work = makeWorkDir();
afterAll(() => work.cleanup());

const CPP = `
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <unistd.h>

int main(int argc, char **argv) {
  const char *how = argc > 1 ? argv[1] : "";
  std::printf("pid %d\\n", (int)getpid());
  std::fflush(stdout);
  if (!std::strcmp(how, "abort")) std::abort();
  if (!std::strcmp(how, "throw")) throw std::runtime_error("uncaught");
  if (!std::strcmp(how, "sigterm")) std::raise(SIGTERM);
  if (!std::strcmp(how, "kill-self")) kill(getpid(), SIGKILL);
  if (!std::strcmp(how, "segv")) { volatile int *p = nullptr; *p = 1; }
  if (!std::strcmp(how, "fpe")) { volatile int zero = 0; volatile int n = argc * 7; std::printf("%d\\n", n / zero); }
  std::puts("survived");
  return 0;
}
`;

describe('signals a C++ program dies of', () => {
  beforeAll(() => {
    writeFileSync(join(work.dir, 'signals.cpp'), CPP);
    execFileSync('/usr/bin/g++', ['-O1', '-o', join(work.dir, 'signals'), join(work.dir, 'signals.cpp')]);
    chmodSync(join(work.dir, 'signals'), 0o755);
  }, 60_000);
  const run = (how: string) =>
    runSandboxed({ command: ['/work/signals', how], workDir: work.dir, limits: testLimits });

  it.each([
    ['abort', 'SIGABRT'],
    ['throw', 'SIGABRT'],
    ['sigterm', 'SIGTERM'],
    ['kill-self', 'SIGKILL'],
    ['segv', 'SIGSEGV'],
    ['fpe', 'SIGFPE'],
  ] as const)('%s → runtime-error, killed by %s', async (how, signal) => {
    const result = await run(how);
    expect(result.status, result.stderrTail).toBe('runtime-error');
    expect(result.signal).toBe(signal);
    // It ran as the init's child, and nothing after the signal ran.
    expect(result.stdout.toString()).toBe('pid 2\n');
  });

  it('an uncaught exception still says what it was on stderr, and the init adds nothing', async () => {
    const result = await run('throw');
    expect(result.stderrTail).toMatch(/terminate called after throwing an instance of 'std::runtime_error'/);
    expect(result.stderrTail).not.toMatch(/Aborted|core dumped|winterarc-init/);
  });

  it('a program that ends normally keeps its exit code and output', async () => {
    const result = await run('none');
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, signal: null });
    expect(result.stdout.toString()).toBe('pid 2\nsurvived\n');
  });
});

describe('signals a Python program dies of', () => {
  it.each([
    ['os.abort()', 'SIGABRT'],
    ['os.kill(os.getpid(), signal.SIGTERM)', 'SIGTERM'],
    ['signal.raise_signal(signal.SIGTERM)', 'SIGTERM'],
    ['signal.raise_signal(signal.SIGSEGV)', 'SIGSEGV'],
  ])('%s → runtime-error, killed by %s', async (call, signal) => {
    const result = await runPython(
      work.dir,
      `import os, signal\nprint(os.getpid(), flush=True)\n${call}\nprint("survived")`,
    );
    expect(result.status, result.stderrTail).toBe('runtime-error');
    expect(result.signal).toBe(signal);
    expect(result.stdout).toBe('2\n');
  });

  it('an uncaught exception is exit code 1, not a signal', async () => {
    const result = await runPython(work.dir, 'raise ValueError("boom")');
    expect(result).toMatchObject({ status: 'runtime-error', exitCode: 1, signal: null });
    expect(result.stderrTail).toMatch(/ValueError: boom/);
  });

  it('cannot kill, trace or read the secrets of its init (PID 1)', async () => {
    const code = `import ctypes, os, signal
bad = []
for sig in (signal.SIGKILL, signal.SIGTERM):
    try:
        os.kill(1, sig)
    except OSError as e:
        bad.append(repr(e))
libc = ctypes.CDLL(None, use_errno=True)
if libc.ptrace(16, 1, 0, 0) != -1:  # PTRACE_ATTACH
    bad.append("ptrace attached")
env = open("/proc/1/environ").read()
if "must-not-leak" in env or not set(e.split("=")[0] for e in env.split("\\0") if e) <= {"HOME", "LANG", "PATH", "PWD", "TMPDIR"}:
    bad.append(env)
if open("/proc/1/cmdline").read().split("\\0")[:2] != ["/bin/bash", "--norc"]:
    bad.append("init is not the judge's")
print("contained" if not bad else bad)
`;
    process.env.WINTERARC_TEST_CANARY = 'must-not-leak';
    try {
      const result = await runPython(work.dir, code);
      expect(result.stdout.trim()).toBe('contained');
      expect(result.status).toBe('ok');
    } finally {
      delete process.env.WINTERARC_TEST_CANARY;
    }
  });
});
