import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths inside the app', () => {
    expect(safeNextPath('/topics/algo-sorting')).toBe('/topics/algo-sorting');
    expect(safeNextPath('/me')).toBe('/me');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'me']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
