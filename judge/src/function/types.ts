/**
 * The value types a function problem's signature may use, written as in LeetCode-style statements:
 * `int`, `float`, `string`, `bool`, `list<T>`, `map<T>` (string keys), `linked_list` and
 * `binary_tree` (of ints; trees in LeetCode's level order with nulls). Test data is JSON; these types
 * say how each JSON value becomes an argument and how a returned value is compared.
 */
export type ValueType =
  | { kind: 'int' }
  | { kind: 'float' }
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'list'; of: ValueType }
  | { kind: 'map'; of: ValueType }
  | { kind: 'linked_list' }
  | { kind: 'binary_tree' };

export class TypeSyntaxError extends Error {}

/** Parses `list<list<int>>`-style type text. */
export function parseType(text: string): ValueType {
  const source = text.replace(/\s+/g, '');
  let at = 0;
  const fail = (why: string): never => {
    throw new TypeSyntaxError(`type "${text}": ${why} at character ${at + 1}`);
  };
  const parse = (): ValueType => {
    const name = /^[a-z_]+/.exec(source.slice(at))?.[0] ?? fail('expected a type name');
    at += name.length;
    if (name === 'list' || name === 'map') {
      if (source[at] !== '<') fail(`${name} needs an element type, like ${name}<int>`);
      at += 1;
      const of = parse();
      if (source[at] !== '>') fail('expected ">"');
      at += 1;
      return { kind: name, of };
    }
    if (['int', 'float', 'string', 'bool', 'linked_list', 'binary_tree'].includes(name)) {
      return { kind: name } as ValueType;
    }
    return fail(
      `unknown type "${name}" (known: int, float, string, bool, list<T>, map<T>, linked_list, binary_tree)`,
    );
  };
  const type = parse();
  if (at !== source.length) fail('unexpected text after the type');
  return type;
}

export function formatType(type: ValueType): string {
  return type.kind === 'list' || type.kind === 'map' ? `${type.kind}<${formatType(type.of)}>` : type.kind;
}

/** Why `value` (from test data) is not of `type`, or undefined when it is. Used when a package is imported. */
export function typeMismatch(value: unknown, type: ValueType, path = 'value'): string | undefined {
  const expect = (ok: boolean, what: string) =>
    ok ? undefined : `${path} should be ${what}, got ${JSON.stringify(value)}`;
  switch (type.kind) {
    case 'int':
      return expect(Number.isSafeInteger(value), 'an integer');
    case 'float':
      return expect(typeof value === 'number' && Number.isFinite(value), 'a number');
    case 'string':
      return expect(typeof value === 'string', 'a string');
    case 'bool':
      return expect(typeof value === 'boolean', 'true or false');
    case 'linked_list':
      return Array.isArray(value) && value.every((v) => Number.isSafeInteger(v))
        ? undefined
        : `${path} should be a list of integers (the linked list's values)`;
    case 'binary_tree':
      return Array.isArray(value) && value.every((v) => v === null || Number.isSafeInteger(v))
        ? undefined
        : `${path} should be a level-order list of integers and nulls`;
    case 'list':
      if (!Array.isArray(value)) return `${path} should be a list`;
      for (const [i, item] of value.entries()) {
        const problem = typeMismatch(item, type.of, `${path}[${i}]`);
        if (problem !== undefined) return problem;
      }
      return undefined;
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return `${path} should be an object`;
      for (const [key, item] of Object.entries(value)) {
        const problem = typeMismatch(item, type.of, `${path}.${key}`);
        if (problem !== undefined) return problem;
      }
      return undefined;
  }
}
