import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, outageReason } from './unavailable.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
/** How Drizzle reports a failed query: its own error, the driver's in `cause`. */
const wrapped = (cause: Error) => new Error('Failed query: select 1\nparams: ', { cause });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    ['a server shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    ['a connection exception class', withCode('connection failure', '08006')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a client left unusable', new Error('Client has encountered a connection error and is not queryable')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
  ])('recognises %s, also wrapped by Drizzle', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "selec"', '42601')],
    ['a permission error', withCode('permission denied for table users', '42501')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'ECONNRESET'],
  ])('leaves %s alone', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    if (error instanceof Error) expect(isDatabaseUnavailable(wrapped(error))).toBe(false);
  });
});

describe('outageReason', () => {
  it("says the driver's words, never the query or its parameters", () => {
    const error = new Error(
      'Failed query: insert into users (email, password_hash) values ($1, $2)\nparams: a@b.test,$argon2id$secret',
      { cause: withCode('read ECONNRESET', 'ECONNRESET') },
    );
    expect(outageReason(error)).toBe('ECONNRESET: read ECONNRESET');
    expect(outageReason(new Error('Failed query: select 1\nparams: secret'))).toBe('query failed');
  });
});
