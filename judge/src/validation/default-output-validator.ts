/**
 * The default output validator of the Kattis / ICPC problem package format: the program's output is
 * compared with the answer file token by token. By default whitespace amounts are ignored and letters
 * compare case-insensitively; flags make either strict and give numbers a tolerance.
 * @see https://www.kattis.com/problem-package-format/spec/legacy.html#default-output-validator-specification
 */

export interface DefaultValidatorOptions {
  caseSensitive: boolean;
  spaceChangeSensitive: boolean;
  /** Accept |output − answer| ≤ this, for answer tokens that are numbers. */
  floatAbsoluteTolerance?: number;
  /** Accept |output − answer| ≤ this × |answer|, for answer tokens that are numbers. */
  floatRelativeTolerance?: number;
}

export const defaultValidatorOptions: DefaultValidatorOptions = {
  caseSensitive: false,
  spaceChangeSensitive: false,
};

export type ValidationOutcome = { verdict: 'accepted' } | { verdict: 'wrong-answer'; message: string };

export class ValidatorFlagsError extends Error {}

/**
 * Reads the flags as `problem.yaml` gives them (`validator_flags: float_tolerance 1e-6`, or the
 * 2023-07 `output_validator_args` list). An unknown flag or a bad number is an error, not ignored:
 * a typo would otherwise judge every submission with the wrong rules.
 */
export function parseValidatorFlags(flags: string | readonly string[]): DefaultValidatorOptions {
  const words = typeof flags === 'string' ? flags.split(/\s+/).filter(Boolean) : [...flags];
  const options: DefaultValidatorOptions = { ...defaultValidatorOptions };
  for (let i = 0; i < words.length; i += 1) {
    const flag = words[i]!;
    const number = () => {
      const text = words[i + 1];
      const value = Number(text);
      if (text === undefined || !Number.isFinite(value) || value < 0) {
        throw new ValidatorFlagsError(
          `validator flag ${flag} needs a non-negative number after it, got ${text ?? 'nothing'}`,
        );
      }
      i += 1;
      return value;
    };
    switch (flag) {
      case 'case_sensitive':
        options.caseSensitive = true;
        break;
      case 'space_change_sensitive':
        options.spaceChangeSensitive = true;
        break;
      case 'float_absolute_tolerance':
        options.floatAbsoluteTolerance = number();
        break;
      case 'float_relative_tolerance':
        options.floatRelativeTolerance = number();
        break;
      case 'float_tolerance': {
        const value = number();
        options.floatAbsoluteTolerance = value;
        options.floatRelativeTolerance = value;
        break;
      }
      default:
        throw new ValidatorFlagsError(
          `unknown validator flag "${flag}" (known: case_sensitive, space_change_sensitive, float_absolute_tolerance, float_relative_tolerance, float_tolerance)`,
        );
    }
  }
  return options;
}

const numberPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

interface Token {
  text: string;
  line: number;
  /** Whitespace before this token (for space_change_sensitive). */
  spaceBefore: string;
}

function tokenize(text: string): { tokens: Token[]; trailingSpace: string } {
  const tokens: Token[] = [];
  const pattern = /(\s*)(\S+)/gy;
  let line = 1;
  let end = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const spaceBefore = match[1]!;
    for (const char of spaceBefore) if (char === '\n') line += 1;
    tokens.push({ text: match[2]!, line, spaceBefore });
    end = pattern.lastIndex;
  }
  return { tokens, trailingSpace: text.slice(end) };
}

const show = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
const showSpace = (space: string) => JSON.stringify(space);

function tokensMatch(output: string, answer: string, options: DefaultValidatorOptions): boolean {
  const tolerant =
    options.floatAbsoluteTolerance !== undefined || options.floatRelativeTolerance !== undefined;
  if (tolerant && numberPattern.test(answer)) {
    if (!numberPattern.test(output)) return false;
    const expected = Number(answer);
    const difference = Math.abs(Number(output) - expected);
    // A tiny slack for the error of parsing decimals into binary floating point.
    const slack = 1e-12 * Math.max(1, Math.abs(expected));
    return (
      (options.floatAbsoluteTolerance !== undefined &&
        difference <= options.floatAbsoluteTolerance + slack) ||
      (options.floatRelativeTolerance !== undefined &&
        difference <= options.floatRelativeTolerance * Math.abs(expected) + slack)
    );
  }
  return options.caseSensitive ? output === answer : output.toLowerCase() === answer.toLowerCase();
}

/** Judges one test case's output against its answer file. The message names the first difference. */
export function validateOutput(
  output: string,
  answer: string,
  options: DefaultValidatorOptions = defaultValidatorOptions,
): ValidationOutcome {
  const got = tokenize(output);
  const want = tokenize(answer);
  for (let i = 0; i < want.tokens.length; i += 1) {
    const expected = want.tokens[i]!;
    const actual = got.tokens[i];
    if (actual === undefined) {
      return {
        verdict: 'wrong-answer',
        message: `output ended early: expected ${show(expected.text)} (answer line ${expected.line}) next`,
      };
    }
    if (options.spaceChangeSensitive && actual.spaceBefore !== expected.spaceBefore) {
      return {
        verdict: 'wrong-answer',
        message: `whitespace differs before token ${i + 1} (line ${actual.line}): expected ${showSpace(expected.spaceBefore)}, got ${showSpace(actual.spaceBefore)}`,
      };
    }
    if (!tokensMatch(actual.text, expected.text, options)) {
      return {
        verdict: 'wrong-answer',
        message: `line ${actual.line}, token ${i + 1}: expected ${show(expected.text)}, got ${show(actual.text)}`,
      };
    }
  }
  const extra = got.tokens[want.tokens.length];
  if (extra !== undefined) {
    return {
      verdict: 'wrong-answer',
      message: `extra output after the answer: ${show(extra.text)} on line ${extra.line}`,
    };
  }
  if (options.spaceChangeSensitive && got.trailingSpace !== want.trailingSpace) {
    return {
      verdict: 'wrong-answer',
      message: `trailing whitespace differs: expected ${showSpace(want.trailingSpace)}, got ${showSpace(got.trailingSpace)}`,
    };
  }
  return { verdict: 'accepted' };
}
