/**
 * Runs started before their stdin is known (Sandbox.start, used by the warm pool): the wall timer
 * starts when stdin is fed, the other limits hold, and an unfed run can be disposed of without leaks.
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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Sandbox.start', () => {
  it('waits for stdin, then runs like Sandbox.run', async () => {
    const run = sandbox.start(python('import sys\nprint(sys.stdin.read().upper())'));
    await sleep(100);
    expect(run.ended).toBe(false);
    const result = await run.feed(Buffer.from('hello'));
    expect(result.status).toBe('ok');
    expect(result.stdout.toString()).toBe('HELLO\n');
    expect(run.ended).toBe(true);
    expect(() => run.feed(Buffer.from('again'))).toThrow(/only once/);
  });

  it('starts the wall timer when fed, not when started', async () => {
    const run = sandbox.start(
      python('import sys, time\nsys.stdin.read()\ntime.sleep(0.2)', { wallMs: 1000 }),
    );
    await sleep(1200); // idle longer than the wall limit: not killed
    expect(run.ended).toBe(false);
    const result = await run.feed(Buffer.alloc(0));
    expect(result.status).toBe('ok');
    expect(result.wallMs).toBeGreaterThanOrEqual(200);
    expect(result.wallMs).toBeLessThan(1000);
    const slow = sandbox.start(python('import sys, time\nsys.stdin.read()\ntime.sleep(5)', { wallMs: 300 }));
    expect((await slow.feed(Buffer.alloc(0))).status).toBe('time-limit');
  });

  it('keeps the CPU limit while fed', async () => {
    const run = sandbox.start(python('import sys\nsys.stdin.read()\nwhile True: pass', { cpuMs: 300 }));
    expect((await run.feed(Buffer.alloc(0))).status).toBe('time-limit');
  });

  it('dispose() kills an unfed run; feeding a run that ended returns its result', async () => {
    const run = sandbox.start(python('import sys\nsys.stdin.read()'));
    run.dispose();
    const result = await run.done;
    expect(result.signal).toBe('SIGKILL');
    expect(run.ended).toBe(true);
    const early = sandbox.start(python('print("no stdin needed")'));
    await early.done;
    const fed = await early.feed(Buffer.from('late'));
    expect(fed.status).toBe('ok');
    expect(fed.stdout.toString()).toBe('no stdin needed\n');
  });

  it('refuses a request that already has stdin', () => {
    expect(() => sandbox.start({ ...python('pass'), stdin: Buffer.from('x') })).toThrow(TypeError);
  });
});
