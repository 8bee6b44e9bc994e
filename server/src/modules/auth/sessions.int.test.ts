/**
 * An access token is only as good as its session and account, on every request: sign-out, reuse
 * detection, a role change, disabling and deletion take effect on the very next request (HTTP and
 * WebSocket), on every API instance, although the JWT itself has not expired.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { buildApp } from '../../app.js';
import type { Cache } from '../../infra/cache/cache.js';
import { createMemoryCache } from '../../infra/cache/memory-cache.js';
import { createRedisCache } from '../../infra/cache/redis-cache.js';
import { createMetrics } from '../../infra/metrics/metrics.js';
import { createMemoryPubSub } from '../../infra/pubsub/memory-pubsub.js';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import { createRedisPubSub } from '../../infra/pubsub/redis-pubsub.js';
import { signAccessToken, signUp, signUpAdmin, type TestAccount } from '../../test/accounts.js';
import { testBackend, testServices } from '../../test/backends.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { closeCodes } from '../submissions/live-route.js';

// Two instances, as behind a load balancer: one database, and the cache and pub/sub shared the way a
// deployment shares them (two Redis connections under one prefix; one in-process store when embedded).
let a: TestApp;
let b: FastifyInstance;
let cacheB: Cache;
let pubsubB: PubSub;
let admin: TestAccount;
beforeAll(async () => {
  const prefix = `wa-test:${randomUUID()}:`;
  const redis = testBackend() === 'postgres';
  const cacheA = redis ? createRedisCache(testServices.redisUrl, { keyPrefix: prefix }) : createMemoryCache();
  cacheB = redis ? createRedisCache(testServices.redisUrl, { keyPrefix: prefix }) : cacheA;
  const pubsubA = redis ? createRedisPubSub(testServices.redisUrl, { prefix }) : createMemoryPubSub();
  pubsubB = redis ? createRedisPubSub(testServices.redisUrl, { prefix }) : pubsubA;
  a = await startTestApp({}, { cache: cacheA, pubsub: pubsubA });
  b = await buildApp({ ...a, cache: cacheB, pubsub: pubsubB, metrics: createMetrics() });
  await b.ready();
  admin = await signUpAdmin(a.app, a.database);
});
afterAll(async () => {
  await b?.close();
  if (cacheB !== a?.cache) await cacheB?.close();
  if (pubsubB !== a?.pubsub) await pubsubB?.close();
  await a?.close();
});

const me = (app: FastifyInstance, account: Pick<TestAccount, 'headers'>) =>
  app.inject({ url: '/api/v1/users/me', headers: account.headers });
const adminList = (app: FastifyInstance, account: Pick<TestAccount, 'headers'>) =>
  app.inject({ url: '/api/v1/users?limit=1', headers: account.headers });
const patchUser = (id: string, body: object) =>
  a.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: admin.headers, payload: body });

/** Both instances have answered (and cached) the account's session before the change. */
async function warm(account: TestAccount) {
  expect((await me(a.app, account)).statusCode).toBe(200);
  expect((await me(b, account)).statusCode).toBe(200);
}

function listen(socket: WebSocket) {
  const messages: Array<Record<string, unknown>> = [];
  socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const ready = new Promise<void>((resolve) =>
    socket.on('message', (data) => JSON.parse(data.toString()).type === 'ready' && resolve()),
  );
  return { closed, ready };
}

describe('a session ends on every instance at once', () => {
  it('when its owner signs out: HTTP answers 401 and the open WebSocket closes with 4401', async () => {
    const learner = await signUp(a.app);
    await warm(learner);
    const socket = listen(await b.injectWS('/api/v1/ws', { headers: learner.headers }));
    await socket.ready;

    const out = await a.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signout',
      payload: { refreshToken: learner.refreshToken },
    });
    expect(out.statusCode).toBe(204);

    for (const app of [a.app, b]) {
      const response = await me(app, learner);
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().detail).toContain('Sign in again');
    }
    expect(await socket.closed).toBe(closeCodes.unauthenticated);
  });

  it('only for the session signed out: the same account on another device keeps working', async () => {
    const learner = await signUp(a.app);
    const signIn = await a.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: learner.email, password: learner.password },
    });
    const other = { headers: { authorization: `Bearer ${signIn.json().accessToken}` } };
    await warm(learner);
    await a.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signout',
      payload: { refreshToken: learner.refreshToken },
    });
    expect((await me(b, learner)).statusCode).toBe(401);
    expect((await me(b, other)).statusCode).toBe(200);
  });

  it('when a used refresh token comes back (theft): the family and its access tokens end', async () => {
    const learner = await signUp(a.app);
    const rotated = await a.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: learner.refreshToken },
    });
    const current = { headers: { authorization: `Bearer ${rotated.json().accessToken}` } };
    expect((await me(b, current)).statusCode).toBe(200);
    const replay = await a.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: learner.refreshToken },
    });
    expect(replay.statusCode).toBe(401);
    expect((await me(b, current)).statusCode).toBe(401);
  });
});

