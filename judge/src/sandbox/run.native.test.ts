/**
 * A native program (C, compiled with gcc outside the sandbox) run from the read-only work dir:
 * what compiled languages do. gcc is installed wherever the judge runs (scripts/ensure-test-services.sh).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkDir, testLimits } from '../test/python.js';
import { runSandboxed } from './run.js';

const GCC = '/usr/bin/gcc';
const work = makeWorkDir();
afterAll(() => work.cleanup());

const PROGRAM = `
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void *spin(void *arg) { (void)arg; for (;;) pause(); return NULL; }

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "heap") == 0) {
    for (;;) { char *p = malloc(1 << 20); if (!p) return 2; memset(p, 1, 1 << 20); }
  }
  if (argc > 1 && strcmp(argv[1], "threads") == 0) {
    int n = 0;
    pthread_t t;
    while (pthread_create(&t, NULL, spin, NULL) == 0) n++;
    printf("%d\\n", n);
    return 0;
  }
  char name[64];
  if (scanf("%63s", name) != 1) return 1;
  printf("hello %s\\n", name);
  return 0;
}
`;

// gcc is installed wherever the judge runs (scripts/ensure-test-services.sh): no silent skip.
describe('a C program in the sandbox', () => {
  const binary = join(work.dir, 'prog');
  beforeAll(() => {
    writeFileSync(join(work.dir, 'prog.c'), PROGRAM);
    execFileSync(GCC, ['-O2', '-pthread', '-o', binary, join(work.dir, 'prog.c')]);
    chmodSync(binary, 0o755);
  });
  const run = (args: string[], limits = {}) =>
    runSandboxed({
      command: ['/work/prog', ...args],
      workDir: work.dir,
      stdin: Buffer.from('world\n'),
      limits: { ...testLimits, ...limits },
    });

  it('runs from the read-only work dir', async () => {
    const result = await run([]);
    expect(result).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(result.stdout.toString()).toBe('hello world\n');
  });

  it('stops a heap bomb at the memory limit', async () => {
    const result = await run(['heap'], { memoryBytes: 32 * 1024 * 1024 });
    expect(result.status).toBe('memory-limit');
  });

  it('caps a thread bomb at pids (threads count)', async () => {
    const result = await run(['threads'], { pids: 12 });
    expect(result.status).toBe('ok');
    expect(Number(result.stdout.toString())).toBeLessThanOrEqual(10);
  });
});
