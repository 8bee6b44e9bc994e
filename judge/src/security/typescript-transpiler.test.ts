/**
 * TypeScript's build step: esbuild's native binary parses the untrusted source in the sandbox, as a
 * compiler (languages/esbuild.ts). It once ran in the judge's process, where a source that crashed it
 * stopped its service for every later TypeScript submission; these attacks check that a compile can
 * only fail itself, with a message that names the learner's file and no host path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../engine/build.js';
import { createWorkspace } from '../engine/workspace.js';
import { languages } from '../languages/registry.js';
import {
  describeResult,
  judgeSource,
  type SecurityProblems,
  sandbox,
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
    expect(result.message).toMatch(/Unexpected ";"/);
    expect(result.message).toMatch(/^\s*main\.ts:1:18:$/m);
    expect(result.message).toContain('const x: number = ;');
    expect(result.message).not.toMatch(/\/(tmp|work|opt|usr)\//);
    const next = await judgeSource(problems, problems.sum, 'typescript', sumSolutions.typescript);
    expect(next.verdict, describeResult(next)).toBe('AC');
  });

  // Once a hole: 300,000 nested parentheses (600 KB) overflowed esbuild's stack and stopped its
  // in-process service for every later TypeScript submission. The judge refuses sources over 256 KiB
  // first; the deepest nesting that fits (128k) is compiled in the sandbox without harm.
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

  // The same 600 KB bomb given to the build step itself (no size check): esbuild, confined, runs out
  // of its compile memory and only that compile fails.
  it('past the size check, the bomb only fails its own sandboxed compile', { timeout: 30_000 }, async () => {
    const depth = 300_000;
    const workspace = createWorkspace(sandbox.leaseUid());
    try {
      const bomb = `const x = ${'('.repeat(depth)}1${')'.repeat(depth)};\n`;
      const built = await buildProgram(sandbox, languages.typescript, bomb, workspace);
      expect(built).toMatchObject({ ok: false, verdict: 'CE' });
    } finally {
      workspace.dispose();
    }
    const next = await judgeSource(problems, problems.sum, 'typescript', sumSolutions.typescript);
    expect(next.verdict, describeResult(next)).toBe('AC');
  });
});
