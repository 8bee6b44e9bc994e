import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkDir, testLimits } from '../test/python.js';
import { runSandboxed } from './run.js';

const NODE = '/usr/bin/node';
const work = makeWorkDir();
afterAll(() => work.cleanup());

describe('Node in the sandbox', () => {
  const run = (code: string, outOfMemoryPattern?: RegExp) =>
    runSandboxed({
      command: [NODE, '--max-old-space-size=96', '-e', code],
      workDir: work.dir,
      limits: { ...testLimits, memoryBytes: 256 * 1024 * 1024 },
      ...(outOfMemoryPattern === undefined ? {} : { outOfMemoryPattern }),
    });

  it('runs a script with worker threads and child processes', async () => {
    const code = [
      "const { Worker } = require('node:worker_threads');",
      "const { execFileSync } = require('node:child_process');",
      'const w = new Worker(\'require("node:worker_threads").parentPort.postMessage(6 * 7)\', { eval: true });',
      "w.on('message', (n) => { console.log(n, execFileSync('/usr/bin/true').length); w.terminate(); });",
    ].join('\n');
    const result = await run(code);
    expect(result.stderrTail).toBe('');
    expect(result).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(result.stdout.toString()).toBe('42 0\n');
  });

  it("reports a V8 heap overflow as memory-limit when told V8's message, as a crash otherwise", async () => {
    const code = 'const a = []; for (;;) a.push({ x: new Array(1000).fill(1) });';
    const told = await run(code, /JavaScript heap out of memory/);
    expect(told.status).toBe('memory-limit');
    const untold = await run(code);
    expect(untold.status).toBe('runtime-error');
  });
});
