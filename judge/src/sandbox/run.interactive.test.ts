/**
 * Two sandboxed programs connected by pipes (interactive problems): data, EOF and broken pipes flow
 * both ways, and each side keeps its own limits. Real sandboxes: root, bubblewrap and cgroups needed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkDir, PYTHON, testLimits } from '../test/python.js';
import type { SandboxLimits } from './limits.js';
import { createSandbox, type SandboxRequest } from './run.js';

const work = makeWorkDir();
afterAll(() => work.cleanup());
const sandbox = createSandbox();

const python = (code: string, limits: Partial<SandboxLimits> = {}): SandboxRequest => ({
  command: [PYTHON, '-I', '-S', '-B', '-c', code],
  workDir: work.dir,
  limits: { ...testLimits, ...limits },
});

describe('Sandbox.runInteractive', () => {
  it('connects each side’s stdout to the other’s stdin', async () => {
    const validator = python(
      [
        'import sys',
        'for n in range(1, 6):',
        '    print(n, flush=True)',
        '    if int(input()) != 2 * n: sys.exit(43)',
        'sys.exit(42)',
      ].join('\n'),
    );
    const submission = python('while True:\n    print(2 * int(input()), flush=True)');
    const {
      submission: sub,
      validator: val,
      firstToExit,
    } = await sandbox.runInteractive(submission, validator);
    expect(val).toMatchObject({ status: 'runtime-error', exitCode: 42 });
    // The validator left: the submission read EOF (EOFError), after the validator exited.
    expect(sub.status).toBe('runtime-error');
    expect(sub.stderrTail).toMatch(/EOFError/);
    expect(firstToExit).toBe('validator');
    expect(sub.stdout.length).toBe(0);
  });

  it('gives the validator EOF when the submission ends', async () => {
    const submission = python('print("a"); print("b")');
    const validator = python(
      'import sys\ndata = sys.stdin.read()\nsys.exit(42 if data == "a\\nb\\n" else 43)',
    );
    const result = await sandbox.runInteractive(submission, validator);
    expect(result.submission).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(result.validator.exitCode).toBe(42);
    expect(result.firstToExit).toBe('submission');
  });

  it('breaks the pipe of a submission still writing when the validator exits, instead of blocking it', async () => {
    const submission = python('while True: print("x" * 1000)', { wallMs: 20_000, outputBytes: 64 << 20 });
    const validator = python('import sys\ninput()\nsys.exit(43)');
    const result = await sandbox.runInteractive(submission, validator);
    expect(result.validator.exitCode).toBe(43);
    // The ends are socket pairs: a write after the reader closed fails with EPIPE or ECONNRESET
    // (Python ignores SIGPIPE).
    expect(result.submission.status).toBe('runtime-error');
    expect(result.submission.stderrTail).toMatch(/BrokenPipeError|ConnectionResetError/);
    expect(result.submission.wallMs).toBeLessThan(5000);
    expect(result.firstToExit).toBe('validator');
  });

  it('drops what the validator writes after the submission left, instead of failing the validator', async () => {
    const submission = python('print("bye")');
    const validator = python(
      'import sys, time\ninput()\ntime.sleep(0.3)\nsys.stdout.write("z" * 300000)\nsys.stdout.flush()\nsys.exit(42)',
    );
    const result = await sandbox.runInteractive(submission, validator);
    expect(result.submission).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(result.validator).toMatchObject({ exitCode: 42, stderrTail: '' });
    expect(result.firstToExit).toBe('submission');
  });

  it('kills a submission flooding the validator for output limit', async () => {
    const cap = 256 * 1024;
    const submission = python('import sys\nwhile True: sys.stdout.write("y" * 4096)', { outputBytes: cap });
    const validator = python('import sys\nsys.stdin.read()\nsys.exit(43)', { outputBytes: 1024 });
    const result = await sandbox.runInteractive(submission, validator);
    expect(result.submission.status).toBe('output-limit');
    expect(result.submission.reason).toMatch(/stdout over/);
    expect(result.validator.exitCode).toBe(43);
  });

  it('ends a deadlock (both sides reading) with the submission’s wall limit', async () => {
    const submission = python('input()', { wallMs: 800 });
    const validator = python('import sys\nsys.stdin.read()\nsys.exit(43)', { wallMs: 5000 });
    const result = await sandbox.runInteractive(submission, validator);
    expect(result.submission.status).toBe('time-limit');
    expect(result.submission.reason).toMatch(/wall time/);
    expect(result.validator.exitCode).toBe(43);
    expect(result.validator.wallMs).toBeLessThan(4000);
    expect(result.firstToExit).toBe('submission');
  });

  it('reports a side that cannot start, and the other side still ends', async () => {
    const submission = python('print(1)');
    const validator = { ...python('import sys\nsys.exit(42)'), workDir: '/nonexistent-winterarc-dir' };
    const result = await sandbox.runInteractive(submission, validator);
    expect(result.validator.status).toBe('internal-error');
    expect(result.submission.status).not.toBe('internal-error');
  });

  it('refuses a request that brings its own stdin', async () => {
    await expect(
      sandbox.runInteractive({ ...python('pass'), stdin: Buffer.from('x') }, python('pass')),
    ).rejects.toThrow(/stdin/);
  });
});
