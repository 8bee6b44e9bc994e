/**
 * The seccomp filter really applies inside the sandbox. Each syscall is chosen so that its answer
 * without the filter would differ (unshare(0) and ptrace(TRACEME) succeed, ioctl on a socket is
 * ENOTTY), so these tests fail if the filter is not loaded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkDir, runPython } from '../test/python.js';

const work = makeWorkDir();
afterAll(() => work.cleanup());

const prelude = [
  'import ctypes',
  'libc = ctypes.CDLL(None, use_errno=True)',
  'libc.syscall.restype = ctypes.c_long',
  'def call(nr, *args):',
  '  r = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) for a in args])',
  '  return "errno %d" % ctypes.get_errno() if r == -1 else "ok"',
].join('\n');

async function errnoOf(call: string): Promise<string> {
  const run = await runPython(work.dir, `${prelude}\nprint(${call})`);
  expect(run.stderrTail).toBe('');
  expect(run.status).toBe('ok');
  return run.stdout.trim();
}

const EPERM = 'errno 1';

describe('seccomp inside the sandbox', () => {
  it.each([
    ['unshare(0)', 'call(272, 0)', EPERM],
    ['unshare(CLONE_NEWUSER)', 'call(272, 0x10000000)', EPERM],
    ['ptrace(PTRACE_TRACEME)', 'call(101, 0, 0, 0, 0)', EPERM],
    ['mount', 'call(165, 0, 0, 0, 0, 0)', EPERM],
    ['setns', 'call(308, 0, 0)', EPERM],
    ['keyctl', 'call(250, 0, 0, 0, 0, 0)', EPERM],
    ['io_uring_setup', 'call(425, 1, 0)', EPERM],
    ['process_vm_readv', 'call(310, 1, 0, 0, 0, 0, 0)', EPERM],
    ['clone(CLONE_NEWUSER | SIGCHLD)', 'call(56, 0x10000000 | 17, 0, 0, 0, 0)', EPERM],
    ['clone3 (so libc falls back to clone)', 'call(435, 0, 0)', 'errno 38'],
    ['ioctl(TIOCSTI)', 'call(16, 0, 0x5412, 0)', EPERM],
    ['socket(AF_VSOCK)', 'call(41, 40, 1, 0)', EPERM],
  ])('blocks %s', async (_name, call, expected) => {
    expect(await errnoOf(call)).toBe(expected);
  });

  it('still allows what programs need: threads, fork, subprocesses', async () => {
    const code = [
      'import threading, os, subprocess',
      't = threading.Thread(target=lambda: None); t.start(); t.join()',
      'pid = os.fork()',
      'if pid == 0: os._exit(7)',
      'print(os.waitpid(pid, 0)[1] >> 8, subprocess.run(["/usr/bin/true"]).returncode)',
    ].join('\n');
    const run = await runPython(work.dir, code);
    expect(run).toMatchObject({ status: 'ok', stdout: '7 0\n' });
  });

  it('kills a process that uses the x32 syscall ABI', async () => {
    const run = await runPython(work.dir, `${prelude}\ncall(0x40000000 | 39)\nprint("survived")`);
    expect(run).toMatchObject({ status: 'runtime-error', signal: 'SIGSYS', stdout: '' });
  });
});
