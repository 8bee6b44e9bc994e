import { symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type PackageIssue,
  ProblemPackageError,
  type ReadPackageOptions,
  readProblemPackage,
} from './index.js';
import { minimalPackage, type TempPackage, writeTempPackage } from './temp-package.js';

const made: TempPackage[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((temp) => temp.remove()));
});

async function temp(files: Record<string, string | null>): Promise<string> {
  const written = await writeTempPackage(files);
  made.push(written);
  return written.dir;
}

/** The issues `readProblemPackage` throws for a package; fails the test if it does not throw. */
async function errorsOf(dir: string, options?: ReadPackageOptions): Promise<PackageIssue[]> {
  const error = await readProblemPackage(dir, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ProblemPackageError);
  return [...(error as ProblemPackageError).issues];
}

const withFiles = (files: Record<string, string | null>) => temp({ ...minimalPackage, ...files });

describe('readProblemPackage errors', () => {
  it('accepts the minimal package the other cases break', async () => {
    const problem = await readProblemPackage(await temp(minimalPackage));
    expect(problem.name).toEqual({ en: 'Echo' });
    expect(problem.testData.cases.map((testCase) => testCase.name)).toEqual(['secret/1']);
  });

  it('reports a missing problem.yaml and missing secret data together', async () => {
    const dir = await temp({
      'problem_statement/problem.en.tex': '\\problemname{Echo}\n',
      'data/sample/1.in': '1\n',
      'data/sample/1.ans': '1\n',
    });
    expect(await errorsOf(dir)).toEqual([
      {
        file: 'problem.yaml',
        message: 'is missing; every package needs one at its root (it may be empty for a legacy package).',
      },
      { file: 'data/secret', message: 'holds no test case; add at least one <name>.in with its <name>.ans.' },
      {
        file: 'problem.yaml',
        message:
          'gives no limits.time_limit and there is no accepted submission to derive it from; add one of them.',
      },
    ]);
  });

  it('names every input without an answer and every answer without an input', async () => {
    const dir = await withFiles({
      'data/secret/2.in': '2\n',
      'data/secret/group/3.ans': '3\n',
      'data/sample/4.in': '4\n',
    });
    expect(await errorsOf(dir)).toEqual([
      { file: 'data/sample/4.in', message: 'has no answer file; add 4.ans next to it.' },
      { file: 'data/secret/2.in', message: 'has no answer file; add 2.ans next to it.' },
      { file: 'data/secret/group/3.ans', message: 'has no input file; add 3.in or remove it.' },
    ]);
  });

  it('refuses links that leave the package, hop by hop, and links that loop', async () => {
    const dir = await withFiles({ 'data/secret/2.ans': 'root\n', 'data/common/x.in': '1\n' });
    await symlink('/etc/passwd', path.join(dir, 'data/secret/2.in'));
    await symlink('../../../etc', path.join(dir, 'data/secret/host'));
    // A chain whose middle hop is outside, even though it comes back in.
    const outside = `${dir}-outside`;
    await symlink(path.join(dir, 'data/common/x.in'), outside);
    made.push({ dir: outside, remove: () => unlink(outside) });
    await symlink(`../../../${path.basename(outside)}`, path.join(dir, 'data/secret/via.in'));
    await symlink('..', path.join(dir, 'data/secret/loop'));
    const only =
      ' only relative links to files inside the package are followed: put a copy of the file there instead.';
    expect(await errorsOf(dir)).toEqual([
      {
        file: 'data/secret/2.in',
        message: `is a symbolic link that points to the absolute path /etc/passwd;${only}`,
      },
      {
        file: 'data/secret/host',
        message: `is a symbolic link that leads outside the package (../../../etc);${only}`,
      },
      { file: 'data/secret/loop', message: 'is a link to a directory that contains it (a loop); remove it.' },
      {
        file: 'data/secret/via.in',
        message: `is a symbolic link that leads outside the package (../../../${path.basename(outside)});${only}`,
      },
      { file: 'data/secret/2.ans', message: 'has no input file; add 2.in or remove it.' },
    ]);
  });

  it('follows relative links that stay inside the package: files, chains, .. and directories', async () => {
    const dir = await withFiles({
      'data/common/big.in': '7\n',
      'data/common/big.ans': '7\n',
      'data/common/more/3.in': '3\n',
      'data/common/more/3.ans': '3\n',
    });
    await symlink('../common/big.in', path.join(dir, 'data/secret/2.in'));
    // A chain: 2.ans -> hop.ans -> ../common/big.ans
    await symlink('big.ans', path.join(dir, 'data/common/hop'));
    await symlink('../common/hop', path.join(dir, 'data/secret/2.ans'));
    await symlink('../common/more', path.join(dir, 'data/secret/group'));
    await symlink('echo.py', path.join(dir, 'submissions/accepted/again.py'));
    const problem = await readProblemPackage(dir).catch((error: ProblemPackageError) => {
      throw new Error(error.message);
    });
    const two = problem.testData.cases.find((test) => test.name === 'secret/2')!;
    expect(two.input).toBe(path.join(dir, 'data/common/big.in'));
    expect(two.answer).toBe(path.join(dir, 'data/common/big.ans'));
    expect(problem.testData.cases.map((test) => test.name)).toContain('secret/group/3');
    expect(problem.submissions.map((submission) => submission.path)).toContain(
      'submissions/accepted/again.py',
    );
  });

  it('rejects a package directory that is itself a link', async () => {
    const dir = await withFiles({});
    const link = `${dir}-link`;
    await symlink(dir, link);
    made.push({ dir: link, remove: () => unlink(link) });
    expect(await errorsOf(link)).toContainEqual({
      file: '.',
      message: `${link} is a symbolic link; pass the package directory itself.`,
    });
  });

  it('rejects files over the configured cap', async () => {
    const dir = await withFiles({ 'data/secret/big.in': 'x'.repeat(2000), 'data/secret/big.ans': '1\n' });
    expect(await errorsOf(dir, { limits: { maxFileBytes: 1024 } })).toEqual([
      {
        file: 'data/secret/big.in',
        message: 'is 2.0 KiB, over the 1.0 KiB limit for one file; make it smaller.',
      },
      { file: 'data/secret/big.ans', message: 'has no input file; add big.in or remove it.' },
    ]);
  });

  it('reports default-validator flags that do not parse, naming the file that set them', async () => {
    const dir = await withFiles({
      'problem.yaml': 'name: Echo\nvalidator_flags: float_tolerance\nlimits:\n  time_limit: 1\n',
      'data/secret/strict/testdata.yaml': 'output_validator_flags: case_sensitiv\n',
      'data/secret/strict/1.in': '1\n',
      'data/secret/strict/1.ans': '1\n',
    });
    expect(await errorsOf(dir)).toEqual([
      {
        file: 'problem.yaml',
        message:
          'has default output validator flags that do not parse: validator flag float_tolerance needs a non-negative number after it, got nothing.',
      },
      {
        file: 'data/secret/strict/testdata.yaml',
        message: expect.stringContaining('unknown validator flag "case_sensitiv"'),
      },
    ]);
  });

  it('reports problem.yaml mistakes: unknown version, bad types and limits, validation without a validator', async () => {
    const legacy = await withFiles({
      'problem.yaml':
        'name: Echo\ntype: scoring\nvalidation: custom score interactiv\nlimits:\n  time_limit: 1\n  memory: -5\n  time_multipliers: {ac_to_time_limit: 2}\n',
    });
    expect(await errorsOf(legacy)).toEqual([
      {
        file: 'problem.yaml',
        message: 'validation modifier "interactiv" is unknown; use interactive, score and/or multi-pass.',
      },
      {
        file: 'problem.yaml',
        message:
          'limits.time_multipliers belongs to the other format version; this package is legacy, so use time_multiplier and time_safety_margin.',
      },
      { file: 'problem.yaml', message: 'limits.memory must be a whole number above 0, got -5.' },
      {
        file: 'problem.yaml',
        message: 'says validation: custom but output_validators/ holds no validator; add one.',
      },
    ]);

    const unknownVersion = await withFiles({
      'problem.yaml': 'problem_format_version: 2031-01\nname: Echo\n',
    });
    expect(await errorsOf(unknownVersion)).toContainEqual({
      file: 'problem.yaml',
      message:
        'problem_format_version "2031-01" is not supported; use 2023-07-draft or leave it out for legacy.',
    });

    const multiPass = await temp({
      'problem.yaml':
        'problem_format_version: 2023-07-draft\nname: Echo\ntype: [submit-answer, pass-fail]\nvalidation: default\n',
      'statement/problem.en.md': '# Echo\n',
      'data/secret/1.in': '1\n',
      'data/secret/1.ans': '1\n',
      'submissions/accepted/echo.py': 'print(input())\n',
    });
    expect(await errorsOf(multiPass)).toEqual([
      {
        file: 'problem.yaml',
        message:
          'type submit-answer is not supported by Winter Arc; use pass-fail, scoring, interactive or multi-pass.',
      },
      {
        file: 'problem.yaml',
        message:
          'validation is a legacy key; in 2023-07-draft put a custom validator in output_validator/, declare interaction with type: interactive, and give flags as output_validator_args in data/testdata.yaml.',
      },
    ]);
  });

  it('reports testdata.yaml keys of the wrong version, scoring keys in pass-fail problems and bad YAML', async () => {
    const dir = await withFiles({
      'data/testdata.yaml': 'output_validator_args: [case_sensitive]\naccept_score: 2\non_reject: stop\n',
      'data/secret/broken/testdata.yaml': 'range: [0\n',
      'data/secret/broken/1.in': '1\n',
      'data/secret/broken/1.ans': '1\n',
    });
    expect(await errorsOf(dir)).toEqual([
      {
        file: 'data/testdata.yaml',
        message:
          'output_validator_args is a 2023-07-draft key; this legacy package uses output_validator_flags.',
      },
      {
        file: 'data/testdata.yaml',
        message: 'accept_score is only for scoring problems; remove it or add type: scoring to problem.yaml.',
      },
      { file: 'data/testdata.yaml', message: 'on_reject must be break or continue, got "stop".' },
      {
        file: 'data/secret/broken/testdata.yaml',
        message: expect.stringMatching(/^is not valid YAML: .*; fix the syntax\.$/),
      },
    ]);
  });

  it('rejects a test case and a group of the same name, and test cases directly in data/', async () => {
    const dir = await withFiles({
      'data/secret/huge.in': '1\n',
      'data/secret/huge.ans': '1\n',
      'data/secret/huge/1.in': '1\n',
      'data/secret/huge/1.ans': '1\n',
      'data/loose.in': '1\n',
    });
    expect(await errorsOf(dir)).toEqual([
      {
        file: 'data/loose.in',
        message: 'is directly in data/; move test cases into data/sample or data/secret.',
      },
      {
        file: 'data/secret/huge',
        message: 'is both a test case (huge.in) and a group directory; rename one of them.',
      },
    ]);
  });

  it('reports validators it cannot build and more than one output validator', async () => {
    const dir = await withFiles({
      'problem.yaml': 'name: Echo\nvalidation: custom\nlimits:\n  time_limit: 1\n',
      'output_validators/a.py': 'import sys\n',
      'output_validators/b.py': 'import sys\n',
      'input_validators/format.ctd': 'INT(1,10) NEWLINE EOF\n',
      'input_validators/mixed/check.py': '',
      'input_validators/mixed/check.java': '',
      'input_validators/scripted/build': '#!/bin/sh\n',
    });
    expect(await errorsOf(dir)).toEqual([
      {
        file: 'output_validators',
        message: 'holds 2 programs (a.py, b.py); Winter Arc runs one output validator, so keep one.',
      },
      {
        file: 'problem.yaml',
        message: 'says validation: custom but output_validators/ holds no validator; add one.',
      },
      {
        file: 'input_validators/mixed',
        message: 'mixes source files of several languages; keep one language per program.',
      },
    ]);
  });

  it('lists every issue in the error message', async () => {
    const dir = await temp({ 'problem.yaml': 'name: [1]\n' });
    const error = await readProblemPackage(dir).catch((thrown: unknown) => thrown);
    expect(String(error)).toMatch(
      /^ProblemPackageError: the problem package has 3 error\(s\):\n {2}problem\.yaml: name must be/,
    );
  });

  it('reports a directory that does not exist', async () => {
    const error = await readProblemPackage('/nonexistent/winterarc-package').catch(
      (thrown: unknown) => thrown,
    );
    expect((error as ProblemPackageError).issues).toEqual([
      {
        file: '.',
        message: expect.stringContaining('/nonexistent/winterarc-package could not be read: ENOENT'),
      },
    ]);
  });
});

