import { describe, expect, it } from 'vitest';
import { asVerdict, completionOf, queuePlaceText } from './domain.js';

describe('completion', () => {
  it('is done over the topics not skipped', () => {
    expect(completionOf(['done', 'done', 'todo', 'skipped', 'learning'])).toEqual({
      total: 5,
      done: 2,
      learning: 1,
      skipped: 1,
      percent: 50,
    });
  });

  it('rounds down so 100% means everything is done', () => {
    expect(completionOf(['done', 'done', 'todo']).percent).toBe(66);
    expect(completionOf(Array(199).fill('done').concat('todo')).percent).toBe(99);
  });

  it('is 100% when every topic was skipped and 0% for an empty set of nothing done', () => {
    expect(completionOf(['skipped', 'skipped']).percent).toBe(100);
    expect(completionOf(['todo']).percent).toBe(0);
  });
});

describe('asVerdict', () => {
  it('keeps a known verdict and turns anything else into null', () => {
    expect(asVerdict('TLE')).toBe('TLE');
    expect(asVerdict('Accepted')).toBeNull();
    expect(asVerdict(null)).toBeNull();
  });
});

describe('queuePlaceText', () => {
  it('reads as a learner would say it, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(queuePlaceText)).toEqual([
      'next in queue',
      '2nd in queue',
      '3rd in queue',
      '4th in queue',
      '11th in queue',
      '12th in queue',
      '13th in queue',
      '21st in queue',
      '22nd in queue',
      '101st in queue',
      '111th in queue',
    ]);
  });
});
