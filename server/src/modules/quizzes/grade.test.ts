/** Grading: each kind's right answer is right, near misses are wrong, malformed answers are refused. */
import { describe, expect, it } from 'vitest';
import { isCorrect, responseProblem } from './grade.js';
import { normaliseOutput, normaliseText, withinTolerance } from './normalise.js';
import type { Question, QuestionSpec } from './question.js';
import { shuffledFor } from './shuffle.js';

const base = {
  id: 'q-id',
  topic: 't',
  difficulty: 1,
  concept: 'c',
  prompt: 'p',
  explanation: 'e',
  references: [],
};
const options = (...correct: boolean[]) => correct.map((c, i) => ({ text: `option ${i}`, correct: c }));
const make = (spec: QuestionSpec, opts = options()): Question => ({
  ...base,
  kind: spec.kind,
  spec,
  options: opts,
});

describe('isCorrect', () => {
  it('single and multiple: exactly the correct set, in any order', () => {
    const single = make({ kind: 'single' }, options(false, true, false));
    expect(isCorrect(single, { options: [2] })).toBe(true);
    expect(isCorrect(single, { options: [1] })).toBe(false);
    const multiple = make({ kind: 'multiple' }, options(true, false, true));
    expect(isCorrect(multiple, { options: [3, 1] })).toBe(true);
    expect(isCorrect(multiple, { options: [1] })).toBe(false);
    expect(isCorrect(multiple, { options: [1, 2, 3] })).toBe(false);
  });

  it('numeric: within the absolute or relative tolerance, and not beyond it', () => {
    const absolute = make({ kind: 'numeric', answer: 0.999, tolerance: { absolute: 0.0005 } });
    expect(isCorrect(absolute, { value: 0.9994 })).toBe(true);
    expect(isCorrect(absolute, { value: 0.998 })).toBe(false);
    const relative = make({ kind: 'numeric', answer: 2000, tolerance: { relative: 0.01 } });
    expect(isCorrect(relative, { value: 1980 })).toBe(true);
    expect(isCorrect(relative, { value: 1979 })).toBe(false);
    expect(
      isCorrect(make({ kind: 'numeric', answer: 0.3, tolerance: { absolute: 0 } }), { value: 0.1 + 0.2 }),
    ).toBe(true);
  });

  it('short: any accepted alternative after case, spaces and a final period are normalised', () => {
    const short = make({ kind: 'short', accept: ['409', '409 Conflict'] });
    for (const text of ['409', ' 409  conflict. ', '409 CONFLICT'])
      expect(isCorrect(short, { text }), text).toBe(true);
    for (const text of ['412', '', '409 Conflicts']) expect(isCorrect(short, { text }), text).toBe(false);
  });

  it('code-output: line by line, ignoring trailing spaces and final newlines', () => {
    const code = make({ kind: 'code-output', language: 'python', code: 'x', answer: 'created\nstart\n1\n' });
    expect(isCorrect(code, { text: 'created  \r\nstart\n1' })).toBe(true);
    expect(isCorrect(code, { text: 'created start 1' })).toBe(false);
    expect(isCorrect(code, { text: ' created\nstart\n1' })).toBe(false);
  });

  it('ordering and true-false: exactly the stated order and value', () => {
    const ordering = make({ kind: 'ordering', items: ['a', 'b', 'c'] });
    expect(isCorrect(ordering, { order: [1, 2, 3] })).toBe(true);
    expect(isCorrect(ordering, { order: [1, 3, 2] })).toBe(false);
    expect(isCorrect(make({ kind: 'true-false', answer: false }), { value: false })).toBe(true);
    expect(isCorrect(make({ kind: 'true-false', answer: false }), { value: true })).toBe(false);
  });
});

describe('responseProblem', () => {
  it('names the field a kind takes and refuses out-of-range or repeated ids', () => {
    const single = make({ kind: 'single' }, options(true, false, false));
    expect(responseProblem(single, { value: true })).toMatch(/takes "options"/);
    expect(responseProblem(single, { options: [4] })).toMatch(/numbered 1 to 3/);
    expect(responseProblem(single, { options: [1, 2] })).toMatch(/exactly one/);
    expect(
      responseProblem(make({ kind: 'multiple' }, options(true, true, false)), { options: [1, 1] }),
    ).toMatch(/twice/);
    expect(responseProblem(make({ kind: 'ordering', items: ['a', 'b'] }), { order: [1, 1] })).toMatch(
      /each item id 1 to 2 once/,
    );
    expect(
      responseProblem(make({ kind: 'numeric', answer: 1, tolerance: { absolute: 0 } }), { value: true }),
    ).toMatch(/number/);
    expect(responseProblem(single, { options: [1] })).toBeUndefined();
  });
});

describe('normalising and shuffling', () => {
  it('normalises text and output the documented way', () => {
    expect(normaliseText('  Hello   World. ')).toBe('hello world');
    expect(normaliseOutput('a  \nb\n\n')).toBe('a\nb');
    expect(withinTolerance(Number.NaN, 1, { absolute: 1 })).toBe(false);
  });

  it('shuffles to a permutation fixed by the attempt id and salt', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const a = shuffledFor(items, 'attempt-1', 'q');
    expect(shuffledFor(items, 'attempt-1', 'q')).toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    const others = ['attempt-2', 'attempt-3', 'attempt-4'].map((id) => shuffledFor(items, id, 'q').join());
    expect(others.some((order) => order !== a.join())).toBe(true);
  });
});