describe('readProblemPackage details', () => {
  it('detects TypeScript and directory programs with build scripts, and 2023-07 output_validator/', async () => {
    const dir = await temp({
      'problem.yaml': 'problem_format_version: 2023-07-draft\nname: Echo\ntype: [pass-fail, interactive]\n',
      'statement/problem.en.md': '# Echo\n',
      'output_validator/build': '#!/bin/sh\n',
      'output_validator/interact.rs': 'fn main() {}\n',
      'data/secret/1.in': '1\n',
      'data/secret/1.ans': '1\n',
      'submissions/accepted/echo.ts': 'console.log(1);\n',
      'submissions/accepted/.gitkeep': '',
    });
    const problem = await readProblemPackage(dir);
    expect(problem.interactive).toBe(true);
    expect(problem.outputValidation).toMatchObject({
      kind: 'custom',
      program: {
        name: 'output_validator',
        kind: 'directory',
        hasBuildOrRunScript: true,
        files: ['build', 'interact.rs'],
      },
    });
    expect(problem.submissions.map((submission) => [submission.name, submission.language])).toEqual([
      ['echo.ts', 'typescript'],
    ]);
  });

  it('gives legacy groups the accept_score, range and grader flags of the nearest testdata.yaml', async () => {
    const dir = await withFiles({
      'problem.yaml': 'name: Echo\ntype: scoring\ngrading:\n  objective: min\nlimits:\n  time_limit: 1\n',
      'data/secret/testdata.yaml':
        'grader_flags: min ignore_sample\naccept_score: 5\nrange: 0 +inf\non_reject: continue\n',
      'data/secret/g/testdata.yaml':
        'accept_score: 7\ninput_validator_flags: {name: check, flags: --small}\n',
      'data/secret/g/1.in': '1\n',
      'data/secret/g/1.ans': '1\n',
    });
    const problem = await readProblemPackage(dir);
    expect(problem.objective).toBe('min');
    expect(problem.testData.cases.map((testCase) => [testCase.name, testCase.settings])).toEqual([
      [
        'secret/1',
        expect.objectContaining({
          acceptScore: 5,
          graderFlags: ['min', 'ignore_sample'],
          onReject: 'continue',
        }),
      ],
      [
        'secret/g/1',
        {
          inputValidatorArgs: { kind: 'per-validator', args: { check: ['--small'] } },
          outputValidatorArgs: [],
          onReject: 'continue',
          graderFlags: ['min', 'ignore_sample'],
          acceptScore: 7,
          rejectScore: 0,
          range: { min: 0, max: Number.POSITIVE_INFINITY },
          fullFeedback: false,
        },
      ],
    ]);
  });

  it('takes a bare name for the only statement language, else English', async () => {
    const { 'problem_statement/problem.en.tex': _english, ...rest } = minimalPackage;
    const swedish = await temp({ ...rest, 'problem_statement/problem.sv.tex': '\\problemname{Eko}\n' });
    expect((await readProblemPackage(swedish)).name).toEqual({ sv: 'Echo' });

    const both = await withFiles({ 'problem_statement/problem.sv.md': '# Eko\n' });
    const problem = await readProblemPackage(both);
    expect(problem.name).toEqual({ en: 'Echo' });
    expect(problem.statements.map((statement) => [statement.language, statement.format])).toEqual([
      ['en', 'latex'],
      ['sv', 'markdown'],
    ]);
  });

  it('reports a statement that is not UTF-8', async () => {
    const dir = await withFiles({});
    await writeFile(
      path.join(dir, 'problem_statement/problem.en.tex'),
      Buffer.from([0x5c, 0xff, 0xfe, 0x0a]),
    );
    expect(await errorsOf(dir)).toEqual([
      { file: 'problem_statement/problem.en.tex', message: 'is not valid UTF-8; save it as UTF-8 text.' },
    ]);
  });

  it('stops at the entry cap and reports the total size cap', async () => {
    const dir = await withFiles({ 'data/secret/2.in': '2\n', 'data/secret/2.ans': '2\n' });
    expect(await errorsOf(dir, { limits: { maxEntries: 5 } })).toEqual([
      { file: '.', message: 'has more than 5 files and directories; remove what the problem does not need.' },
    ]);
    expect(await errorsOf(dir, { limits: { maxTotalBytes: 8 } })).toEqual([
      { file: '.', message: 'holds more than 8 bytes of files; make the test data smaller.' },
    ]);
  });

  it('reads 2023-07 test_group.yaml and rejects groups in data/sample and scoring outside secret', async () => {
    const dir = await temp({
      'problem.yaml': 'problem_format_version: 2023-07-draft\nname: Echo\ntype: scoring\n',
      'statement/problem.en.md': '# Echo\n',
      'data/sample/test_group.yaml': 'scoring: {score: 5}\n',
      'data/sample/nested/1.in': '1\n',
      'data/sample/nested/1.ans': '1\n',
      'data/secret/test_group.yaml': 'scoring: {score: 50, aggregation: average}\n',
      'data/secret/1.in': '1\n',
      'data/secret/1.ans': '1\n',
      'submissions/accepted/echo.py': 'print(input())\n',
    });
    expect(await errorsOf(dir)).toEqual([
      {
        file: 'data/sample/test_group.yaml',
        message: 'scoring may only be given for data/secret and its subgroups; move it there.',
      },
      {
        file: 'data/sample/nested',
        message:
          'is a group inside data/sample, which 2023-07-draft does not allow; move its cases up into data/sample.',
      },
      {
        file: 'data/secret/test_group.yaml',
        message: 'scoring.aggregation must be pass-fail, sum or min, got "average".',
      },
    ]);
  });
});
