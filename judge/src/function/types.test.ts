import { describe, expect, it } from 'vitest';
import { valuesMatch } from './compare.js';
import { formatType, parseType, TypeSyntaxError, typeMismatch } from './types.js';

describe('function signature types', () => {
  it('parse and print nested types', () => {
    expect(parseType('list< list<int> >')).toEqual({
      kind: 'list',
      of: { kind: 'list', of: { kind: 'int' } },
    });
    expect(formatType(parseType('map<list<float>>'))).toBe('map<list<float>>');
  });

  it('refuse unknown or unbalanced types with the place of the mistake', () => {
    expect(() => parseType('lst<int>')).toThrow(TypeSyntaxError);
    expect(() => parseType('list<int')).toThrow(/expected ">"/);
    expect(() => parseType('list')).toThrow(/needs an element type/);
  });

  it('check test data against the signature, naming the bad element', () => {
    expect(typeMismatch([[1, 2], [3]], parseType('list<list<int>>'))).toBeUndefined();
    expect(typeMismatch([[1, 2], [3.5]], parseType('list<list<int>>'))).toBe(
      'value[1][0] should be an integer, got 3.5',
    );
    expect(typeMismatch([1, null, 2], parseType('binary_tree'))).toBeUndefined();
    expect(typeMismatch({ a: 'x' }, parseType('map<int>'))).toMatch(/value\.a should be an integer/);
  });
});

describe('comparing returned values', () => {
  it('compares floats with a tolerance, everything else exactly', () => {
    expect(valuesMatch([0.1 + 0.2], [0.3], parseType('list<float>'))).toBe(true);
    expect(valuesMatch([0.31], [0.3], parseType('list<float>'))).toBe(false);
    expect(valuesMatch(3, 3.0000001, parseType('int'))).toBe(false);
    expect(valuesMatch({ a: 1, b: 2 }, { b: 2, a: 1 }, parseType('map<int>'))).toBe(true);
    expect(valuesMatch({ a: 1 }, { a: 1, b: 2 }, parseType('map<int>'))).toBe(false);
  });

  it('ignores the outer order of a list only when the problem says so', () => {
    const subsets = parseType('list<list<int>>');
    expect(valuesMatch([[1], [], [1, 2]], [[], [1], [1, 2]], subsets)).toBe(false);
    expect(
      valuesMatch([[1], [], [1, 2]], [[], [1], [1, 2]], subsets, {
        floatTolerance: 1e-6,
        unorderedList: true,
      }),
    ).toBe(true);
    expect(valuesMatch([[1], [1]], [[1], [2]], subsets, { floatTolerance: 1e-6, unorderedList: true })).toBe(
      false,
    );
  });
});
