/**
 * Compares a function's returned value with the expected one, outside the sandbox: expected values
 * never enter it. Floats compare with a tolerance; a list may be declared order-insensitive.
 */
import type { ValueType } from './types.js';

export interface CompareOptions {
  /** |actual − expected| ≤ this, or ≤ this × |expected|. */
  floatTolerance: number;
  /** The outermost list's order does not matter (e.g. "return all subsets in any order"). */
  unorderedList: boolean;
}

export const defaultCompareOptions: CompareOptions = { floatTolerance: 1e-6, unorderedList: false };

function equal(actual: unknown, expected: unknown, type: ValueType, tolerance: number): boolean {
  switch (type.kind) {
    case 'float':
      return (
        typeof actual === 'number' &&
        typeof expected === 'number' &&
        Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected))
      );
    case 'list':
      return (
        Array.isArray(actual) &&
        Array.isArray(expected) &&
        actual.length === expected.length &&
        actual.every((item, i) => equal(item, expected[i], type.of, tolerance))
      );
    case 'map': {
      if (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null)
        return false;
      const a = actual as Record<string, unknown>;
      const e = expected as Record<string, unknown>;
      const keys = Object.keys(e);
      return (
        Object.keys(a).length === keys.length &&
        keys.every((key) => key in a && equal(a[key], e[key], type.of, tolerance))
      );
    }
    default:
      // int, string, bool, and the list forms of linked lists and trees compare exactly.
      return JSON.stringify(actual) === JSON.stringify(expected);
  }
}

/** A canonical text of a value, to sort list items for an order-insensitive comparison. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function valuesMatch(
  actual: unknown,
  expected: unknown,
  type: ValueType,
  options: CompareOptions = defaultCompareOptions,
): boolean {
  if (options.unorderedList && type.kind === 'list' && Array.isArray(actual) && Array.isArray(expected)) {
    const sort = (items: unknown[]) =>
      [...items].sort((x, y) => (canonical(x) < canonical(y) ? -1 : canonical(x) > canonical(y) ? 1 : 0));
    return equal(sort(actual), sort(expected), type, options.floatTolerance);
  }
  return equal(actual, expected, type, options.floatTolerance);
}
