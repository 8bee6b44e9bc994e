/**
 * Tells "the database cannot be reached right now" (a restart, a network cut, a failover, too many
 * connections) apart from every other error. Those are the errors to wait out: the API answers 503
 * with `Retry-After` instead of 500, and a worker retries the same step later instead of giving the
 * job back. Drizzle wraps the driver's error ("Failed query: …"), so the whole `cause` chain is read.
 */

/** Socket-level codes of a connection that failed or was lost. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATE classes and codes of a server that is going away, starting, or full: 08 connection
 * exception, 57P01–57P03 shutdown / cannot connect now, 53300 too many connections.
 * @see https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const serverCodes = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres and pg-pool say these in words only (no code). */
const driverMessages = [
  'Connection terminated',
  'connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
  'Connection refused',
];

/** True when `error`, or an error it wraps, means the database is unreachable for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 6; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      (networkCodes.has(code) || serverCodes.has(code) || code.startsWith('08'))
    )
      return true;
    if (driverMessages.some((text) => current instanceof Error && current.message.includes(text)))
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * What to log about an outage: the driver's own words (the innermost error), never Drizzle's wrapper,
 * whose message repeats the query and its parameters (an email, a password hash, a learner's source).
 */
export function outageReason(error: unknown): string {
  let innermost: unknown = error;
  for (let depth = 0; depth < 6; depth += 1) {
    const cause = (innermost as { cause?: unknown } | undefined)?.cause;
    if (!(cause instanceof Error)) break;
    innermost = cause;
  }
  if (!(innermost instanceof Error)) return String(innermost);
  if (innermost.message.startsWith('Failed query:')) return 'query failed';
  const code = (innermost as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${innermost.message}` : innermost.message;
}
