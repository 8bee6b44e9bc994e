import { describe, expect, it } from 'vitest';
import type { SandboxLimits } from './limits.js';
import { classify, type RunObservation, signalFromExitCode } from './result.js';

const limits: SandboxLimits = {
  cpuMs: 1000,
  wallMs: 2000,
  memoryBytes: 1 << 26,
  pids: 16,
  outputBytes: 1 << 20,
  fileBytes: 1 << 20,
  openFiles: 64,
};
const clean: RunObservation = {
  started: true,
  exitCode: 0,
  signal: null,
  cpuMs: 10,
  wallMs: 20,
  oomKills: 0,
  stderrTail: '',
};

describe('classify', () => {
  it('is ok for a clean exit within limits', () => {
    expect(classify(clean, limits)).toEqual({ status: 'ok' });
  });

  it('puts the judge’s output kill first, then OOM, then time', () => {
    const all = { ...clean, killedFor: 'output-limit' as const, oomKills: 1, cpuMs: 5000 };
    expect(classify(all, limits).status).toBe('output-limit');
    expect(classify({ ...all, killedFor: 'time-limit' }, limits).status).toBe('memory-limit');
    expect(
      classify({ ...clean, killedFor: 'time-limit', exitCode: null, signal: 'SIGKILL' }, limits).status,
    ).toBe('time-limit');
  });

  it('calls a run over its CPU or wall time a time-limit even if it exited on its own', () => {
    expect(classify({ ...clean, cpuMs: 1001 }, limits).status).toBe('time-limit');
    expect(classify({ ...clean, wallMs: 2001 }, limits).status).toBe('time-limit');
  });

  it('does not trust a zero exit code after an OOM kill (a child died, the parent exited 0)', () => {
    expect(classify({ ...clean, oomKills: 1 }, limits).status).toBe('memory-limit');
  });

  it('recognises RLIMIT_FSIZE by SIGXFSZ or EFBIG', () => {
    expect(classify({ ...clean, exitCode: 128 + 25 }, limits).status).toBe('output-limit');
    expect(
      classify({ ...clean, exitCode: 1, stderrTail: 'OSError: [Errno 27] File too large' }, limits).status,
    ).toBe('output-limit');
  });

  it("trusts a runtime's own out-of-memory message only on a failing exit", () => {
    expect(classify({ ...clean, exitCode: 139, runtimeOutOfMemory: true }, limits).status).toBe(
      'memory-limit',
    );
    expect(classify({ ...clean, runtimeOutOfMemory: true }, limits).status).toBe('ok');
  });

  it('reports other failures as runtime errors', () => {
    expect(classify({ ...clean, exitCode: 1 }, limits)).toEqual({ status: 'runtime-error' });
    expect(classify({ ...clean, exitCode: 139 }, limits)).toEqual({ status: 'runtime-error' });
  });

  it('is an internal error with bwrap’s message when the sandbox never started', () => {
    const run = {
      ...clean,
      started: false,
      exitCode: 1,
      stderrTail: 'bwrap: Creating new namespace failed\n',
    };
    expect(classify(run, limits)).toEqual({
      status: 'internal-error',
      reason: 'sandbox did not start: bwrap: Creating new namespace failed',
    });
  });
});

describe('signalFromExitCode', () => {
  it('maps 128 + N to the signal name', () => {
    expect(signalFromExitCode(139)).toBe('SIGSEGV');
    expect(signalFromExitCode(137)).toBe('SIGKILL');
    expect(signalFromExitCode(1)).toBeNull();
    expect(signalFromExitCode(null)).toBeNull();
  });
});
