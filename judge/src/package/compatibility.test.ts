/**
 * Packages written for other judges load as their authors wrote them: Checktestdata/VIVA input
 * validators, 2023-07 packages with legacy testdata.yaml keys, DOMjudge's time limit files and
 * expected results.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readProblemPackage } from './read-problem-package.js';
import { minimalPackage, type TempPackage, writeTempPackage } from './temp-package.js';

const made: TempPackage[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((temp) => temp.remove()));
});

async function read(files: Record<string, string>) {
  const written = await writeTempPackage({ ...minimalPackage, ...files });
  made.push(written);
  return readProblemPackage(written.dir);
}

describe('packages written for other judges', () => {
  it('skips Checktestdata and VIVA input validators with a warning and keeps the others', async () => {
    const problem = await read({
      'input_validators/format.ctd': 'INT(1,10) NEWLINE EOF\n',
      'input_validators/viva/format.viva': 'integer n;\n',
      'input_validators/check.py': 'import sys\nsys.exit(42)\n',
    });
    expect(problem.inputValidators.map((validator) => validator.path)).toEqual(['input_validators/check.py']);
    expect(problem.warnings.map((warning) => warning.file)).toEqual(
      expect.arrayContaining(['input_validators/format.ctd', 'input_validators/viva']),
    );
    expect(problem.warnings.find((w) => w.file === 'input_validators/format.ctd')?.message).toMatch(
      /Checktestdata or VIVA script, which Winter Arc does not run; it was skipped/,
    );
  });

  it('loads a 2023-07 package with legacy testdata.yaml keys, with warnings, reading the flags', async () => {
    const problem = await read({
      'problem.yaml': 'problem_format_version: 2023-07-draft\nname: Echo\nlimits:\n  time_limit: 1\n',
      'statement/problem.en.md': 'Print the input.\n',
      'data/testdata.yaml':
        'output_validator_flags: case_sensitive\non_reject: continue\ngrader_flags: min\n',
    });
    expect(problem.testData.cases[0]!.outputValidatorArgs).toEqual(['case_sensitive']);
    expect(problem.warnings).toEqual(
      expect.arrayContaining([
        {
          file: 'data/testdata.yaml',
          message: 'output_validator_flags is a legacy key, read as output_validator_args; rename it.',
        },
        {
          file: 'data/testdata.yaml',
          message: 'on_reject is a legacy key and was ignored; 2023-07-draft has no such setting.',
        },
        {
          file: 'data/testdata.yaml',
          message: 'grader_flags is a legacy key and was ignored; this 2023-07-draft package uses scoring.',
        },
      ]),
    );
  });

  it('takes DOMjudge’s time limit from .timelimit, or from domjudge-problem.ini before it', async () => {
    const noLimit = 'name: Echo\n';
    expect((await read({ 'problem.yaml': noLimit, '.timelimit': '2.5\n' })).limits.timeLimit).toBe(2.5);
    const ini = await read({
      'problem.yaml': '',
      '.timelimit': '2\n',
      'domjudge-problem.ini': "probid = A\nname = 'Echo Twice'\ntimelimit = 3\nspecial_compare = float\n",
    });
    expect(ini.limits.timeLimit).toBe(3);
    expect(ini.name).toEqual({ en: 'Echo Twice' });
    expect(ini.warnings).toContainEqual({
      file: 'domjudge-problem.ini',
      message:
        'special_compare names an executable of a DOMjudge installation and was ignored; put the program in output_validators/.',
    });
    // problem.yaml wins, with a warning naming both.
    const both = await read({ '.timelimit': '4\n' });
    expect(both.limits.timeLimit).toBe(1);
    expect(both.warnings).toContainEqual({
      file: '.timelimit',
      message: "says 4 s but problem.yaml's limits.time_limit says 1 s; problem.yaml's is used.",
    });
  });

  it('reads DOMjudge’s verdict folders, @EXPECTED_RESULTS@ and .c++ sources', async () => {
    const problem = await read({
      'submissions/mixed/either.py': '# @EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT\nprint(0)\n',
      'submissions/mixed/untagged.py': 'print(0)\n',
      'submissions/compiler_error/broken.c++': 'int main( {\n',
      'submissions/no_output/silent.py': 'pass\n',
      'submissions/slow_accepted/slow.py': 'print(input())\n',
      'submissions/wrong_answer/crash.py': '/* @EXPECTED_RESULTS@: RUN-ERROR */\n',
    });
    const byName = new Map(problem.submissions.map((s) => [s.name, s]));
    expect(byName.get('either.py')).toMatchObject({ expected: 'mixed', expectedResults: ['WA', 'TLE'] });
    expect(byName.get('broken.c++')).toMatchObject({ expected: 'compiler_error', language: 'cpp' });
    expect(byName.get('silent.py')).toMatchObject({ expected: 'no_output' });
    expect(byName.get('slow.py')).toMatchObject({ expected: 'slow_accepted' });
    // The tag decides over the folder; a run-time error allows a memory-limit kill too.
    expect(byName.get('crash.py')).toMatchObject({
      expected: 'wrong_answer',
      expectedResults: ['RE', 'MLE'],
    });
    expect(byName.has('untagged.py')).toBe(false);
    expect(problem.warnings).toContainEqual({
      file: 'submissions/mixed/untagged.py',
      message:
        'was left out of the self-test: a submission in mixed/ must say what it expects with @EXPECTED_RESULTS@: in its source.',
    });
  });

  it('refuses an @EXPECTED_RESULTS@ that names no DOMjudge result', async () => {
    await expect(read({ 'submissions/mixed/x.py': '# @EXPECTED_RESULTS@: SLOW\n' })).rejects.toThrow(
      /submissions\/mixed\/x\.py: @EXPECTED_RESULTS@ names SLOW; use CORRECT/,
    );
  });

  it('reads multi-pass problems in both versions, with validation_passes', async () => {
    const legacy = await read({
      'problem.yaml':
        'name: Echo\nvalidation: custom multi-pass\nlimits:\n  time_limit: 1\n  validation_passes: 3\n',
      'output_validators/check.py': 'import sys\nsys.exit(42)\n',
    });
    expect(legacy).toMatchObject({ multiPass: true, limits: { validationPasses: 3 } });
    const draft = await read({
      'problem.yaml':
        'problem_format_version: 2023-07-draft\nname: Echo\ntype: multi-pass\nlimits:\n  time_limit: 1\n',
      'output_validator/check.py': 'import sys\nsys.exit(42)\n',
    });
    expect(draft).toMatchObject({ multiPass: true, limits: { validationPasses: 2 } });
    await expect(
      read({ 'problem.yaml': 'problem_format_version: 2023-07-draft\nname: Echo\ntype: multi-pass\n' }),
    ).rejects.toThrow(/a multi-pass problem needs a custom output validator/);
    await expect(
      read({
        'problem.yaml': 'name: Echo\nvalidation: custom multi-pass\nlimits:\n  validation_passes: 1\n',
      }),
    ).rejects.toThrow(/validation_passes must be a whole number of at least 2/);
  });
});
