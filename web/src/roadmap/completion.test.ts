import { describe, expect, it } from 'vitest';
import { completionOf, describeCompletion } from './completion';

describe('completionOf', () => {
  it('counts each status and takes skipped topics out of the percentage', () => {
    expect(completionOf(['done', 'done', 'learning', 'skipped', 'todo'])).toEqual({
      total: 5,
      done: 2,
      learning: 1,
      skipped: 1,
      percent: 50,
    });
  });

  it('rounds down, as the server does', () => {
    expect(completionOf(['done', 'todo', 'todo']).percent).toBe(33);
  });

  it('is 100% when everything was skipped', () => {
    expect(completionOf(['skipped', 'skipped']).percent).toBe(100);
  });
});

describe('describeCompletion', () => {
  it('names only the counts that are not zero', () => {
    expect(describeCompletion(completionOf(['done', 'todo']))).toBe('1/2 done');
    expect(describeCompletion(completionOf(['done', 'learning', 'skipped']))).toBe(
      '1/3 done · 1 learning · 1 skipped',
    );
  });

  it('says when a week has no topics yet', () => {
    expect(describeCompletion(completionOf([]))).toBe('No topics yet');
  });
});
