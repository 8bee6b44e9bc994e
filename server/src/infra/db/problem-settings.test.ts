import { describe, expect, it } from 'vitest';
import { readProblemSettings } from './problem-settings.js';

describe('readProblemSettings', () => {
  it('reads what the import stores, and the empty default of old rows', () => {
    const stored = {
      validatorFlags: ['float_tolerance', '1e-6'],
      function: {
        name: 'twoSum',
        params: [{ name: 'nums', type: 'int[]' }],
        returns: 'int[]',
        compare: { floatTolerance: 1e-6, unorderedList: false },
      },
      scoring: false,
      interactive: false,
    };
    expect(readProblemSettings(stored)).toEqual(stored);
    expect(readProblemSettings({})).toEqual({});
  });

  it('refuses a shape the import never writes, naming the field', () => {
    expect(() => readProblemSettings({ interactive: 'yes' })).toThrow(/\/interactive: must be boolean/);
    expect(() => readProblemSettings(null)).toThrow(/re-import the problem package/);
  });
});
