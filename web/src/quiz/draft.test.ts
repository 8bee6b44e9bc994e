import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../api/types';
import { emptyDraft, moveItem, responseOf } from './draft';

const question = (kind: QuizQuestion['kind'], extra: Partial<QuizQuestion> = {}): QuizQuestion => ({
  id: 'q',
  topic: 't',
  kind,
  difficulty: 1,
  concept: 'c',
  prompt: 'p',
  ...extra,
});

describe('responseOf', () => {
  it('answers each kind with the field the API takes, and nothing while incomplete', () => {
    const single = question('single', { options: [{ id: 1, text: 'a' }] });
    expect(responseOf(single, emptyDraft(single))).toBeUndefined();
    expect(responseOf(single, { ...emptyDraft(single), options: [1] })).toEqual({ options: [1] });
    const numeric = question('numeric');
    expect(responseOf(numeric, { ...emptyDraft(numeric), text: '0,5' })).toEqual({ value: 0.5 });
    expect(responseOf(numeric, { ...emptyDraft(numeric), text: 'abc' })).toBeUndefined();
    const tf = question('true-false');
    expect(responseOf(tf, { ...emptyDraft(tf), bool: false })).toEqual({ value: false });
    const ordering = question('ordering', {
      items: [
        { id: 3, text: 'c' },
        { id: 1, text: 'a' },
      ],
    });
    expect(responseOf(ordering, emptyDraft(ordering))).toEqual({ order: [3, 1] });
    const short = question('short');
    expect(responseOf(short, { ...emptyDraft(short), text: '  ' })).toBeUndefined();
  });

  it('moves an ordering item one place, and not past either end', () => {
    expect(moveItem([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});
