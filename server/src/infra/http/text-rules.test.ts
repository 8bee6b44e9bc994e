import { describe, expect, it } from 'vitest';
import { isPlainText, isStorableDateTime } from './text-rules.js';

describe('plain text', () => {
  it('accepts any well-formed text, emoji (surrogate pairs) included', () => {
    for (const text of ['', 'Ada', 'déjà vu', '日本語', '😀 pairs 👍🏽', 'tab\tand\nnewline']) {
      expect(isPlainText(text), text).toBe(true);
    }
  });

  it('refuses NUL and unpaired surrogates, wherever they are', () => {
    for (const text of ['\u0000', 'a\u0000b', '\uD800', 'x\uD83D', '\uDC00y', 'a\uDE00\uD83Db']) {
      expect(isPlainText(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('storable date-times', () => {
  it('accepts RFC 3339 instants from year 0001 to 9999', () => {
    for (const value of [
      '2026-12-02T05:49:21Z',
      '2026-12-02T05:49:21.123456+05:30',
      '2024-02-29T00:00:00Z',
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
    ]) {
      expect(isStorableDateTime(value), value).toBe(true);
    }
  });

  it('refuses year 0, instants outside the years 1-9999, leap seconds and days that do not exist', () => {
    for (const value of [
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00+01:00',
      '9999-12-31T23:59:59-01:00',
      '+275760-09-13T00:00:00.000Z',
      '2026-12-31T23:59:60Z',
      '2023-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-01',
      '2026-01-01T00:00:00',
      'yesterday',
    ]) {
      expect(isStorableDateTime(value), value).toBe(false);
    }
  });
});
