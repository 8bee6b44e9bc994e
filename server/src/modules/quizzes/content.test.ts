/**
 * The quiz loader refuses every mistake the format forbids, each reported with its file, the question
 * id, what is wrong and what to do; a correct file of every kind loads.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadQuizContent, QuizContentError } from './content.js';

const topics = new Set(['py-data-types', 'algo-sorting']);

const single = {
  id: 'py-single-one',
  kind: 'single',
  difficulty: 2,
  concept: 'a concept',
  prompt: 'Which one?',
  options: [
    { text: 'Right', correct: true },
    { text: 'Wrong A', correct: false, why: 'A misconception.' },
    { text: 'Wrong B', correct: false, why: 'Another misconception.' },
  ],
  explanation: 'Because.',
};

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winterarc-quizzes-'));
  for (const [name, data] of Object.entries(files))
    writeFileSync(path.join(dir, name), typeof data === 'string' ? data : stringify(data));
  return dir;
}

async function mistakesOf(files: Record<string, unknown>): Promise<string[]> {
  try {
    await loadQuizContent(folder(files), topics);
  } catch (error) {
    if (error instanceof QuizContentError) return error.mistakes;
    throw error;
  }
  return [];
}

const quiz = (...questions: unknown[]) => ({ 'py-data-types.yaml': { topic: 'py-data-types', questions } });

describe('loadQuizContent', () => {
  it('loads every kind of question, with numbers in `accept` read as text', async () => {
    const dir = folder({
      ...quiz(
        single,
        {
          ...single,
          id: 'py-multi',
          kind: 'multiple',
          options: single.options.map((o) => ({ ...o, correct: o.text !== 'Wrong B', why: 'x' })),
        },
        {
          id: 'py-tf',
          kind: 'true-false',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          answer: false,
          explanation: 'e',
        },
        {
          id: 'py-order',
          kind: 'ordering',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          items: ['a', 'b', 'c'],
          explanation: 'e',
        },
        {
          id: 'py-num',
          kind: 'numeric',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          answer: 0.5,
          tolerance: { relative: 0.01 },
          formula: '1 / 2',
          unit: 's',
          explanation: 'e',
        },
        {
          id: 'py-short',
          kind: 'short',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          accept: [409, '409 Conflict'],
          explanation: 'e',
        },
        {
          id: 'py-code',
          kind: 'code-output',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          language: 'python',
          code: 'print(1)',
          answer: 1,
          explanation: 'e',
        },
      ),
      '_coverage.yaml': { minimum: {}, everyTopic: false },
      'README.md': '# not a quiz',
    });
    const { questions, files } = await loadQuizContent(dir, topics);
    expect(questions.map((q) => q.kind)).toEqual([
      'single',
      'multiple',
      'true-false',
      'ordering',
      'numeric',
      'short',
      'code-output',
    ]);
    expect(questions.find((q) => q.kind === 'short')!.spec).toEqual({
      kind: 'short',
      accept: ['409', '409 Conflict'],
    });
    expect(questions.find((q) => q.kind === 'code-output')!.spec).toMatchObject({ answer: '1' });
    expect([...files.keys()]).toEqual(['py-data-types']);
  });

  it('names the file, the question and the fix for each broken rule, all at once', async () => {
    const mistakes = await mistakesOf(
      quiz(
        { ...single, id: 'two-right', options: single.options.map((o) => ({ ...o, correct: true })) },
        {
          ...single,
          id: 'no-why',
          options: [...single.options.slice(0, 2), { text: 'Wrong C', correct: false }],
        },
        {
          ...single,
          id: 'same-text',
          options: [...single.options, { text: '  wrong   a. ', correct: false, why: 'x' }],
        },
        { ...single, id: 'two-options', options: single.options.slice(0, 2) },
        {
          id: 'bad-order',
          kind: 'ordering',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          items: ['only'],
          explanation: 'e',
        },
        {
          id: 'no-tolerance',
          kind: 'numeric',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          answer: 3,
          explanation: 'e',
        },
        {
          id: 'empty-short',
          kind: 'short',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          accept: ['  .  '],
          explanation: 'e',
        },
        {
          id: 'ruby-code',
          kind: 'code-output',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          language: 'ruby',
          code: 'p 1',
          answer: '1',
          explanation: 'e',
        },
        {
          id: 'stray-field',
          kind: 'true-false',
          difficulty: 1,
          concept: 'c',
          prompt: 'p',
          answer: true,
          items: ['a', 'b'],
          explanation: 'e',
        },
        single,
        { ...single },
      ),
    );
    const about = (id: string) => mistakes.filter((m) => m.includes(`question "${id}"`)).join('\n');
    for (const m of mistakes)
      expect(m).toMatch(/^winterarc-quizzes-\w+\/py-data-types\.yaml, question "[a-z-]+": /);
    expect(about('two-right')).toMatch(/3 options are marked correct: exactly one must be/);
    expect(about('no-why')).toMatch(
      /option 3 \("Wrong C"\) is wrong but has no "why": name the misconception/,
    );
    expect(about('same-text')).toMatch(/two options read "wrong a".*make every option distinct/);
    expect(about('two-options')).toMatch(/"options" has 2 entries: give 3 to 6/);
    expect(about('bad-order')).toMatch(/"items" has 1 entries: list 2 to 8/);
    expect(about('no-tolerance')).toMatch(/"tolerance" is missing/);
    expect(about('empty-short')).toMatch(/"accept.0" is empty after normalising/);
    expect(about('ruby-code')).toMatch(
      /language must be equal to one of the allowed values: python \| javascript/,
    );
    expect(about('stray-field')).toMatch(/"items" does not belong to a true-false question: remove it/);
    expect(mistakes.join('\n')).toMatch(
      /question "py-single-one": the id is also used in .*py-data-types\.yaml/,
    );
  });

  it('refuses a duplicate id across files, a file not named for its topic, and a topic not on the roadmap', async () => {
    const mistakes = await mistakesOf({
      ...quiz(single),
      'algo-sorting.yaml': { topic: 'algo-sorting', questions: [single] },
      'misnamed.yaml': { topic: 'py-data-types', questions: [{ ...single, id: 'other-id' }] },
      'not-a-topic.yaml': { topic: 'not-a-topic', questions: [{ ...single, id: 'third-id' }] },
      'old.yml': 'topic: x',
    });
    expect(mistakes.join('\n')).toMatch(
      /py-data-types\.yaml, question "py-single-one": the id is also used in .*algo-sorting\.yaml/,
    );
    expect(mistakes.join('\n')).toMatch(
      /misnamed\.yaml: topic is "py-data-types" but the file is named for "misnamed"/,
    );
    expect(mistakes.join('\n')).toMatch(/not-a-topic\.yaml: "not-a-topic" is not a roadmap topic/);
    expect(mistakes.join('\n')).toMatch(/old\.yml: a quiz file must be named <topic-slug>\.yaml/);
  });

  it('reports YAML that does not parse, and unknown fields with a hint', async () => {
    const mistakes = await mistakesOf({
      'py-data-types.yaml': 'topic: py-data-types\nquestions: [\n',
      'algo-sorting.yaml': { topic: 'algo-sorting', questions: [{ ...single, explaination: 'typo' }] },
    });
    expect(mistakes.join('\n')).toMatch(/py-data-types\.yaml: is not valid YAML/);
    expect(mistakes.join('\n')).toMatch(/"explaination": remove it or check its spelling/);
  });

  it('has no quizzes, and no error, when the folder does not exist', async () => {
    expect(await loadQuizContent(path.join(tmpdir(), 'winterarc-no-such-folder'), topics)).toMatchObject({
      questions: [],
    });
  });
});
