import { describe, expect, it } from 'vitest';
import { parseValidatorFlags, ValidatorFlagsError, validateOutput } from './default-output-validator.js';

const accepted = { verdict: 'accepted' };

describe('default output validator', () => {
  it('ignores amounts of whitespace and letter case by default', () => {
    expect(validateOutput('1  2\n3\n\n', '1 2 3\n')).toEqual(accepted);
    expect(validateOutput('YES\n', 'yes\n')).toEqual(accepted);
  });

  it('names the first differing token with its line', () => {
    expect(validateOutput('1 2\n3 5\n', '1 2\n3 4\n')).toEqual({
      verdict: 'wrong-answer',
      message: 'line 2, token 4: expected "4", got "5"',
    });
  });

  it('reports output that ends early and output that goes on too long', () => {
    expect(validateOutput('1 2', '1 2 3')).toMatchObject({
      message: expect.stringContaining('output ended early: expected "3"'),
    });
    expect(validateOutput('1 2 3\n4', '1 2 3')).toMatchObject({
      message: 'extra output after the answer: "4" on line 2',
    });
    expect(validateOutput('', '')).toEqual(accepted);
  });

  it('compares numbers as text unless a tolerance is given', () => {
    expect(validateOutput('1.0', '1').verdict).toBe('wrong-answer');
    expect(validateOutput('1.0', '1', parseValidatorFlags('float_tolerance 1e-9'))).toEqual(accepted);
  });

  it('accepts within absolute or relative tolerance, and rejects outside both', () => {
    const both = parseValidatorFlags('float_tolerance 1e-6');
    expect(validateOutput('0.3333333', '0.333333333', both)).toEqual(accepted);
    expect(validateOutput('1000002', '1000000', both).verdict).toBe('wrong-answer');
    const relative = parseValidatorFlags(['float_relative_tolerance', '1e-6']);
    expect(validateOutput('1000000.5', '1000000', relative)).toEqual(accepted);
    expect(validateOutput('0.0000015', '0.000001', relative).verdict).toBe('wrong-answer');
    const absolute = parseValidatorFlags('float_absolute_tolerance 0.01');
    expect(validateOutput('2.009', '2', absolute)).toEqual(accepted);
    expect(validateOutput('2.011', '2', absolute).verdict).toBe('wrong-answer');
    // The boundary itself is accepted, decimal-to-binary rounding notwithstanding.
    expect(validateOutput('2.01', '2', absolute)).toEqual(accepted);
    expect(validateOutput('1e3', '1000.0000001', both)).toEqual(accepted);
  });

  it('needs a number where the answer has one when tolerant, and compares words as words', () => {
    const tolerant = parseValidatorFlags('float_tolerance 1e-6');
    expect(validateOutput('abc', '1.5', tolerant).verdict).toBe('wrong-answer');
    expect(validateOutput('nan', '1.5', tolerant).verdict).toBe('wrong-answer');
    expect(validateOutput('Impossible 2.0000001', 'impossible 2', tolerant)).toEqual(accepted);
  });

  it('honours case_sensitive', () => {
    expect(validateOutput('Yes', 'yes', parseValidatorFlags('case_sensitive')).verdict).toBe('wrong-answer');
  });

  it('honours space_change_sensitive, trailing newline included', () => {
    const strict = parseValidatorFlags('space_change_sensitive');
    expect(validateOutput('1 2\n', '1 2\n', strict)).toEqual(accepted);
    expect(validateOutput('1  2\n', '1 2\n', strict)).toMatchObject({
      message: expect.stringContaining('whitespace differs before token 2'),
    });
    expect(validateOutput('1 2', '1 2\n', strict)).toMatchObject({
      message: 'trailing whitespace differs: expected "\\n", got ""',
    });
  });

  it('refuses unknown flags and bad numbers instead of judging with the wrong rules', () => {
    expect(() => parseValidatorFlags('float_tolerence 1e-6')).toThrow(ValidatorFlagsError);
    expect(() => parseValidatorFlags('float_tolerance')).toThrow(/needs a non-negative number/);
    expect(() => parseValidatorFlags('float_tolerance -1')).toThrow(/needs a non-negative number/);
  });

  it('handles large outputs in linear time', () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => String(i)).join(' ');
    expect(validateOutput(numbers, numbers)).toEqual(accepted);
  });
});
