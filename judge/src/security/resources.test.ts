/**
 * Resource attacks through the full judge: process and thread bombs, memory bombs (heap and
 * off-heap), CPU and wall-time hogs, output floods, and files in /tmp. Each gets its exact verdict,
 * and the host (no cgroup left behind) and the next submission (accepted) are unaffected.
 *
 * The problems give 1 s of CPU (so 4 s of wall time), 256 MiB and 1 MiB of output; runs get
 * pids = max(16, language.minPids + 8), files of 16 MiB and a 64 MiB /tmp (engine/limits.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageId } from '../languages/language.js';
import { attack, expectNextRunAccepted, type SecurityProblems, securityProblems } from './harness.js';

let problems: SecurityProblems;
beforeAll(async () => {
  problems = await securityProblems();
});
afterAll(() => problems.close());

const timeout = { timeout: 30_000 };

describe('process and thread bombs are contained by pids.max, then stopped on CPU time (TLE)', () => {
  // Each bomb keeps every process or thread it managed to start busy and ignores failures, as a real
  // bomb does: pids.max stops the growth, the run's summed cgroup CPU crosses 1 s in well under a
  // second of wall time, and the judge kills the whole cgroup: TLE, not RE (nothing crashes).
  const bombs: [string, LanguageId, string][] = [
    ['C fork loop', 'c', '#include <unistd.h>\nint main(void) { for (;;) fork(); }\n'],
    ['C++ fork loop', 'cpp', '#include <unistd.h>\nint main() { for (;;) fork(); }\n'],
    [
      'Python os.fork loop',
      'python',
      'import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n',
    ],
    [
      'C pthread bomb',
      'c',
      '#include <pthread.h>\nstatic void *spin(void *a) { for (;;) {} return a; }\nint main(void) { pthread_t t; for (;;) pthread_create(&t, 0, spin, 0); }\n',
    ],
    [
      'Python thread bomb',
      'python',
      'import threading\ndef spin():\n    while True: pass\nwhile True:\n    try:\n        threading.Thread(target=spin).start()\n    except RuntimeError:\n        pass\n',
    ],
    [
      'Java thread bomb',
      'java',
      'public class Main { public static void main(String[] a) { for (;;) { try { new Thread(() -> { for (;;) {} }).start(); } catch (Throwable t) {} } } }\n',
    ],
    [
      'Node worker-thread bomb',
      'javascript',
      "const { Worker } = require('node:worker_threads');\nfor (;;) { try { new Worker('for (;;) {}', { eval: true }); } catch {} }\n",
    ],
  ];
  it.each(bombs)('%s → TLE, then the next run is accepted', timeout, async (_name, language, source) => {
    const { result, test, summary } = await attack(problems, language, source);
    expect(result.verdict, summary).toBe('TLE');
    expect(test?.message, summary).toMatch(/CPU time/);
    await expectNextRunAccepted(problems, language);
  });
});

describe('memory bombs end as MLE', () => {
  const heap: [string, LanguageId, string][] = [
    ['Python list growth', 'python', 'a = []\nwhile True:\n    a.append([0] * 100000)\n'],
    [
      'C malloc + memset',
      'c',
      '#include <stdlib.h>\n#include <string.h>\nint main(void) { for (;;) { char *p = malloc(1 << 20); if (!p) return 2; memset(p, 1, 1 << 20); } }\n',
    ],
    [
      'C++ vector growth',
      'cpp',
      '#include <vector>\nint main() { std::vector<std::vector<char>> v; for (;;) v.emplace_back(1 << 20, 1); }\n',
    ],
    ['Node array growth', 'javascript', 'const a = [];\nfor (;;) a.push(new Array(100000).fill(1.5));\n'],
    [
      'TypeScript array growth',
      'typescript',
      'const a: number[][] = [];\nfor (;;) a.push(new Array<number>(100000).fill(1.5));\n',
    ],
  ];
  const offHeap: [string, LanguageId, string][] = [
    [
      'C mmap(MAP_ANONYMOUS) + touch',
      'c',
      '#include <sys/mman.h>\n#include <string.h>\nint main(void) { for (;;) { char *p = mmap(0, 1 << 24, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); if (p == MAP_FAILED) return 2; memset(p, 1, 1 << 24); } }\n',
    ],
    [
      'Node Buffer.alloc loop',
      'javascript',
      'const keep = [];\nfor (;;) keep.push(Buffer.alloc(1 << 20, 1));\n',
    ],
  ];
  it.each([...heap, ...offHeap])(
    '%s → MLE, then the next run is accepted',
    timeout,
    async (_name, language, source) => {
      const { result, summary } = await attack(problems, language, source);
      expect(result.verdict, summary).toBe('MLE');
      await expectNextRunAccepted(problems, language);
    },
  );

  // The JVM gets -Xmx at 75% of the limit, so an array bomb ends in java.lang.OutOfMemoryError (exit 1)
  // before the cgroup OOM-kills anything: the registry's outOfMemoryPattern for Java makes it MLE
  // (it was reported as RE until that pattern existed).
  it('Java array allocation → MLE', timeout, async () => {
    const source =
      'import java.util.*;\npublic class Main { public static void main(String[] a) { List<long[]> l = new ArrayList<>(); for (;;) l.add(new long[1 << 20]); } }\n';
    const { result, summary } = await attack(problems, 'java', source);
    expect(result.verdict, summary).toBe('MLE');
    await expectNextRunAccepted(problems, 'java');
  });
});
