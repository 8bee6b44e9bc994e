/**
 * The server's validator words some field errors in JSON Schema terms ('must match pattern "\S"',
 * "must be at least 1 characters long") and can report one empty field twice that way. These are
 * rewritten into what a person filling in a form expects; other messages pass through unchanged.
 */

const rewrites: [pattern: RegExp, replacement: string][] = [
  [/^must be at least 1 characters? long$/, 'is required'],
  [/^must match pattern "\\S"$/, 'must not be blank'],
  [/^must match pattern .*$/, 'is not in the expected format'],
];

/** A blank field is also "required"; saying both is noise. */
const impliedByRequired = new Set(['must not be blank']);

export function humanizeFieldMessages(messages: readonly string[]): string[] {
  const rewritten = messages.map(
    (message) => rewrites.find(([pattern]) => pattern.test(message))?.[1] ?? message,
  );
  const unique = [...new Set(rewritten)];
  return unique.includes('is required')
    ? unique.filter((message) => !impliedByRequired.has(message))
    : unique;
}
