import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionIdOf, signUp, signUpAdmin, uniqueEmail } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    SIGNIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS: '3',
    SIGNIN_MAX_FAILURES_PER_ADDRESS: '8',
  });
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('sign-up', () => {
  it('creates a learner, lower-cases the email and returns a working session', async () => {
    const email = uniqueEmail().toUpperCase();
    const response = await post('/api/v1/auth/signup', {
      email,
      password: 'long enough pw',
      displayName: ' Ada ',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ email: email.toLowerCase(), displayName: 'Ada', role: 'learner' });
    expect(body.tokenType).toBe('Bearer');
    expect(response.cookies.find((c) => c.name === 'wa_refresh')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    // The page's hint that a session exists: readable by scripts, so it holds nothing but "1".
    const hint = response.cookies.find((c) => c.name === 'wa_session');
    expect(hint).toMatchObject({ value: '1', path: '/', sameSite: 'Strict' });
    expect(hint?.httpOnly).toBeFalsy();

    const me = await t.app.inject({
      url: '/api/v1/users/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.json().id).toBe(body.user.id);
  });

  it('refuses a second account with the same email in any case, as 409', async () => {
    const account = await signUp(t.app);
    const response = await post('/api/v1/auth/signup', {
      email: account.email.toUpperCase(),
      password: 'another password',
      displayName: 'X',
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().type).toBe('urn:winterarc:problem:conflict');
  });

  it.each([
    [
      'a bad email',
      { email: 'not-an-email', password: 'long enough pw', displayName: 'A' },
      'email',
      'must be a valid email',
    ],
    [
      'a short password',
      { email: uniqueEmail(), password: 'short', displayName: 'A' },
      'password',
      'at least 10 characters',
    ],
    [
      'an unknown field',
      { email: uniqueEmail(), password: 'long enough pw', displayName: 'A', isAdmin: true },
      'isAdmin',
      'not a known field',
    ],
    [
      'a wrong type',
      { email: uniqueEmail(), password: 1234567890123, displayName: 'A' },
      'password',
      'must be of type string',
    ],
    ['a missing field', { email: uniqueEmail(), password: 'long enough pw' }, 'displayName', 'is required'],
    [
      'an empty display name',
      { email: uniqueEmail(), password: 'long enough pw', displayName: '' },
      'displayName',
      'must not be empty',
    ],
  ])('answers %s with 400 naming the field', async (_case, payload, field, message) => {
    const response = await post('/api/v1/auth/signup', payload);
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem).toMatchObject({ type: 'urn:winterarc:problem:validation', status: 400 });
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ in: 'body', field, message: expect.stringContaining(message) }),
    );
    expect(problem.detail).toContain(field);
    // One message per field: the first thing to fix, not every rule it broke.
    expect(problem.errors.filter((e: { field: string }) => e.field === field)).toHaveLength(1);
  });

  it.each([
    ['a common password', '1234567890', 'frequently used password'],
    ['ten spaces', '          ', 'Repeated characters'],
  ])('refuses %s, saying why and what to do', async (_, password, why) => {
    const response = await post('/api/v1/auth/signup', { email: uniqueEmail(), password, displayName: 'Bo' });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain(why);
    expect(response.json().detail).toContain('passphrase');
    expect(response.json().errors[0]).toMatchObject({ in: 'body', field: 'password' });
  });

  it('refuses the email itself, or a password built on the name, as the password', async () => {
    const email = uniqueEmail();
    for (const [password, displayName] of [
      [email, 'Bo'],
      ['Grizzlebeard2026', 'Captain Grizzlebeard'],
    ]) {
      const response = await post('/api/v1/auth/signup', { email, password, displayName });
      expect(response.statusCode).toBe(400);
      expect(response.json().detail).toContain('your email address or your name');
    }
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().type).toBe('urn:winterarc:problem:malformed-request');
  });
});

describe('sign-in', () => {
  it('accepts the right password in any email case and refuses a wrong one with 401', async () => {
    const account = await signUp(t.app);
    const ok = await post('/api/v1/auth/signin', {
      email: account.email.toUpperCase(),
      password: account.password,
    });
    expect(ok.statusCode).toBe(200);
    const wrong = await post('/api/v1/auth/signin', { email: account.email, password: 'wrong password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().detail).toBe('The email or password is wrong.');
  });

  it('gives an unknown email the same answer as a wrong password', async () => {
    const response = await post('/api/v1/auth/signin', { email: uniqueEmail(), password: 'whatever pw' });
    expect(response.statusCode).toBe(401);
    expect(response.json().detail).toBe('The email or password is wrong.');
  });

  it('locks an account for the address that failed, even for the right password, with Retry-After', async () => {
    const account = await signUp(t.app);
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await post('/api/v1/auth/signin', { email: account.email, password: 'bad guess!' })).statusCode,
      ).toBe(401);
    }
    const locked = await post('/api/v1/auth/signin', { email: account.email, password: account.password });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json().type).toBe('urn:winterarc:problem:too-many-requests');
  });

  it('slows one address guessing across many accounts', async () => {
    // inject() always comes from 127.0.0.1, so this test owns that address's counter: it resets it first.
    await t.counters.reset('signin:address:127.0.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      statuses.push(
        (await post('/api/v1/auth/signin', { email: uniqueEmail(), password: 'guess guess' })).statusCode,
      );
    }
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401));
    expect(statuses[8]).toBe(429);
    await t.counters.reset('signin:address:127.0.0.1');
  });
});

