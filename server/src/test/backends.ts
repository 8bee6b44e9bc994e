/**
 * Where integration tests get their database and counters. `pglite`: embedded adapters; `postgres`:
 * the real PostgreSQL (TEST_DATABASE_URL, default the local server) and Redis (TEST_REDIS_URL).
 */
export type TestBackend = 'pglite' | 'postgres';

/** The backend of the running test project (its name; test workers also see it in the environment). */
export function testBackend(backend: string | undefined = process.env.WINTERARC_TEST_BACKEND): TestBackend {
  if (backend !== 'pglite' && backend !== 'postgres') {
    throw new Error('WINTERARC_TEST_BACKEND must be pglite or postgres (the vitest projects set it)');
  }
  return backend;
}

export const testServices = {
  /** A maintenance connection that may CREATE and DROP databases. */
  adminDatabaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15',
};

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** RabbitMQ for the `postgres` project (the one that uses the real services). */
export const testRabbitUrl = process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
