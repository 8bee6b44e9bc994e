import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../../test/accounts.js';
import { closedPort } from '../../test/ports.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createFallbackCounterStore } from '../cache/fallback-counter-store.js';
import { createMemoryCounterStore } from '../cache/memory-counter-store.js';
import { createRedisCache } from '../cache/redis-cache.js';
import { createRedisCounterStore } from '../cache/redis-counter-store.js';

// Small limits, one proxy hop trusted: each test comes "from" addresses of its own via X-Forwarded-For.
const limits = {
  RATE_LIMIT_PER_ADDRESS: '5',
  RATE_LIMIT_PER_USER: '8',
  RATE_LIMIT_SUBMISSIONS_PER_USER: '3',
  RATE_LIMIT_AUTH_PER_ADDRESS: '3',
  RATE_LIMIT_WINDOW_SECONDS: '60',
  TRUST_PROXY_HOPS: '1',
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(limits);
});
afterAll(() => t.close());

/** A fresh client address for each call, so tests do not share budgets (also across runs on Redis). */
const uniqueAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const get = (app: TestApp['app'], url: string, headers: Record<string, string>) =>
  app.inject({ url, headers });

async function signUpFrom(app: TestApp['app'], address: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    headers: { 'x-forwarded-for': address },
    payload: { email: uniqueEmail(), password: 'correct horse battery', displayName: 'Rate' },
  });
  expect(response.statusCode).toBe(201);
  return { authorization: `Bearer ${response.json().accessToken}` };
}

/** Sends `count` requests and returns their status codes. */
async function statuses(count: number, send: () => Promise<{ statusCode: number }>) {
  const codes: number[] = [];
  for (let i = 0; i < count; i++) codes.push((await send()).statusCode);
  return codes;
}

describe('rate limits', () => {
  it('tell every answer its limit, what remains and when the window resets', async () => {
    const from = { 'x-forwarded-for': uniqueAddress() };
    const first = await get(t.app, '/api/v1/problems', from);
    expect(first.statusCode).toBe(200);
    expect(first.headers['ratelimit-limit']).toBe('5');
    expect(first.headers['ratelimit-remaining']).toBe('4');
    expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(55);
    expect(Number(first.headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
    const second = await get(t.app, '/api/v1/problems', from);
    expect(second.headers['ratelimit-remaining']).toBe('3');
  });

  it('answer 429 as a problem with Retry-After once an address has used its budget', async () => {
    const from = { 'x-forwarded-for': uniqueAddress() };
    expect(await statuses(5, () => get(t.app, '/api/v1/problems', from))).toEqual([200, 200, 200, 200, 200]);
    const refused = await get(t.app, '/api/v1/problems', from);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(refused.json()).toMatchObject({
      type: 'urn:winterarc:problem:too-many-requests',
      status: 429,
      retryAfterSeconds: retryAfter,
      detail: expect.stringContaining('5 per 60 s'),
    });
    // Another address is not affected.
    expect((await get(t.app, '/api/v1/problems', { 'x-forwarded-for': uniqueAddress() })).statusCode).toBe(
      200,
    );
  });

  it('give each signed-in user a budget of their own, apart from their address', async () => {
    const address = uniqueAddress();
    const ada = { ...(await signUpFrom(t.app, address)), 'x-forwarded-for': address };
    const bob = { ...(await signUpFrom(t.app, address)), 'x-forwarded-for': address };
    const me = (headers: Record<string, string>) => get(t.app, '/api/v1/users/me', headers);

    const adaCodes = await statuses(9, () => me(ada));
    expect(adaCodes.slice(0, 8)).toEqual(Array(8).fill(200));
    expect(adaCodes[8]).toBe(429);
    // Same address: Bob has his own budget (8 per user), and anonymous callers theirs (5 per address).
    const bobFirst = await me(bob);
    expect(bobFirst.statusCode).toBe(200);
    expect(bobFirst.headers['ratelimit-limit']).toBe('8');
    expect(bobFirst.headers['ratelimit-remaining']).toBe('7');
    const anonymous = await get(t.app, '/api/v1/problems', { 'x-forwarded-for': address });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['ratelimit-limit']).toBe('5');
  });

  it('counts a bad or expired token against the address, not a user', async () => {
    const from = { 'x-forwarded-for': uniqueAddress(), authorization: 'Bearer not.a.token' };
    const response = await get(t.app, '/api/v1/users/me', from);
    expect(response.statusCode).toBe(401);
    expect(response.headers['ratelimit-limit']).toBe('5');
  });

  it('limit submitting more strictly, per user, before the body is validated', async () => {
    const address = uniqueAddress();
    const user = { ...(await signUpFrom(t.app, address)), 'x-forwarded-for': address };
    const submit = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/submissions', headers: user, payload: { problem: '!' } });
    const first = await submit();
    expect(first.statusCode).toBe(400);
    expect(first.headers['ratelimit-limit']).toBe('3');
    expect(await statuses(2, submit)).toEqual([400, 400]);
    const refused = await submit();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().type).toBe('urn:winterarc:problem:too-many-requests');
    // The user's general budget is separate: reading still works.
    expect((await get(t.app, '/api/v1/submissions', user)).statusCode).toBe(200);
  });

  it('limit sign-up, sign-in and the token endpoint together, per address', async () => {
    const address = uniqueAddress();
    await signUpFrom(t.app, address);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      headers: { 'x-forwarded-for': address },
      payload: { email: uniqueEmail(), password: 'whatever it is' },
    });
    expect(signIn.statusCode).toBe(401);
    expect(signIn.headers['ratelimit-limit']).toBe('3');
    const token = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        headers: { 'x-forwarded-for': address, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'grant_type=password&username=nobody%40example.test&password=wrong',
      });
    expect((await token()).statusCode).not.toBe(429);
    const refused = await token();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    // Other routes from that address still answer: the stricter budget is its own.
    expect((await get(t.app, '/api/v1/problems', { 'x-forwarded-for': address })).statusCode).toBe(200);
  });

  it('never limit health checks or the API docs', async () => {
    const from = { 'x-forwarded-for': uniqueAddress() };
    for (const url of ['/healthz', '/readyz', '/openapi.json']) {
      const codes = await statuses(7, () => get(t.app, url, from));
      expect(codes).toEqual(Array(7).fill(200));
    }
    const health = await get(t.app, '/healthz', from);
    expect(health.headers['ratelimit-limit']).toBeUndefined();
  });
});

