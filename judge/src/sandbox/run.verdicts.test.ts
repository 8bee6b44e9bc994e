/**
 * Each way a run can end gets its precise status. These tests run real sandboxes: they need root,
 * bubblewrap and cgroups (v1 or v2), as in CI.
 */
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkDir, runPython } from '../test/python.js';
import { createSandbox } from './run.js';

const work = makeWorkDir();
afterAll(() => work.cleanup());

describe('runSandboxed verdicts', () => {
  it('accepts a program that echoes its input', async () => {
    const run = await runPython(
      work.dir,
      'import sys; sys.stdout.write(sys.stdin.read().upper())',
      {},
      Buffer.from('hello\n'),
    );
    expect(run).toMatchObject({ status: 'ok', exitCode: 0, signal: null, stdout: 'HELLO\n', stderrTail: '' });
    expect(run.reason).toBeUndefined();
    expect(run.cpuMs).toBeGreaterThan(0);
    expect(run.memoryBytes).toBeGreaterThan(1024 * 1024);
  });

  it('reads stdin from a host file', async () => {
    const input = join(work.dir, 'input.txt');
    writeFileSync(input, '1 2 3\n');
    const run = await runPython(work.dir, 'print(sum(map(int, input().split())))', {}, { path: input });
    expect(run).toMatchObject({ status: 'ok', stdout: '6\n' });
  });

  it('stops an infinite loop on CPU time', async () => {
    const run = await runPython(work.dir, 'while True: pass', { cpuMs: 500, wallMs: 10_000 });
    expect(run.status).toBe('time-limit');
    expect(run.reason).toMatch(/CPU time/);
    expect(run.cpuMs).toBeGreaterThanOrEqual(500);
    expect(run.wallMs).toBeLessThan(3000);
  });

  it('stops a sleeper on wall time', async () => {
    const run = await runPython(work.dir, 'import time; time.sleep(30)', { wallMs: 500 });
    expect(run.status).toBe('time-limit');
    expect(run.reason).toMatch(/wall time/);
    expect(run.cpuMs).toBeLessThan(500);
    expect(run.wallMs).toBeLessThan(3000);
  });

  it('reports memory over the limit as memory-limit, not a runtime error', async () => {
    const limit = 64 * 1024 * 1024;
    const run = await runPython(work.dir, 'x = b"a" * (256 << 20)\nprint(len(x))', { memoryBytes: limit });
    expect(run.status).toBe('memory-limit');
    expect(run.stdout).toBe('');
    expect(run.memoryBytes).toBeGreaterThan(limit * 0.9);
  });

  it('kills a program printing forever as soon as stdout passes the cap', async () => {
    const cap = 256 * 1024;
    const run = await runPython(work.dir, 'import sys\nwhile True: sys.stdout.write("x" * 65536)', {
      outputBytes: cap,
    });
    expect(run.status).toBe('output-limit');
    expect(run.stdout.length).toBe(cap);
    expect(run.wallMs).toBeLessThan(2000);
  });

  it('keeps only the tail of stderr and lets any volume pass: 16 MiB of it does not fail the run', async () => {
    const run = await runPython(
      work.dir,
      'import sys\nfor i in range(256): sys.stderr.write(str(i % 10) * 65536)\nsys.stderr.write("end")\nprint("answer")',
      { outputBytes: 256 * 1024 },
    );
    expect(run.status).toBe('ok');
    expect(run.stdout).toBe('answer\n');
    expect(run.stderrTail.length).toBe(4096);
    expect(run.stderrTail.endsWith('5555end')).toBe(true);
  });

  it('reports a file over fileBytes as output-limit', async () => {
    const run = await runPython(work.dir, 'open("/tmp/big", "wb").write(b"x" * (2 << 20))', {
      fileBytes: 1024 * 1024,
      tmpBytes: 8 * 1024 * 1024,
    });
    expect(run.status).toBe('output-limit');
    expect(run.reason).toMatch(/file over/);
  });

  it('reports a non-zero exit as runtime-error with the exit code and the end of stderr', async () => {
    const run = await runPython(
      work.dir,
      'import sys\nsys.stderr.write("noise\\n" * 5000 + "last words")\nsys.exit(3)',
    );
    expect(run).toMatchObject({ status: 'runtime-error', exitCode: 3, signal: null });
    expect(run.stderrTail.endsWith('last words')).toBe(true);
    expect(run.stderrTail.length).toBeLessThanOrEqual(4096);
  });

  it('reports a crash by signal as runtime-error with the signal', async () => {
    const run = await runPython(work.dir, 'import ctypes; ctypes.string_at(0)');
    expect(run).toMatchObject({ status: 'runtime-error', exitCode: 139, signal: 'SIGSEGV' });
  });

  // The bomb's processes all wait for a CPU, which does not count against its wall time: on a busy
  // host it takes as long as the host needs to give it 1 s of CPU.
  it('contains a fork bomb with pids.max, then kills it on CPU time', { timeout: 60_000 }, async () => {
    const bomb = 'import os\nwhile True:\n  try: os.fork()\n  except OSError: pass';
    const run = await runPython(work.dir, bomb, { cpuMs: 1000, pids: 16 });
    expect(run.status).toBe('time-limit');
    const next = await runPython(work.dir, 'print("still fine")');
    expect(next).toMatchObject({ status: 'ok', stdout: 'still fine\n' });
  });

  it('caps the number of live processes at pids', async () => {
    const code = [
      'import os, time',
      'n = 0',
      'try:',
      '  while True:',
      '    if os.fork() == 0:',
      '      time.sleep(30)',
      '      os._exit(0)',
      '    n += 1',
      'except OSError:',
      '  print(n)',
    ].join('\n');
    const run = await runPython(work.dir, code, { pids: 10 });
    expect(run.status).toBe('ok');
    // The program itself and bwrap's outer process count too.
    expect(Number(run.stdout)).toBeLessThanOrEqual(8);
    expect(Number(run.stdout)).toBeGreaterThan(0);
  });

  it('runs two sandboxes at once without them seeing each other', async () => {
    const code = 'import os; print(os.getpid(), len(os.listdir("/proc")))';
    const [a, b] = await Promise.all([runPython(work.dir, code), runPython(work.dir, code)]);
    expect(a).toMatchObject({ status: 'ok' });
    expect(b).toMatchObject({ status: 'ok' });
    // Each is the child of its own namespace's init (PID 2), and sees no process of the other.
    expect(a.stdout.split(' ')[0]).toBe('2');
    expect(b.stdout.split(' ')[0]).toBe('2');
    expect(a.stdout).toBe(b.stdout);
  });

  it('gives an internal error an operator can act on when the work dir is not readable', async () => {
    const closed = makeWorkDir();
    try {
      chmodSync(closed.dir, 0o700);
      const run = await runPython(closed.dir, 'pass');
      expect(run.status).toBe('internal-error');
      expect(run.reason).toMatch(/chmod 755/);
    } finally {
      closed.cleanup();
    }
  });

  it('asks for o+x on a parent directory the sandbox uid cannot cross', async () => {
    const outer = makeWorkDir();
    try {
      const inner = join(outer.dir, 'run');
      mkdirSync(inner, { mode: 0o755 });
      chmodSync(outer.dir, 0o700);
      const run = await runPython(inner, 'pass');
      expect(run.status).toBe('internal-error');
      expect(run.reason).toMatch(/chmod o\+x/);
    } finally {
      outer.cleanup();
    }
  });

  it('passes its own start-up check', async () => {
    await expect(createSandbox().check()).resolves.toBeUndefined();
  });

  it('leaves no cgroup behind', () => {
    for (const controller of ['memory', 'pids', 'cpuacct', '']) {
      let entries: string[];
      try {
        entries = readdirSync(join('/sys/fs/cgroup', controller, 'winterarc'));
      } catch {
        continue;
      }
      expect(entries.filter((e) => e.startsWith(`run-${process.pid}-`))).toEqual([]);
    }
  });
});