describe('account changes reach live tokens at once', () => {
  it('a demoted admin loses admin on the next request, on every instance; promotion works the same way', async () => {
    const other = await signUpAdmin(a.app, a.database);
    expect((await adminList(a.app, other)).statusCode).toBe(200);
    expect((await adminList(b, other)).statusCode).toBe(200);

    const demoted = await patchUser(other.id, { role: 'learner' });
    expect(demoted.statusCode).toBe(200);
    expect(demoted.json().role).toBe('learner');
    expect((await adminList(a.app, other)).statusCode).toBe(403);
    expect((await adminList(b, other)).statusCode).toBe(403);
    // The token still works for what a learner may do.
    expect((await me(b, other)).statusCode).toBe(200);

    expect((await patchUser(other.id, { role: 'admin' })).statusCode).toBe(200);
    expect((await adminList(b, other)).statusCode).toBe(200);
  });

  it('a disabled account stops at once (HTTP and WebSocket), cannot sign in or refresh, and can be enabled again', async () => {
    const learner = await signUp(a.app);
    await warm(learner);
    const socket = listen(await b.injectWS('/api/v1/ws', { headers: learner.headers }));
    await socket.ready;

    const disabled = await patchUser(learner.id, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabled).toBe(true);
    expect((await me(a.app, learner)).statusCode).toBe(401);
    expect((await me(b, learner)).statusCode).toBe(401);
    expect(await socket.closed).toBe(closeCodes.unauthenticated);

    const signIn = () =>
      a.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: learner.email, password: learner.password },
      });
    const refused = await signIn();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('disabled');
    const refresh = await a.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: learner.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);

    expect((await patchUser(learner.id, { disabled: false })).json().disabled).toBe(false);
    // Old sessions stay ended; a new sign-in works.
    expect((await me(b, learner)).statusCode).toBe(401);
    expect((await signIn()).statusCode).toBe(200);
  });

  it('a deleted account stops at once on every instance', async () => {
    const learner = await signUp(a.app);
    await warm(learner);
    const deleted = await a.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${learner.id}`,
      headers: admin.headers,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await me(a.app, learner)).statusCode).toBe(401);
    expect((await me(b, learner)).statusCode).toBe(401);
  });
});

describe('tokens the server did not issue to a live session', () => {
  it('a correctly signed token for an unknown user or session is a 401 problem on every route, never a 500', async () => {
    const learner = await signUp(a.app);
    const forged = [
      await signAccessToken(a.config.auth, { sub: randomUUID(), sid: randomUUID(), role: 'admin' }),
      await signAccessToken(a.config.auth, { sub: learner.id, sid: randomUUID() }),
    ];
    for (const token of forged) {
      const headers = { authorization: `Bearer ${token}` };
      for (const request of [
        { method: 'GET' as const, url: '/api/v1/users/me' },
        { method: 'GET' as const, url: '/api/v1/users' },
        { method: 'GET' as const, url: '/api/v1/submissions' },
        { method: 'PATCH' as const, url: '/api/v1/users/me', payload: { anonymous: true } },
        {
          method: 'POST' as const,
          url: '/api/v1/submissions',
          payload: { problem: 'fresh-tracks', language: 'python', source: 'print(1)' },
        },
      ]) {
        const response = await a.app.inject({ ...request, headers });
        expect(response.statusCode, `${request.method} ${request.url}`).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    }
  });

  it('refuses a token issued in the future beyond the clock skew, and accepts one within it', async () => {
    const learner = await signUp(a.app);
    const { sid } = JSON.parse(Buffer.from(learner.accessToken.split('.')[1]!, 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const at = async (iat: number) => {
      const token = await signAccessToken(a.config.auth, { sub: learner.id, sid, iat, exp: iat + 300 });
      return (await me(a.app, { headers: { authorization: `Bearer ${token}` } })).statusCode;
    };
    expect(await at(now + 10)).toBe(200);
    expect(await at(now + 3600)).toBe(401);
  });

  it('refuses a token whose audience is a list, even one that contains ours', async () => {
    const learner = await signUp(a.app);
    const { sid } = JSON.parse(Buffer.from(learner.accessToken.split('.')[1]!, 'base64url').toString());
    const token = await signAccessToken(a.config.auth, {
      sub: learner.id,
      sid,
      aud: [a.config.auth.audience, 'another-service'],
    });
    expect((await me(a.app, { headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const single = await signAccessToken(a.config.auth, { sub: learner.id, sid });
    expect((await me(a.app, { headers: { authorization: `Bearer ${single}` } })).statusCode).toBe(200);
  });
});
