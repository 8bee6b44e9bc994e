import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readProblemPackage } from './index.js';
import type { TestCase, TestGroup } from './types.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The tree of groups as names, to assert order and nesting at a glance. */
const outline = (group: TestGroup): unknown[] =>
  group.children.map((child) => (child.kind === 'case' ? child.name : { [child.name]: outline(child) }));

const caseNamed = (cases: TestCase[], name: string) => {
  const found = cases.find((testCase) => testCase.name === name);
  if (found === undefined) throw new Error(`no test case ${name}`);
  return found;
};

describe('readProblemPackage: legacy pass-fail package', () => {
  it('reads metadata with the legacy defaults and takes the name from \\problemname', async () => {
    const problem = await readProblemPackage(fixture('legacy-pass-fail'));
    expect(problem).toMatchObject({
      formatVersion: 'legacy',
      name: { en: 'Sum of Two' },
      scoring: false,
      interactive: false,
      outputValidation: { kind: 'default' },
    });
    expect(problem.limits).toEqual({
      acToTimeLimit: 3,
      timeLimitToTle: 2,
      timeResolution: 1,
      memoryMiB: 512,
      outputMiB: 8,
      validationPasses: 2,
    });
    expect(problem.limits.timeLimit).toBeUndefined();
    expect(problem.statements).toEqual([
      {
        language: 'en',
        format: 'latex',
        path: 'problem_statement/problem.en.tex',
        text: '\\problemname{Sum of Two}\nRead two numbers and print their sum.\n',
      },
    ]);
  });

  it('orders test cases by name, ignores annotations and passes validator_flags to every case', async () => {
    const { testData } = await readProblemPackage(fixture('legacy-pass-fail'));
    expect(testData.cases.map((testCase) => testCase.name)).toEqual([
      'sample/1',
      'sample/2',
      'secret/01',
      'secret/02',
      'secret/10',
    ]);
    const first = caseNamed(testData.cases, 'secret/01');
    expect(first.input).toBe(`${fixture('legacy-pass-fail')}/data/secret/01.in`);
    expect(first.answer).toBe(`${fixture('legacy-pass-fail')}/data/secret/01.ans`);
    expect(first.outputValidatorArgs).toEqual(['float_tolerance', '1e-6']);
    expect(first.defaultValidator).toEqual({
      caseSensitive: false,
      spaceChangeSensitive: false,
      floatAbsoluteTolerance: 1e-6,
      floatRelativeTolerance: 1e-6,
    });
    expect(first.settings).toEqual({
      inputValidatorArgs: { kind: 'all', args: [] },
      outputValidatorArgs: [],
      onReject: 'break',
      graderFlags: [],
      acceptScore: 1,
      rejectScore: 0,
      range: { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY },
      fullFeedback: false,
    });
    expect(caseNamed(testData.cases, 'sample/1').settings.fullFeedback).toBe(true);
  });

  it('lists one submission per verdict directory with its language, and leaves out non-source files', async () => {
    const problem = await readProblemPackage(fixture('legacy-pass-fail'));
    expect(
      problem.submissions.map(({ path, expected, language, kind }) => ({ path, expected, language, kind })),
    ).toEqual([
      { path: 'submissions/accepted/sum.cpp', expected: 'accepted', language: 'cpp', kind: 'file' },
      { path: 'submissions/accepted/sum.py', expected: 'accepted', language: 'python', kind: 'file' },
      {
        path: 'submissions/run_time_error/Main.java',
        expected: 'run_time_error',
        language: 'java',
        kind: 'file',
      },
      {
        path: 'submissions/time_limit_exceeded/spin.c',
        expected: 'time_limit_exceeded',
        language: 'c',
        kind: 'file',
      },
      {
        path: 'submissions/wrong_answer/difference.py',
        expected: 'wrong_answer',
        language: 'python',
        kind: 'file',
      },
    ]);
    expect(problem.inputValidators).toEqual([
      expect.objectContaining({
        name: 'validate.py',
        path: 'input_validators/validate.py',
        language: 'python',
      }),
    ]);
    expect(problem.warnings).toEqual([
      {
        file: 'submissions/accepted/README.md',
        message: expect.stringContaining('was left out of the self-test: it is in no supported language'),
      },
    ]);
  });
});