describe('refresh tokens', () => {
  it('rotate: each refresh returns a new pair and the old refresh token stops working', async () => {
    const account = await signUp(t.app);
    const first = await post('/api/v1/auth/refresh', { refreshToken: account.refreshToken });
    expect(first.statusCode).toBe(200);
    const next = first.json().refreshToken;
    expect(next).not.toBe(account.refreshToken);
    const second = await post('/api/v1/auth/refresh', { refreshToken: next });
    expect(second.statusCode).toBe(200);
  });

  it('detect reuse: presenting a used token revokes the whole family', async () => {
    const account = await signUp(t.app);
    const rotated = (await post('/api/v1/auth/refresh', { refreshToken: account.refreshToken })).json()
      .refreshToken;
    const replay = await post('/api/v1/auth/refresh', { refreshToken: account.refreshToken });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toContain('already used');
    // The legitimate holder of the newest token is signed out too: the thief might hold it.
    expect((await post('/api/v1/auth/refresh', { refreshToken: rotated })).statusCode).toBe(401);
  });

  it('lets exactly one of two concurrent refreshes with the same token win', async () => {
    const account = await signUp(t.app);
    const results = await Promise.all([
      post('/api/v1/auth/refresh', { refreshToken: account.refreshToken }),
      post('/api/v1/auth/refresh', { refreshToken: account.refreshToken }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('work from the HttpOnly cookie when the body has none', async () => {
    const account = await signUp(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { wa_refresh: account.refreshToken },
    });
    expect(response.statusCode).toBe(200);
  });

  it('stop working after sign-out', async () => {
    const account = await signUp(t.app);
    const signedOut = await post('/api/v1/auth/signout', { refreshToken: account.refreshToken });
    expect(signedOut.statusCode).toBe(204);
    expect(signedOut.cookies.find((c) => c.name === 'wa_session')).toMatchObject({ value: '', path: '/' });
    expect((await post('/api/v1/auth/refresh', { refreshToken: account.refreshToken })).statusCode).toBe(401);
  });
});

describe('OAuth2 token endpoint', () => {
  const form = (fields: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  it('grants tokens for the password grant and the refresh_token grant', async () => {
    const account = await signUp(t.app);
    const granted = await form({
      grant_type: 'password',
      username: account.email,
      password: account.password,
      scope: '',
    });
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const refreshed = await form({
      grant_type: 'refresh_token',
      refresh_token: granted.json().refresh_token,
    });
    expect(refreshed.statusCode).toBe(200);
  });

  it('answers a wrong password with invalid_grant', async () => {
    const account = await signUp(t.app);
    const response = await form({ grant_type: 'password', username: account.email, password: 'nope nope' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('invalid_grant');
  });

  it('refuses an unsupported grant type with a validation problem', async () => {
    const response = await form({ grant_type: 'client_credentials' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('grant_type');
  });
});

describe('access tokens', () => {
  const me = (token: string) =>
    t.app.inject({ url: '/api/v1/users/me', headers: { authorization: `Bearer ${token}` } });

  it('refuses an unsigned ("alg: none") token', async () => {
    const account = await signUp(t.app);
    const forged = new UnsecuredJWT({ role: 'admin' })
      .setSubject(account.id)
      .setIssuer('winterarc')
      .setAudience('winterarc-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .encode();
    expect((await me(forged)).statusCode).toBe(401);
  });

  it('refuses a token signed with another key, or for another audience, or expired', async () => {
    const account = await signUp(t.app);
    const sign = (key: Uint8Array, audience: string, expires: string | number) =>
      new SignJWT({ role: 'learner', sid: sessionIdOf(account) })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(account.id)
        .setIssuer('winterarc')
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expires)
        .sign(key);
    const secret = t.config.auth.jwtSecret;
    expect((await me(await sign(secret, 'winterarc-api', '5m'))).statusCode).toBe(200);
    expect(
      (await me(await sign(new TextEncoder().encode('x'.repeat(48)), 'winterarc-api', '5m'))).statusCode,
    ).toBe(401);
    expect((await me(await sign(secret, 'someone-else', '5m'))).statusCode).toBe(401);
    expect(
      (await me(await sign(secret, 'winterarc-api', Math.floor(Date.now() / 1000) - 60))).statusCode,
    ).toBe(401);
  });

  it('is required on protected routes', async () => {
    const response = await t.app.inject({ url: '/api/v1/users/me' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });
});

describe('roles', () => {
  it('keeps learners out of admin routes and lets admins in', async () => {
    const learner = await signUp(t.app);
    const admin = await signUpAdmin(t.app, t.database);
    expect((await t.app.inject({ url: '/api/v1/users', headers: learner.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/users', headers: admin.headers })).statusCode).toBe(200);
  });
});