describe('with Redis unreachable', () => {
  it('keeps serving, counts in this process and says so in /readyz', { timeout: 15_000 }, async () => {
    const redisUrl = `redis://127.0.0.1:${await closedPort()}`;
    const down = await startTestApp(limits, {
      counters: createFallbackCounterStore(createRedisCounterStore(redisUrl), createMemoryCounterStore()),
      cache: createRedisCache(redisUrl),
    });
    try {
      const address = uniqueAddress();
      const signUp = await down.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        headers: { 'x-forwarded-for': address },
        payload: { email: uniqueEmail(), password: 'correct horse battery', displayName: 'Down' },
      });
      expect(signUp.statusCode).toBe(201);
      const { email } = signUp.json().user;
      const signIn = await down.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        headers: { 'x-forwarded-for': address },
        payload: { email, password: 'correct horse battery' },
      });
      expect(signIn.statusCode).toBe(200);

      const from = { 'x-forwarded-for': uniqueAddress() };
      const codes = await statuses(6, () => get(down.app, '/api/v1/problems', from));
      expect(codes).toEqual([200, 200, 200, 200, 200, 429]);

      const ready = await down.app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json().status).toBe('degraded');
      expect(ready.json().checks).toContainEqual({
        name: 'cache',
        ok: false,
        error: expect.stringMatching(/Redis does not answer.*count in each instance/),
      });
    } finally {
      await down.close();
    }
  });
});

describe('paths and methods no route serves', () => {
  it('count against the budget too: unknown /api/v1 paths and OPTIONS', async () => {
    const from = { 'x-forwarded-for': uniqueAddress() };
    const unknown = await get(t.app, '/api/v1/no-such-thing', from);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.headers['ratelimit-remaining']).toBe('4');
    const codes = await statuses(5, () =>
      t.app.inject({ method: 'OPTIONS', url: '/api/v1/problems', headers: from }),
    );
    expect(codes).toEqual([404, 404, 404, 404, 429]);
    expect((await get(t.app, '/api/v1/problems', from)).statusCode).toBe(429);
  });

  it('count with the web app served too, whose fallback answers every other path', async () => {
    const webDist = mkdtempSync(path.join(tmpdir(), 'winterarc-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Winter Arc</title>');
    const withWeb = await startTestApp({ ...limits, WINTERARC_WEB_DIST: webDist });
    try {
      const from = { 'x-forwarded-for': uniqueAddress() };
      const codes = await statuses(6, () => get(withWeb.app, '/api/v1/no-such-thing', from));
      expect(codes).toEqual([404, 404, 404, 404, 404, 429]);
      // Outside /api/v1 the web app still answers deep links, unlimited.
      expect((await get(withWeb.app, '/roadmap/some-week', from)).statusCode).toBe(200);
    } finally {
      await withWeb.close();
      rmSync(webDist, { recursive: true, force: true });
    }
  });
});
