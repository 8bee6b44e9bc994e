/**
 * Turns the errors of a database that cannot be used at all (not there, refusing, wrong credentials)
 * into one sentence a person can act on. Drizzle wraps the driver's error ("Failed query: …") and the
 * real reason sits in its `cause`; the URL is never repeated, since it may hold a password.
 */
const hints: Record<string, string> = {
  '3D000': 'create that database, or point DATABASE_URL at one that exists',
  '28P01': 'check the user name and password in DATABASE_URL',
  '28000': 'check the user name in DATABASE_URL and the server’s pg_hba.conf',
  ECONNREFUSED: 'start PostgreSQL, or fix the host and port in DATABASE_URL',
  ENOTFOUND: 'fix the host name in DATABASE_URL',
};

export function databaseConnectionProblem(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code in hints) {
      return `cannot use the database: ${current.message} (${hints[code]}).`;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
