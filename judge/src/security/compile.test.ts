/**
 * Compile-time attacks: the compiler reads and expands untrusted source, so it runs in the sandbox with
 * limits of its own (engine/limits.ts compileLimits: 15 s CPU, 1 GiB, 1 MiB of messages). The
 * learner gets CE with the compiler's message, and that message carries nothing from the host.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageId } from '../languages/language.js';
import {
  describeResult,
  expectNextRunAccepted,
  judgeSource,
  type SecurityProblems,
  securityProblems,
} from './harness.js';

let problems: SecurityProblems;
beforeAll(async () => {
  problems = await securityProblems();
});
afterAll(() => problems.close());

const timeout = { timeout: 30_000 };

/** The host's /etc/shadow lines and password hashes (the fields a leak would show). */
function hostShadowSecrets(): string[] {
  try {
    return readFileSync('/etc/shadow', 'utf8')
      .split('\n')
      .filter((line) => line.includes(':'))
      .flatMap((line) => [line, line.split(':')[1]!])
      .filter((field) => field.length >= 8);
  } catch {
    return [];
  }
}

describe('the preprocessor cannot read host files', () => {
  it.each([
    ['c', '/etc/shadow'],
    ['cpp', '/etc/shadow'],
    ['c', '/work/main/server/src/app.ts'],
    ['c', '/root/.bashrc'],
  ] as [LanguageId, string][])(
    '%s: #include "%s" → CE "No such file", nothing of the file in the message',
    timeout,
    async (language, path) => {
      const source = `#include "${path}"\nint main() { return 0; }\n`;
      const result = await judgeSource(problems, problems.sum, language, source);
      expect(result.verdict, describeResult(result)).toBe('CE');
      expect(result.message).toContain(`${path}: No such file or directory`);
      for (const secret of hostShadowSecrets()) expect(result.message).not.toContain(secret);
      // Nothing shaped like a shadow or passwd entry either.
      expect(result.message).not.toMatch(/^\w+:[^:\s]*:\d*:/m);
      await expectNextRunAccepted(problems, language);
    },
  );

  it(
    'c: #include "/proc/1/environ" shows the compiler’s own clean environment, not the judge’s',
    timeout,
    async () => {
      // Included as an initializer, so whatever the file holds ends up in the error message.
      process.env.WINTERARC_SECURITY_CANARY = 'must-not-leak';
      try {
        const source = 'char s[] =\n#include "/proc/1/environ"\n;\nint main(void) { return 0; }\n';
        const result = await judgeSource(problems, problems.sum, 'c', source);
        expect(result.verdict, describeResult(result)).toBe('CE');
        expect(result.message).not.toContain('WINTERARC_SECURITY_CANARY');
        expect(result.message).not.toContain('must-not-leak');
      } finally {
        delete process.env.WINTERARC_SECURITY_CANARY;
      }
      await expectNextRunAccepted(problems, 'c');
    },
  );
});

describe('template bombs stop within the compile limits', () => {
  it('C++ unbounded template recursion → CE with the compiler’s depth error', timeout, async () => {
    const source =
      'template <int N> struct F { static const int v = F<N + 1>::v + 1; };\nint main() { return F<0>::v; }\n';
    const result = await judgeSource(problems, problems.sum, 'cpp', source);
    expect(result.verdict, describeResult(result)).toBe('CE');
    expect(result.message).toMatch(/template instantiation depth exceeds maximum of \d+/);
    // The message is kept short (8 KiB), whatever the compiler printed.
    expect(result.message!.length).toBeLessThanOrEqual(8192);
    await expectNextRunAccepted(problems, 'cpp');
  });

  it(
    'C++ exponential instantiation under the depth limit → CE on compile memory or time',
    timeout,
    async () => {
      // Each level instantiates two distinct children: 2^40 classes, far beyond 1 GiB or 15 s of CPU.
      const source = `template <int D, unsigned long long I> struct T {
  static const unsigned long long v = T<D - 1, 2 * I>::v + T<D - 1, 2 * I + 1>::v;
};
template <unsigned long long I> struct T<0, I> { static const unsigned long long v = I; };
int main() { return (int)T<40, 1>::v; }
`;
      const result = await judgeSource(problems, problems.sum, 'cpp', source);
      expect(result.verdict, describeResult(result)).toBe('CE');
      expect(result.message).toMatch(
        /the compiler needed more than 1024 MiB|compilation took longer than 15 s of CPU/,
      );
      await expectNextRunAccepted(problems, 'cpp');
    },
  );

  it('C #include "/dev/zero" (an endless include) → CE on compile memory', timeout, async () => {
    const result = await judgeSource(
      problems,
      problems.sum,
      'c',
      '#include "/dev/zero"\nint main(void) { return 0; }\n',
    );
    expect(result.verdict, describeResult(result)).toBe('CE');
    expect(result.message).toBe('the compiler needed more than 1024 MiB');
    await expectNextRunAccepted(problems, 'c');
  });

  // Java: annotation processors run arbitrary code inside javac, but only when found on the class path
  // or -processorpath, and javac here sees only Main.java in a read-only /work with no class path of
  // jars (registry.ts): a submission cannot supply a processor, so there is nothing to test.
});
