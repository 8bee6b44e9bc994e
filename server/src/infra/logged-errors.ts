/**
 * How an error is written to the log: enough to find the bug (type, message, stack, the SQL text,
 * the database's SQLSTATE and constraint), never the data the failing request carried. A failed
 * query's error holds its parameters (drizzle puts them in the message: password hashes, e-mails,
 * notes, source code) and PostgreSQL's `detail` holds the failing row; both are left out.
 */

/** drizzle's DrizzleQueryError, recognised by shape so this module does not import drizzle. */
interface QueryError extends Error {
  query: string;
  params: unknown[];
}

/**
 * node-postgres' and PGlite's errors: a SQLSTATE `code` and `severity` besides the message (PGlite's
 * also hold the query's `params`).
 */
interface DatabaseError extends Error {
  code: string;
  severity?: string;
}

const isQueryError = (error: Error): error is QueryError =>
  typeof (error as Partial<QueryError>).query === 'string' &&
  Array.isArray((error as Partial<QueryError>).params);

const isDatabaseError = (error: Error): error is DatabaseError =>
  typeof (error as Partial<DatabaseError>).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((error as DatabaseError).code) &&
  'severity' in error;

/** Fields of a database error that name things (schema objects, types), never values. */
const databaseNameFields = [
  'severity',
  'constraint',
  'table',
  'column',
  'dataType',
  'schema',
  'routine',
] as const;

/**
 * PostgreSQL quotes values in some messages (`invalid input syntax for type uuid: "abc"`); a quoted
 * part may be a value, so each is replaced. Identifiers are logged apart (table, constraint, column).
 */
export function withoutQuotedValues(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"');
}

/** The stack's frames without its first line, which repeats the (unsafe) message. */
function framesOf(error: Error): string | undefined {
  const stack = error.stack;
  if (stack === undefined) return undefined;
  const firstFrame = stack.search(/\n\s+at /);
  return firstFrame === -1 ? undefined : stack.slice(firstFrame + 1);
}

/** A log-safe, plain-object form of any thrown value, causes included (to a depth of 5). */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> | string {
  if (!(error instanceof Error))
    return typeof error === 'string' ? error : `non-error thrown: ${typeof error}`;
  const type = error.constructor?.name ?? error.name;
  const cause =
    error.cause !== undefined && depth < 5 ? { cause: serializeError(error.cause, depth + 1) } : {};
  // First: PGlite's database errors also carry `query` and `params`.
  if (isDatabaseError(error)) {
    const names = Object.fromEntries(
      databaseNameFields
        .map((field) => [field, (error as unknown as Record<string, unknown>)[field]] as const)
        .filter(([, value]) => typeof value === 'string'),
    );
    const message = withoutQuotedValues(error.message);
    return {
      type,
      code: error.code,
      message,
      ...names,
      stack: `${type}: ${message}\n${framesOf(error) ?? ''}`,
      ...cause,
    };
  }
  if (isQueryError(error)) {
    return {
      type: 'DrizzleQueryError',
      message: `Failed query: ${error.query} (${error.params.length} parameters, not logged)`,
      stack: `DrizzleQueryError: Failed query\n${framesOf(error) ?? ''}`,
      ...cause,
    };
  }
  const code = (error as { code?: unknown }).code;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return {
    type,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...cause,
  };
}
