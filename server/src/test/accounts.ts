/** Account factories for tests: each call makes a new, unique learner (or admin). */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../infra/db/database.js';
import { createUserRepository } from '../modules/users/repository.js';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** `{ authorization: 'Bearer …' }`, to spread into inject headers. */
  headers: { authorization: string };
}

export function uniqueEmail(prefix = 'learner'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function signUp(
  app: FastifyInstance,
  overrides: { email?: string; password?: string } = {},
): Promise<TestAccount> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? 'correct horse battery';
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email, password, displayName: 'Test Learner' },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return {
    id: body.user.id,
    email,
    password,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    headers: { authorization: `Bearer ${body.accessToken}` },
  };
}

/** An admin: signs up, is promoted in the database (as `winterarc create-admin --promote` does), signs in again. */
export async function signUpAdmin(app: FastifyInstance, database: DatabaseHandle): Promise<TestAccount> {
  const account = await signUp(app, { email: uniqueEmail('admin') });
  await createUserRepository(database.db).setRole(account.id, 'admin');
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signin',
    payload: { email: account.email, password: account.password },
  });
  const body = response.json();
  return {
    ...account,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    headers: { authorization: `Bearer ${body.accessToken}` },
  };
}
