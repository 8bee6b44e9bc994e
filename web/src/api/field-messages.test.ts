import { describe, expect, it } from 'vitest';
import { humanizeFieldMessages } from './field-messages';

describe('humanizeFieldMessages', () => {
  it('says "is required" once for an empty field reported by length and by pattern', () => {
    expect(humanizeFieldMessages(['must be at least 1 characters long', 'must match pattern "\\S"'])).toEqual(
      ['is required'],
    );
  });

  it('words a whitespace-only value as blank', () => {
    expect(humanizeFieldMessages(['must match pattern "\\S"'])).toEqual(['must not be blank']);
  });

  it('keeps messages that are already readable, without duplicates', () => {
    expect(
      humanizeFieldMessages([
        'must be at least 10 characters long',
        'must be a valid email',
        'must be a valid email',
      ]),
    ).toEqual(['must be at least 10 characters long', 'must be a valid email']);
  });
});
