/**
 * winterarc_testing, the helper module Python suites get: asyncio work is measured in the event loop's
 * virtual time (exact on any machine, and instant), and fakes count how many jobs ran at once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonTestingModule } from './python-testing.js';

function python(script: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winterarc-testing-'));
  writeFileSync(path.join(dir, 'winterarc_testing.py'), pythonTestingModule);
  writeFileSync(path.join(dir, 'probe.py'), script);
  return execFileSync('/usr/bin/python3', ['-S', '-B', 'probe.py'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('winterarc_testing', () => {
  it('tells gathered work (overlapping) from awaited-in-turn work by loop time, exactly', () => {
    const out = python(`
import asyncio
from winterarc_testing import run_virtual, ConcurrencyProbe
probe = ConcurrencyProbe()
async def gathered():
    return await asyncio.gather(*(probe.job(1, i) for i in range(3)))
async def in_turn():
    return [await probe.job(1, i) for i in range(3)]
print(run_virtual(gathered()), probe.peak)
print(run_virtual(in_turn()))
`);
    expect(out).toBe('([0, 1, 2], 1.0) 3\n([0, 1, 2], 3.0)\n');
  });

  it('shows the peak concurrency under a semaphore, and timeouts in loop time, with no real waiting', () => {
    const out = python(`
import asyncio, time
from winterarc_testing import run_virtual, ConcurrencyProbe
async def limited():
    gate, probe = asyncio.Semaphore(2), ConcurrencyProbe()
    async def one(i):
        async with gate:
            return await probe.job(10, i)
    return await asyncio.gather(*(one(i) for i in range(5))), probe.peak
async def timeout():
    try:
        await asyncio.wait_for(asyncio.sleep(3600), timeout=5)
    except asyncio.TimeoutError:
        return "timed out"
start = time.perf_counter()
print(run_virtual(limited()))
print(run_virtual(timeout()))
print(time.perf_counter() - start < 2)
`);
    expect(out).toBe("(([0, 1, 2, 3, 4], 2), 30.0)\n('timed out', 5.0)\nTrue\n");
  });

  it('holds threads at a gate so a test reads how many workers ran at once', () => {
    const out = python(`
from concurrent.futures import ThreadPoolExecutor
from winterarc_testing import ThreadProbe
probe = ThreadProbe()
with ThreadPoolExecutor(3) as pool:
    futures = [pool.submit(probe.job, i) for i in range(6)]
    print(probe.wait_for_active(3), probe.peak)
    probe.open()
    print([f.result() for f in futures], probe.peak, probe.calls)
`);
    expect(out).toBe('True 3\n[0, 1, 2, 3, 4, 5] 3 6\n');
  });
});
