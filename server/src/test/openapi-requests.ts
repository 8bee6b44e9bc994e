/**
 * Requests generated from the OpenAPI document, for property-based tests: for each operation, values
 * that follow its schemas mixed with hostile ones (NUL bytes, unpaired surrogates, numbers past every
 * integer type, year 0, forged cursors, huge and odd strings), so a test can hold every route to the
 * same rule without listing the routes by hand.
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/
 */
import fc from 'fast-check';

type Schema = { [key: string]: unknown };

export interface Operation {
  method: string;
  /** OpenAPI path template, like `/api/v1/submissions/{id}`. */
  path: string;
  parameters: { in: 'path' | 'query' | 'header'; name: string; schema: Schema }[];
  body?: { contentType: string; schema: Schema };
  /** Whether the operation can be called without a token (`{}` among its security requirements). */
  anonymous: boolean;
}

export interface GeneratedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

/** Every operation of an OpenAPI 3 document. */
export function operationsOf(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const operation = raw as {
        parameters?: Operation['parameters'];
        requestBody?: { content: Record<string, { schema: Schema }> };
        security?: Record<string, string[]>[];
      };
      const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        ...(contentType === undefined || media === undefined
          ? {}
          : { body: { contentType, schema: media.schema } }),
        anonymous:
          operation.security === undefined ||
          operation.security.some((requirement) => Object.keys(requirement).length === 0),
      });
    }
  }
  return operations;
}

const base64url = (value: string) => Buffer.from(value).toString('base64url');

/** Strings an attacker tries: each has made some API answer 500 somewhere. */
export const hostileStrings: readonly string[] = [
  '',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:60Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T00:00:00Z',
  '99999999999999999999',
  '-1',
  '2147483648',
  'not-a-uuid',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '💥'.repeat(70),
  'x'.repeat(5000),
  base64url(JSON.stringify(['difficulty:asc', 2 ** 40, 'a'])),
  base64url(JSON.stringify(['createdAt', '0000-01-01T00:00:00.000Z', 'not-a-uuid'])),
  base64url(JSON.stringify(['createdAt', '2026-01-01T00:00:00.000Z', 'not-a-uuid'])),
  base64url(
    JSON.stringify(['createdAt', '+275760-09-13T00:00:00.000Z', '00000000-0000-0000-0000-000000000000']),
  ),
  base64url('["slug:asc","\\ud800"]'),
  base64url('["title:asc","a\\u0000","b"]'),
  base64url(JSON.stringify(['email:asc', 'a\u0000', '00000000-0000-0000-0000-000000000000'])),
  base64url(JSON.stringify(['createdAt:asc', '2026-01-01T00:00:00.000Z', 'not-a-uuid'])),
  base64url('not json'),
];

const hostileString = fc.constantFrom(...hostileStrings);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, -1, 0, 2 ** 31, 2 ** 53 + 1, 1e308, -1e308, 0.5, [], {}, ['\u0000']),
);

/** A value following `schema` as far as this simple reader understands it. */
function conforming(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const choices = schema[key];
    if (Array.isArray(choices)) return fc.oneof(...choices.map((s) => valueFor(s as Schema, depth)));
  }
  switch ([schema.type].flat()[0]) {
    case 'integer':
      return fc.integer({
        min: typeof schema.minimum === 'number' ? schema.minimum : -1000,
        max: typeof schema.maximum === 'number' ? schema.maximum : 1000,
      });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor((schema.items as Schema | undefined) ?? {}, depth + 1), { maxLength: 3 });
    case 'object':
      return objectFor(schema, depth + 1);
    case 'string':
      return stringFor(schema);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFor(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') {
    return fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
  }
  if (schema.format === 'email') return fc.emailAddress();
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({
    minLength: typeof schema.minLength === 'number' ? schema.minLength : 0,
    maxLength: Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 64, 64),
    unit: 'binary',
  });
}

/** Mostly a value following the schema, sometimes a hostile one in its place. */
function valueFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return hostileValue;
  return fc.oneof(
    { arbitrary: conforming(schema, depth), weight: 3 },
    { arbitrary: hostileValue, weight: 1 },
  );
}

function objectFor(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) record[name] = valueFor(property, depth);
  return fc.record(record, { requiredKeys: [...required].filter((name) => name in record) });
}

/** Query and header values are text: a generated value is sent as its string (or JSON) form. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/**
 * Percent-encodes like encodeURIComponent, but an unpaired surrogate becomes the three bytes a raw
 * client would send for it (%ED%A0%80 …) instead of an exception: that is one of the hostile inputs.
 */
export function percentEncode(value: string): string {
  let encoded = '';
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      encoded += encodeURIComponent(value.slice(i, i + 2));
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      encoded += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else {
      encoded += encodeURIComponent(value[i]!);
    }
  }
  return encoded;
}

/** Characters Node refuses in a header value; a client cannot send them either. */
const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

/**
 * Requests for one operation. `authorization` is sent on most of them (a learner's token), so
 * requests reach the routes' validation and handlers rather than stopping at authentication.
 */
export function requestsFor(operation: Operation, authorization: string): fc.Arbitrary<GeneratedRequest> {
  const parameters = fc.tuple(
    ...operation.parameters.map((parameter) => {
      const value = valueFor(parameter.schema).map(asText);
      // A path parameter is always there; a query or header one only sometimes.
      return parameter.in === 'path' ? value : fc.option(value, { nil: undefined });
    }),
  );
  const body =
    operation.body === undefined
      ? fc.constant(undefined)
      : fc.oneof(
          { arbitrary: valueFor(operation.body.schema), weight: 9 },
          { arbitrary: fc.constant('{"unterminated": '), weight: 1 },
        );
  return fc
    .record({ values: parameters, body, signedIn: fc.boolean() })
    .map(({ values, body: payload, signedIn }) => {
      let path = operation.path;
      const query: string[] = [];
      const headers: Record<string, string> = {};
      operation.parameters.forEach((parameter, i) => {
        const value = values[i];
        if (value === undefined) return;
        if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, percentEncode(value));
        else if (parameter.in === 'query') query.push(`${parameter.name}=${percentEncode(value)}`);
        else headers[parameter.name] = headerSafe(value);
      });
      if (signedIn || !operation.anonymous) headers.authorization = authorization;
      const request: GeneratedRequest = {
        method: operation.method,
        url: query.length === 0 ? path : `${path}?${query.join('&')}`,
        headers,
      };
      if (operation.body !== undefined && payload !== undefined) {
        headers['content-type'] = operation.body.contentType;
        request.payload =
          operation.body.contentType === 'application/x-www-form-urlencoded' && isRecord(payload)
            ? Object.entries(payload)
                .map(([name, value]) => `${name}=${percentEncode(asText(value))}`)
                .join('&')
            : typeof payload === 'string'
              ? payload
              : JSON.stringify(payload);
      }
      return request;
    });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
