/**
 * The test data cannot be changed by the program judged on it. The attack: stdin was the package's
 * input file itself, so reopening `/proc/self/fd/0` (or `/dev/stdin`) for writing succeeded whenever
 * the file's mode let the sandbox uid write — a package file with mode 0666, or any file written under
 * a umask of 000. Here the input is 0666 in a package written under umask 000, and probes in Python
 * and C try every way to write through fd 0; the host's file must be unchanged and the next
 * submission judged on the same data accepted.
 */
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageId } from '../languages/language.js';
import { readProblemPackage } from '../package/read-problem-package.js';
import { type TempPackage, writeTempPackage } from '../package/temp-package.js';
import type { ProblemPackage } from '../package/types.js';
import { describeResult, expectNextRunAccepted, type SecurityProblems, securityProblems } from './harness.js';

let problems: SecurityProblems;
let written: TempPackage;
let target: ProblemPackage;
let inputFile: string;
const input = 'probe\n';

beforeAll(async () => {
  problems = await securityProblems();
  const umask = process.umask(0);
  try {
    written = await writeTempPackage({
      'problem.yaml': 'name: Write back\nlimits:\n  time_limit: 1\n  memory: 256\n  output: 1\n',
      'problem_statement/problem.en.md': 'Print `blocked` if the input cannot be changed.\n',
      'data/secret/1.in': input,
      'data/secret/1.ans': 'blocked\n',
    });
  } finally {
    process.umask(umask);
  }
  inputFile = join(written.dir, 'data/secret/1.in');
  chmodSync(inputFile, 0o666);
  target = await readProblemPackage(written.dir);
});
afterAll(async () => {
  await problems.close();
  await written.remove();
});

const probes: [LanguageId, string][] = [
  [
    'python',
    `import os, sys
sys.stdin.read()
bad = []
for path in ("/proc/self/fd/0", "/dev/stdin", "/proc/1/fd/0"):
    for flags in (os.O_WRONLY, os.O_RDWR, os.O_WRONLY | os.O_TRUNC, os.O_WRONLY | os.O_APPEND):
        try:
            fd = os.open(path, flags)
        except OSError:
            continue
        try:
            os.write(fd, b"pwned\\n")
            bad.append(f"{path} {flags}")
        except OSError:
            pass
        os.close(fd)
try:
    os.ftruncate(0, 0)
    bad.append("ftruncate")
except OSError:
    pass
try:
    os.lseek(0, 0, os.SEEK_SET)
    bad.append("seekable")
except OSError:
    pass
print("blocked" if not bad else bad)
`,
  ],
  [
    'c',
    `#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  char buf[64];
  while (read(0, buf, sizeof buf) > 0) {}
  const char *paths[] = {"/proc/self/fd/0", "/dev/stdin", "/proc/1/fd/0"};
  int flags[] = {O_WRONLY, O_RDWR, O_WRONLY | O_TRUNC, O_WRONLY | O_APPEND};
  int bad = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) {
      int fd = open(paths[i], flags[j]);
      if (fd < 0) continue;
      if (write(fd, "pwned\\n", 6) == 6) { printf("%s %d\\n", paths[i], flags[j]); bad = 1; }
      close(fd);
    }
  if (ftruncate(0, 0) == 0) { puts("ftruncate"); bad = 1; }
  if (pwrite(0, "pwned\\n", 6, 0) == 6) { puts("pwrite"); bad = 1; }
  if (!bad) puts("blocked");
  return 0;
}
`,
  ],
];

describe('stdin is never the test data file', () => {
  it.each(probes)(
    '%s: reopening fd 0 for writing, truncating or seeking it changes nothing on the host',
    {
      timeout: 60_000,
    },
    async (language, source) => {
      expect(statSync(inputFile).mode & 0o777).toBe(0o666);
      const result = await problems.judge.judge({ problem: target, language, source });
      expect(readFileSync(inputFile, 'utf8')).toBe(input);
      expect(result.verdict, describeResult(result)).toBe('AC');
      await expectNextRunAccepted(problems, language);
    },
  );
});
