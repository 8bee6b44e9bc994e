/**
 * TypeScript is the one language whose build step runs outside the sandbox: esbuild's transform API
 * (languages/transpile.ts) parses the untrusted source in a long-lived esbuild service process shared
 * by the whole judge process. Kept in its own test file because the attack below kills that service
 * for the rest of the process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeResult,
  judgeSource,
  type SecurityProblems,
  securityProblems,
  sumSolutions,
} from './harness.js';

let problems: SecurityProblems;
beforeAll(async () => {
  problems = await securityProblems();
});
afterAll(() => problems.close());

describe('the TypeScript transpiler', () => {
  it('a syntax error is a CE with esbuild’s message, and the next submission is accepted', async () => {
    const result = await judgeSource(problems, problems.sum, 'typescript', 'const x: number = ;\n');
    expect(result.verdict, describeResult(result)).toBe('CE');
    expect(result.message).toMatch(/^main\.ts:1:\d+: Unexpected ";"/);
    const next = await judgeSource(problems, problems.sum, 'typescript', sumSolutions.typescript);
    expect(next.verdict, describeResult(next)).toBe('AC');
  });

  // Once a hole: 300,000 nested parentheses (600 KB) overflowed esbuild's stack and stopped its
  // service for every later TypeScript submission. The judge now refuses sources over 256 KiB first;
  // the deepest nesting that fits (128k) parses fine.
  it('a 600 KB nested expression gets CE and the next TypeScript submission is still accepted', {
    timeout: 30_000,
  }, async () => {
    const depth = 300_000;
    const bomb = `const x = ${'('.repeat(depth)}1${')'.repeat(depth)};\nconsole.log(x);\n`;
    const result = await judgeSource(problems, problems.sum, 'typescript', bomb);
    expect(result.verdict, describeResult(result)).toBe('CE');
    expect(result.message).toMatch(/the limit is 256 KiB/);
    const widest = 128 * 1024 - 20;
    const deepest = `const x = ${'('.repeat(widest / 2)}1${')'.repeat(widest / 2)};\n`;
    expect((await judgeSource(problems, problems.sum, 'typescript', deepest)).verdict).not.toBe('IE');
    const next = await judgeSource(problems, problems.sum, 'typescript', sumSolutions.typescript);
    expect(next.verdict, describeResult(next)).toBe('AC');
  });
});