describe('readProblemPackage: 2023-07-draft scoring package', () => {
  it('reads the name map, the 2023-07 limits and warns about unknown keys such as function', async () => {
    const problem = await readProblemPackage(fixture('draft-scoring'));
    expect(problem).toMatchObject({
      formatVersion: '2023-07-draft',
      name: { en: 'Longest Climb', sv: 'Längsta klättringen' },
      uuid: '6f1c3c1e-6a53-4a51-9a55-0c1f1e0b2a7d',
      scoring: true,
      interactive: false,
    });
    expect(problem.limits).toEqual({
      timeLimit: 2.5,
      acToTimeLimit: 3,
      timeLimitToTle: 1.5,
      timeResolution: 1,
      memoryMiB: 2048,
      outputMiB: 16,
      validationPasses: 2,
    });
    expect(problem.statements.map(({ language, format, path }) => ({ language, format, path }))).toEqual([
      { language: 'en', format: 'markdown', path: 'statement/problem.en.md' },
      { language: 'sv', format: 'markdown', path: 'statement/problem.sv.md' },
    ]);
    expect(problem.warnings).toEqual([
      {
        file: 'problem.yaml',
        message: 'key function is not part of the 2023-07-draft format and was ignored.',
      },
    ]);
  });

  it('nests groups in name order, cases before later-named groups', async () => {
    const { testData } = await readProblemPackage(fixture('draft-scoring'));
    expect(outline(testData.sample)).toEqual(['sample/01']);
    expect(outline(testData.secret)).toEqual([
      { 'secret/group1': ['secret/group1/01', 'secret/group1/02'] },
      { 'secret/group2': ['secret/group2/05', { 'secret/group2/deep': ['secret/group2/deep/a'] }] },
    ]);
    expect(testData.cases.map((testCase) => testCase.name)).toEqual([
      'sample/01',
      'secret/group1/01',
      'secret/group1/02',
      'secret/group2/05',
      'secret/group2/deep/a',
    ]);
  });

  it('inherits testdata.yaml key by key, but never scoring', async () => {
    const { testData } = await readProblemPackage(fixture('draft-scoring'));
    expect(testData.secret.settings.scoring).toEqual({ score: 100, aggregation: 'sum', requirePass: [] });
    expect(testData.sample.settings.scoring).toBeUndefined();

    const group1 = caseNamed(testData.cases, 'secret/group1/01');
    expect(group1.settings.scoring).toEqual({ score: 30, aggregation: 'pass-fail', requirePass: [] });
    expect(group1.settings.inputValidatorArgs).toEqual({ kind: 'all', args: ['--max-n', '10'] });
    expect(group1.outputValidatorArgs).toEqual(['float_tolerance', '1e-4']);
    expect(group1.defaultValidator).toMatchObject({ floatAbsoluteTolerance: 1e-4, caseSensitive: false });

    const group2 = caseNamed(testData.cases, 'secret/group2/05');
    expect(group2.settings.scoring).toEqual({
      score: 70,
      aggregation: 'min',
      requirePass: ['secret/group1'],
    });
    expect(group2.settings.inputValidatorArgs).toEqual({ kind: 'all', args: ['--max-n', '1000'] });
    expect(group2.settings.fullFeedback).toBe(true);
    expect(group2.defaultValidator).toEqual({ caseSensitive: true, spaceChangeSensitive: false });

    const deep = caseNamed(testData.cases, 'secret/group2/deep/a');
    expect(deep.settings.scoring).toEqual({ aggregation: 'pass-fail', requirePass: [] });
    expect(deep.settings.inputValidatorArgs).toEqual({
      kind: 'per-validator',
      args: { validate: ['--sorted'] },
    });
    expect(deep.outputValidatorArgs).toEqual(['case_sensitive']);
    expect(deep.settings.fullFeedback).toBe(true);
  });

  it('reads rejected and brute_force submissions, including a directory submission', async () => {
    const { submissions } = await readProblemPackage(fixture('draft-scoring'));
    expect(
      submissions.map(({ name, expected, language, kind, files }) => ({
        name,
        expected,
        language,
        kind,
        files,
      })),
    ).toEqual([
      { name: 'climb.py', expected: 'accepted', language: 'python', kind: 'file', files: ['climb.py'] },
      {
        name: 'exhaustive',
        expected: 'brute_force',
        language: 'python',
        kind: 'directory',
        files: ['__main__.py', 'search.py'],
      },
      { name: 'one.js', expected: 'rejected', language: 'javascript', kind: 'file', files: ['one.js'] },
    ]);
  });
});

describe('readProblemPackage: legacy interactive package', () => {
  it('finds the custom validator directory and attaches sample interactions', async () => {
    const problem = await readProblemPackage(fixture('legacy-interactive'));
    expect(problem.interactive).toBe(true);
    expect(problem.limits.timeLimit).toBe(1);
    expect(problem.outputValidation).toEqual({
      kind: 'custom',
      score: false,
      program: {
        name: 'interactor',
        path: 'output_validators/interactor',
        absolutePath: `${fixture('legacy-interactive')}/output_validators/interactor`,
        kind: 'directory',
        files: ['interactor.c', 'protocol.h'],
        language: 'c',
        hasBuildOrRunScript: false,
      },
    });
    const [sample, secret] = problem.testData.cases;
    expect(sample?.interaction).toBe(`${fixture('legacy-interactive')}/data/sample/1.interaction`);
    expect(sample?.defaultValidator).toBeUndefined();
    expect(secret?.interaction).toBeUndefined();
    expect(problem.testData.sample.interactions).toEqual([
      { name: 'sample/lucky', path: `${fixture('legacy-interactive')}/data/sample/lucky.interaction` },
    ]);
    expect(problem.warnings.map((warning) => warning.file)).toEqual(['input_validators']);
  });
});
