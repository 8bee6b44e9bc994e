/**
 * Class problems (LeetCode's design problems): the learner writes a class; each test is a sequence of
 * calls on one instance — the constructor first, then methods — with the expected result of each.
 * Declared in `function.yaml` with a `class:` key; documented in docs/problem-format.md.
 */
import type { ValueType } from './types.js';

export interface Param {
  name: string;
  type: ValueType;
}

export interface MethodSignature {
  name: string;
  params: Param[];
  /** undefined: the method returns nothing, and whatever it returns is not compared. */
  returns?: ValueType;
}

export interface ClassSignature {
  /** The class the learner writes, e.g. `LRUCache`; the first call of every test constructs it. */
  name: string;
  constructorParams: Param[];
  methods: MethodSignature[];
}

/** One call of a test: the class name (the constructor) or a method's name, and its arguments. */
export interface Call {
  name: string;
  args: unknown[];
}

/** A call as the learner reads it in a message: `get(3)`, `LRUCache(2)`. Long arguments are cut. */
export function describeCall(call: Call): string {
  const args = call.args.map((a) => JSON.stringify(a)).join(', ');
  return `${call.name}(${args.length > 80 ? `${args.slice(0, 77)}...` : args})`;
}

/** A JSON value as a message shows it: whole when short, cut when long. */
export function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
