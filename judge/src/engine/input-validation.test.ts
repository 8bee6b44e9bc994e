import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readProblemPackage } from '../package/read-problem-package.js';
import { createSandbox } from '../sandbox/run.js';
import { validateInputs } from './input-validation.js';

const sumStdio = fileURLToPath(new URL('../conformance/packages/sum-stdio', import.meta.url));
const sandbox = createSandbox();

describe('input validation', () => {
  it('accepts every input of a correct package', async () => {
    expect(await validateInputs(sandbox, await readProblemPackage(sumStdio))).toEqual([]);
  });

  it("names the test and the validator's message when an input breaks the format", async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'winterarc-bad-input-'));
    await cp(sumStdio, copy, { recursive: true });
    await writeFile(path.join(copy, 'data/secret/02.in'), 'seven 8\n');
    const problems = await validateInputs(sandbox, await readProblemPackage(copy));
    expect(problems).toEqual([
      expect.objectContaining({ test: 'secret/02', message: expect.stringMatching(/^rejects the input/) }),
    ]);
  });
});
