/**
 * Time, output and file attacks through the full judge: CPU hogs and sleepers, stdout and stderr
 * floods, a huge file and a full /tmp. Each gets its exact verdict, the judge itself neither hangs nor
 * buffers the flood, and the host and the next submission are unaffected.
 *
 * The problems give 1 s of CPU (4 s of wall: engine/limits.ts gives 3 × limit + 1 s), 1 MiB of
 * output; runs may write files of up to 16 MiB into a private 64 MiB /tmp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageId } from '../languages/language.js';
import {
  attack,
  describeResult,
  expectNextRunAccepted,
  judgeSource,
  leftoverCgroups,
  type SecurityProblems,
  securityProblems,
} from './harness.js';

let problems: SecurityProblems;
beforeAll(async () => {
  problems = await securityProblems();
});
afterAll(() => problems.close());

const timeout = { timeout: 30_000 };

describe('time', () => {
  const loops: [LanguageId, string][] = [
    ['python', 'while True:\n    pass\n'],
    ['c', 'int main(void) { for (volatile int i = 0;; i++) {} }\n'],
    ['cpp', 'int main() { for (volatile int i = 0;; i++) {} }\n'],
    ['java', 'public class Main { public static void main(String[] a) { for (;;) {} } }\n'],
    ['javascript', 'for (;;) {}\n'],
    ['typescript', 'let n: number = 0;\nfor (;;) n++;\n'],
  ];
  it.each(loops)(
    'an infinite loop in %s → TLE on CPU time, then the next run is accepted',
    timeout,
    async (language, source) => {
      const { result, test, summary } = await attack(problems, language, source);
      expect(result.verdict, summary).toBe('TLE');
      // Stopped by the CPU poller, not by the 4 s wall timer.
      expect(test?.message, summary).toMatch(/CPU time over 1000 ms/);
      await expectNextRunAccepted(problems, language);
    },
  );

  it(
    'sleepers in every language → TLE on wall time (not CPU), then the next runs are accepted',
    timeout,
    async () => {
      // Run at once: they only wait, and each takes the whole 4 s wall limit.
      const sleepers: [LanguageId, string][] = [
        ['python', 'import time\ntime.sleep(60)\n'],
        ['c', '#include <unistd.h>\nint main(void) { sleep(60); }\n'],
        [
          'java',
          'public class Main { public static void main(String[] a) throws Exception { Thread.sleep(60000); } }\n',
        ],
        ['javascript', 'setTimeout(() => {}, 60000);\n'],
      ];
      const results = await Promise.all(
        sleepers.map(([language, source]) => attack(problems, language, source)),
      );
      for (const { result, test, summary } of results) {
        expect(result.verdict, summary).toBe('TLE');
        expect(test?.message, summary).toMatch(/wall time over 2000 ms/);
        expect(test?.timeMs, summary).toBeLessThan(1000);
      }
      for (const [language] of sleepers) await expectNextRunAccepted(problems, language);
    },
  );
});

describe('output floods', () => {
  const stdoutFloods: [LanguageId, string][] = [
    ['python', 'import sys\nwhile True:\n    sys.stdout.write("x" * 65536)\n'],
    [
      'c',
      '#include <stdio.h>\nint main(void) { for (;;) fputs("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n", stdout); }\n',
    ],
    [
      'java',
      'public class Main { public static void main(String[] a) { String s = "x".repeat(65536); for (;;) System.out.print(s); } }\n',
    ],
    // fs.writeSync blocks on the full pipe. process.stdout.write would queue in Node's own memory
    // whenever the pipe is full, so under load the same flood can end as MLE before 1 MiB is read.
    [
      'javascript',
      "const fs = require('node:fs');\nconst s = 'x'.repeat(65536);\nfor (;;) fs.writeSync(1, s);\n",
    ],
  ];
  it.each(stdoutFloods)(
    'endless stdout in %s → OLE at once, the judge keeps only the cap',
    timeout,
    async (language, source) => {
      const rssBefore = process.memoryUsage().rss;
      const { result, test, summary } = await attack(problems, language, source);
      expect(result.verdict, summary).toBe('OLE');
      expect(test?.message, summary).toMatch(/stdout over 1048576 bytes/);
      // The judge did not buffer the flood (it kills at the cap, 1 MiB).
      // A judge that buffered the flood would grow by the gigabytes written in the run's seconds; the
      // test worker's own heap moves by tens of MiB with everything else it runs (67 MiB was seen once
      // with the integration lanes running beside), so the bound sits well above that noise.
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 2 ** 20);
      await expectNextRunAccepted(problems, language);
    },
  );

  const stderrFloods: [LanguageId, string][] = [
    ['python', 'import sys\nwhile True:\n    sys.stderr.write("e" * 65536)\n'],
    [
      'c',
      '#include <stdio.h>\nint main(void) { for (;;) fputs("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeee\\n", stderr); }\n',
    ],
    [
      'java',
      'public class Main { public static void main(String[] a) { String s = "e".repeat(65536); for (;;) System.err.print(s); } }\n',
    ],
    [
      'javascript',
      "const fs = require('node:fs');\nconst s = 'e'.repeat(65536);\nfor (;;) fs.writeSync(2, s);\n",
    ],
  ];
  it.each(stderrFloods)(
    'endless stderr in %s → TLE: stderr is not output, only its tail is kept and the judge buffers no flood',
    timeout,
    async (language, source) => {
      const rssBefore = process.memoryUsage().rss;
      const { result, test, summary } = await attack(problems, language, source);
      expect(result.verdict, summary).toBe('TLE');
      expect(test?.message, summary).toMatch(/time over/);
      // A judge that buffered the flood would grow by the gigabytes written in the run's seconds; the
      // test worker's own heap moves by tens of MiB with everything else it runs (67 MiB was seen once
      // with the integration lanes running beside), so the bound sits well above that noise.
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 2 ** 20);
      await expectNextRunAccepted(problems, language);
    },
  );

  it('a right answer after 32 MiB of stderr (32× the output cap) → AC', timeout, async () => {
    const source =
      'import sys\nchunk = "debug line\\n" * 6554\nfor i in range(512):\n    sys.stderr.write(chunk)\na, b = map(int, input().split())\nprint(a + b)\n';
    const { result, summary } = await attack(problems, 'python', source);
    expect(result.verdict, summary).toBe('AC');
    await expectNextRunAccepted(problems, 'python');
  });

  it(
    'a crash after 900 KiB of stderr → RE whose message is only the last lines of the tail',
    timeout,
    async () => {
      const source =
        'import sys\nfor i in range(30000):\n    sys.stderr.write("noise %d\\n" % i)\nsys.stderr.write("last words\\n")\nsys.exit(3)\n';
      const { result, test, summary } = await attack(problems, 'python', source);
      expect(result.verdict, summary).toBe('RE');
      expect(test?.message?.startsWith('exit code 3\n'), summary).toBe(true);
      expect(test?.message?.endsWith('last words'), summary).toBe(true);
      expect(test?.message?.split('\n').length).toBeLessThanOrEqual(9);
      await expectNextRunAccepted(problems, 'python');
    },
  );
});

describe('files in /tmp', () => {
  // A file over RLIMIT_FSIZE (16 MiB): the kernel's SIGXFSZ kills the program, or, where the runtime
  // ignores it (Python), the write fails with EFBIG and it exits non-zero → OLE either way.
  const hugeFiles: [LanguageId, string][] = [
    [
      'python',
      'with open("/tmp/big", "wb") as f:\n    for _ in range(32):\n        f.write(b"x" * (1 << 20))\n',
    ],
    [
      'c',
      '#include <stdio.h>\n#include <string.h>\nstatic char b[1 << 20];\nint main(void) { FILE *f = fopen("/tmp/big", "w"); memset(b, 120, sizeof b); for (int i = 0; i < 32; i++) if (fwrite(b, 1, sizeof b, f) != sizeof b || fflush(f)) { perror("write"); return 1; } return 0; }\n',
    ],
    [
      'java',
      'import java.io.*;\npublic class Main { public static void main(String[] a) throws IOException { try (FileOutputStream f = new FileOutputStream("/tmp/big")) { byte[] b = new byte[1 << 20]; for (int i = 0; i < 32; i++) f.write(b); } } }\n',
    ],
    ['javascript', "const fs = require('fs');\nfs.writeFileSync('/tmp/big', Buffer.alloc(32 << 20, 120));\n"],
  ];
  it.each(hugeFiles)(
    'a 32 MiB file in /tmp in %s → OLE (EFBIG), then the next run is accepted',
    timeout,
    async (language, source) => {
      const { result, test, summary } = await attack(problems, language, source);
      expect(result.verdict, summary).toBe('OLE');
      expect(test?.message, summary).toMatch(/a file over 16777216 bytes/);
      await expectNextRunAccepted(problems, language);
    },
  );

  // Files under the 16 MiB cap until the 64 MiB tmpfs is full: ENOSPC is an ordinary I/O error the
  // program did not handle → RE (not OLE: only EFBIG/SIGXFSZ mean "a file over the limit").
  const fillers: [LanguageId, string][] = [
    [
      'python',
      'i = 0\nwhile True:\n    with open(f"/tmp/f{i}", "wb") as f:\n        f.write(b"x" * (8 << 20))\n    i += 1\n',
    ],
    [
      'c',
      '#include <stdio.h>\n#include <string.h>\nstatic char b[1 << 20];\nint main(void) { char name[32]; memset(b, 120, sizeof b); for (int i = 0;; i++) { snprintf(name, sizeof name, "/tmp/f%d", i); FILE *f = fopen(name, "w"); if (!f) { perror("open"); return 1; } for (int j = 0; j < 8; j++) if (fwrite(b, 1, sizeof b, f) != sizeof b || fflush(f)) { perror("write"); return 1; } fclose(f); } }\n',
    ],
  ];
  it.each(fillers)(
    'filling /tmp in %s → RE (ENOSPC at the 64 MiB tmpfs), and the next run starts with an empty /tmp',
    timeout,
    async (language, source) => {
      const { result, test, summary } = await attack(problems, language, source);
      expect(result.verdict, summary).toBe('RE');
      expect(test?.message, summary).toMatch(/No space left on device/);
      expect(leftoverCgroups()).toEqual([]);
      const next = await judgeSource(
        problems,
        problems.blocked,
        'python',
        'import os\nprint("blocked" if os.listdir("/tmp") == [] else os.listdir("/tmp"))\n',
      );
      expect(next.verdict, describeResult(next)).toBe('AC');
      await expectNextRunAccepted(problems, language);
    },
  );
});
