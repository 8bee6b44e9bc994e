import { describe, expect, it } from 'vitest';
import { databaseConnectionProblem } from './connection-problem.js';

const driverError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('a database that cannot be used', () => {
  it('is explained from the driver error a query wrapper hides in its cause', () => {
    const wrapped = new Error('Failed query: CREATE SCHEMA IF NOT EXISTS "drizzle"', {
      cause: driverError('database "wa_bench" does not exist', '3D000'),
    });
    expect(databaseConnectionProblem(wrapped)).toBe(
      'cannot use the database: database "wa_bench" does not exist (create that database, or point DATABASE_URL at one that exists).',
    );
  });

  it('names the fix for a refused connection and for bad credentials', () => {
    expect(
      databaseConnectionProblem(driverError('connect ECONNREFUSED 127.0.0.1:5433', 'ECONNREFUSED')),
    ).toMatch(/start PostgreSQL/);
    expect(
      databaseConnectionProblem(driverError('password authentication failed for user "x"', '28P01')),
    ).toMatch(/user name and password/);
  });

  it('leaves other errors to be reported as bugs', () => {
    expect(databaseConnectionProblem(new Error('something else'))).toBeUndefined();
    expect(databaseConnectionProblem(driverError('duplicate key', '23505'))).toBeUndefined();
  });
});
