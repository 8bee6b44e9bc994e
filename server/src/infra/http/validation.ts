/**
 * Request validation. Bodies are validated strictly: unknown fields and wrong types are errors, never
 * silently dropped or coerced ("1" is not a number). Query strings, params and headers arrive as text,
 * so there numbers and booleans are coerced from strings, but unknown fields are still refused.
 * Every string of every request schema must also be plain text (no NUL, no unpaired surrogate) and
 * every `date-time` a storable one (text-rules.ts): one rule for all routes, so no route can forget it.
 * @see https://fastify.dev/docs/latest/Reference/Validation-and-Serialization/
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from './problem.js';
import { dateTimeMessage, isPlainText, isStorableDateTime, plainTextMessage } from './text-rules.js';

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    coerceTypes,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  });
  addFormats(ajv);
  // Replaces ajv-formats' date-time, which accepts year 0000 and leap seconds that cannot be stored.
  ajv.addFormat('date-time', { type: 'string', validate: isStorableDateTime });
  ajv.addKeyword({ keyword: 'plainText', type: 'string', schemaType: 'boolean', validate: plainTextCheck });
  return ajv;
}

function plainTextCheck(wanted: boolean, value: string): boolean {
  return !wanted || isPlainText(value);
}

type SchemaNode = { [key: string]: unknown };
const subschemaLists = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const subschemaMaps = ['properties', 'patternProperties', 'definitions', '$defs'];
const subschemas = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];

/** A copy of `schema` in which every string schema also requires plain text. */
export function withPlainText(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withPlainText);
  if (typeof schema !== 'object' || schema === null) return schema;
  const node: SchemaNode = { ...(schema as SchemaNode) };
  const types = [node.type].flat();
  if (types.includes('string') && node.plainText === undefined) node.plainText = true;
  for (const key of subschemaLists) {
    if (Array.isArray(node[key])) node[key] = (node[key] as unknown[]).map(withPlainText);
  }
  for (const key of subschemaMaps) {
    const map = node[key];
    if (typeof map === 'object' && map !== null) {
      node[key] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, withPlainText(sub)]));
    }
  }
  for (const key of subschemas) {
    if (typeof node[key] === 'object' && node[key] !== null) node[key] = withPlainText(node[key]);
  }
  return node;
}

const bodyAjv = makeAjv(false);
const textAjv = makeAjv('array');

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : textAjv).compile(withPlainText(schema) as object) as ReturnType<
    FastifySchemaCompiler<unknown>
  >;

/** Turns ajv's errors into field errors that name the field and say what is expected. */
export function toFieldErrors(errors: ErrorObject[], part: string): FieldError[] {
  const all = collapseChoices(errors).map((error): FieldError => {
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'additionalProperties') {
      path.push(String(params.additionalProperty));
      return { in: part, field: path.join('.'), message: 'is not a known field; remove it' };
    }
    if (error.keyword === 'required') {
      path.push(String(params.missingProperty));
      return { in: part, field: path.join('.'), message: 'is required' };
    }
    return { in: part, field: path.join('.'), message: describe(error) };
  });
  // The first problem of each field is the one to fix first; more of them only add noise.
  const seen = new Set<string>();
  return all.filter((error) => !seen.has(error.field) && seen.add(error.field));
}

/**
 * A union of literals (`'todo' | 'done' | …`) fails as one `const` error per choice plus an `anyOf`
 * error; a person wants one line listing the choices, so those become a single `enum` error.
 */
function collapseChoices(errors: ErrorObject[]): ErrorObject[] {
  const choices = new Map<string, unknown[]>();
  for (const error of errors) {
    if (error.keyword !== 'const') continue;
    const allowed = choices.get(error.instancePath) ?? [];
    allowed.push((error.params as { allowedValue: unknown }).allowedValue);
    choices.set(error.instancePath, allowed);
  }
  const collapsed: ErrorObject[] = [];
  for (const error of errors) {
    const allowed = choices.get(error.instancePath);
    if (allowed === undefined) collapsed.push(error);
    else if (error.keyword === 'anyOf')
      collapsed.push({ ...error, keyword: 'enum', params: { allowedValues: allowed } });
  }
  // A single literal (`format: 'winterarc-progress/1'`) fails as a `const` with no `anyOf` around it.
  for (const [instancePath, allowed] of choices) {
    const inUnion = errors.some((e) => e.keyword === 'anyOf' && e.instancePath === instancePath);
    if (!inUnion) {
      const first = errors.find((e) => e.keyword === 'const' && e.instancePath === instancePath)!;
      collapsed.push({ ...first, keyword: 'enum', params: { allowedValues: allowed } });
    }
  }
  return collapsed;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be of type ${String(params.type)}`;
    case 'format':
      return params.format === 'date-time' ? dateTimeMessage : `must be a valid ${String(params.format)}`;
    case 'plainText':
      return plainTextMessage;
    case 'minLength':
      return params.limit === 1
        ? 'must not be empty'
        : `must be at least ${String(params.limit)} characters long`;
    case 'pattern':
      return 'is not in the expected format';
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters long`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}
