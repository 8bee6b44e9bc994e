import { describe, expect, it } from 'vitest';
import { formatWait } from './duration';
import { splitInlineCode } from './inline-code';

describe('splitInlineCode', () => {
  it('separates `code` from prose', () => {
    expect(splitInlineCode('Use `bisect.bisect_left` or `sorted`.')).toEqual([
      { text: 'Use ', code: false },
      { text: 'bisect.bisect_left', code: true },
      { text: ' or ', code: false },
      { text: 'sorted', code: true },
      { text: '.', code: false },
    ]);
  });

  it('keeps an unpaired backtick as text', () => {
    expect(splitInlineCode('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
  });

  it('returns nothing for an empty string', () => {
    expect(splitInlineCode('')).toEqual([]);
  });
});

describe('formatWait', () => {
  it.each([
    [0, '0 s'],
    [1.2, '2 s'],
    [59, '59 s'],
    [60, '1 min'],
    [65, '1 min 5 s'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
  ])('%s seconds → %s', (seconds, expected) => {
    expect(formatWait(seconds)).toBe(expected);
  });
});
