/** Account factories for tests: each call makes a new, unique learner (or admin). */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { decodeJwt, SignJWT } from 'jose';
import type { Config } from '../infra/config/config.js';
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

/** The session id (`sid`) an access token was issued with. */
export function sessionIdOf(account: TestAccount): string {
  return decodeJwt(account.accessToken).sid as string;
}

/**
 * An access token signed with the server's own key, with any claims a test needs: what someone who
 * knows the key (or a bug) could present. Defaults make a token the server would issue.
 */
export function signAccessToken(
  auth: Config['auth'],
  claims: {
    sub: string;
    sid: string;
    role?: string;
    aud?: string | string[];
    /** Seconds since the epoch. */
    iat?: number;
    exp?: number;
  },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: claims.role ?? 'learner', sid: claims.sid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(auth.issuer)
    .setAudience(claims.aud ?? auth.audience)
    .setIssuedAt(claims.iat ?? now)
    .setExpirationTime(claims.exp ?? now + 300)
    .sign(auth.jwtSecret);
}
