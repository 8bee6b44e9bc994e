import { describe, expect, it, vi } from 'vitest';
import { ApiClient, expectOk, refreshPath } from './client';
import { ApiError, isStaleVersion, toApiError } from './errors';
import type { Session } from './types';

const problemJson = { 'content-type': 'application/problem+json; charset=utf-8' };

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

function unauthorized(): Response {
  return new Response(
    JSON.stringify({
      type: 'urn:winterarc:problem:unauthenticated',
      title: 'Unauthorized',
      status: 401,
      detail: 'The access token has expired.',
      instance: 'req-1',
    }),
    { status: 401, headers: problemJson },
  );
}

function sessionWith(accessToken: string): Session {
  return {
    user: {
      id: 'u1',
      email: 'a@example.com',
      displayName: 'Ada',
      role: 'learner',
      disabled: false,
      anonymous: false,
      createdAt: '2025-01-01T00:00:00Z',
    },
    accessToken,
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshToken: `refresh-${accessToken}`,
  };
}

/** The app's origin in these tests (the client sends absolute URLs; Node has no page to resolve against). */
const baseUrl = 'http://app.test';
const pathOf = (request: Request) => new URL(request.url).pathname;

/** A fake server: refresh issues `fresh`; other paths accept only `Bearer fresh`. */
function fakeServer(options: { refreshSucceeds: boolean }) {
  const fetch = vi.fn(async (request: Request): Promise<Response> => {
    const path = pathOf(request);
    if (path === refreshPath) {
      // Let both callers be waiting before the refresh answers, as on a real network.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return options.refreshSucceeds ? jsonResponse(200, sessionWith('fresh')) : unauthorized();
    }
    return request.headers.get('authorization') === 'Bearer fresh'
      ? jsonResponse(200, { path })
      : unauthorized();
  });
  const client = new ApiClient({ fetch, baseUrl, refreshLock: (task) => task() });
  const refreshCalls = () => fetch.mock.calls.filter(([request]) => pathOf(request) === refreshPath).length;
  /** The body of a GET through the typed client (the fake answers `{ path }`). */
  const get = async (path: '/api/v1/roadmap' | '/api/v1/users/me') =>
    (await expectOk(client.api.GET(path))).data as unknown;
  return { fetch, client, refreshCalls, get };
}

describe('toApiError', () => {
  it('keeps the problem fields, the field errors and the extensions', () => {
    const error = toApiError(400, 'Bad Request', {
      type: 'urn:winterarc:problem:validation',
      title: 'Bad Request',
      status: 400,
      detail: "The request's body is invalid: check email, password.",
      instance: 'req-7',
      errors: [
        { in: 'body', field: 'email', message: 'must be a valid email' },
        { in: 'body', field: 'password', message: 'must be at least 10 characters long' },
        { in: 'body', field: 'password', message: 'is required' },
      ],
      retryAfterSeconds: 30,
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.type).toBe('urn:winterarc:problem:validation');
    expect(error.detail).toBe("The request's body is invalid: check email, password.");
    expect(error.message).toBe(error.detail);
    expect(error.instance).toBe('req-7');
    expect(error.messagesFor('email')).toEqual(['must be a valid email']);
    expect(error.messagesFor('password')).toEqual(['must be at least 10 characters long', 'is required']);
    expect(error.messagesFor('displayName')).toEqual([]);
    expect(error.retryAfterSeconds).toBe(30);
  });

  it('reads currentVersion from a 412', () => {
    const error = toApiError(412, 'Precondition Failed', {
      type: 'urn:winterarc:problem:precondition-failed',
      title: 'Precondition Failed',
      status: 412,
      detail: 'Your copy of this progress is stale.',
      currentVersion: 4,
    });
    expect(isStaleVersion(error)).toBe(true);
    expect(error.currentVersion).toBe(4);
  });

  it('drops malformed field errors instead of failing on them', () => {
    const error = toApiError(400, 'Bad Request', {
      detail: 'Bad input.',
      errors: [{ field: 'email' }, 'nonsense', { in: 'body', field: 'email', message: 'is required' }],
    });
    expect(error.fieldErrors).toEqual([{ in: 'body', field: 'email', message: 'is required' }]);
  });

  it('gives a readable detail when the body is not a problem document', () => {
    const error = toApiError(502, 'Bad Gateway', '<html>nginx</html>');
    expect(error.status).toBe(502);
    expect(error.detail).toMatch(/unavailable/);
    expect(error.fieldErrors).toEqual([]);
    expect(toApiError(418, "I'm a teapot", undefined).detail).toBe("The request failed (418 I'm a teapot).");
  });
});

describe('ApiClient.api', () => {
  it('throws an ApiError with field errors parsed from a problem response', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            type: 'urn:winterarc:problem:validation',
            title: 'Bad Request',
            status: 400,
            detail: "The request's body is invalid: check password.",
            instance: 'req-2',
            errors: [{ in: 'body', field: 'password', message: 'must be at least 10 characters long' }],
          }),
          { status: 400, headers: problemJson },
        ),
    );
    const client = new ApiClient({ fetch, baseUrl, refreshLock: (task) => task() });
    const failure = await expectOk(
      client.api.POST('/api/v1/auth/signup', {
        body: { email: 'a@example.com', password: 'x', displayName: 'A' },
      }),
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).messagesFor('password')).toEqual(['must be at least 10 characters long']);
  });

  it('turns a failed connection into an ApiError with status 0', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const client = new ApiClient({ fetch, baseUrl, refreshLock: (task) => task() });
    const failure = await expectOk(client.api.GET('/api/v1/roadmap')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(0);
  });

  it('sends JSON with the bearer token and returns the body and headers', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse(200, { status: 'done' }, { etag: '"3"' }));
    const client = new ApiClient({ fetch, baseUrl, refreshLock: (task) => task() });
    client.setSession(sessionWith('fresh'));
    const response = await expectOk(
      client.api.PATCH('/api/v1/roadmap/topics/{slug}/progress', {
        params: { path: { slug: 'x' }, header: { 'if-match': '"2"' } },
        body: { status: 'done' },
      }),
    );
    expect(response.data).toEqual({ status: 'done' });
    expect(response.headers.get('etag')).toBe('"3"');
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('PATCH');
    expect(request.url).toBe(`${baseUrl}/api/v1/roadmap/topics/x/progress`);
    expect(request.headers.get('authorization')).toBe('Bearer fresh');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('if-match')).toBe('"2"');
    expect(await request.text()).toBe('{"status":"done"}');
  });
});

describe('refresh on 401', () => {
  it('refreshes once for two concurrent 401s and retries both with the new token', async () => {
    const { client, refreshCalls, get } = fakeServer({ refreshSucceeds: true });
    client.setSession(sessionWith('expired'));

    const [roadmap, me] = await Promise.all([get('/api/v1/roadmap'), get('/api/v1/users/me')]);

    expect(refreshCalls()).toBe(1);
    expect(roadmap).toEqual({ path: '/api/v1/roadmap' });
    expect(me).toEqual({ path: '/api/v1/users/me' });
    expect(client.session?.accessToken).toBe('fresh');
  });

  it('does not refresh again when another request already did', async () => {
    const { client, refreshCalls, get } = fakeServer({ refreshSucceeds: true });
    client.setSession(sessionWith('expired'));
    await get('/api/v1/roadmap');
    // A request sent with the old token that fails after the refresh just retries with the new one.
    client.setSession(sessionWith('fresh'));
    await get('/api/v1/users/me');
    expect(refreshCalls()).toBe(1);
  });

  it('shares one refresh between concurrent refresh() calls', async () => {
    const { client, refreshCalls } = fakeServer({ refreshSucceeds: true });
    const [first, second] = await Promise.all([client.refresh(), client.refresh()]);
    expect(first).toBe(second);
    expect(refreshCalls()).toBe(1);
    // Once settled, a later refresh is a new request.
    await client.refresh();
    expect(refreshCalls()).toBe(2);
  });

  it('signs out and rethrows the 401 when the refresh fails', async () => {
    const { client, refreshCalls, get } = fakeServer({ refreshSucceeds: false });
    client.setSession(sessionWith('expired'));
    const sessions: (Session | null)[] = [];
    client.subscribe((session) => sessions.push(session));

    const failures = await Promise.all([
      get('/api/v1/roadmap').catch((e: unknown) => e),
      get('/api/v1/users/me').catch((e: unknown) => e),
    ]);

    expect(refreshCalls()).toBe(1);
    for (const failure of failures) expect((failure as ApiError).status).toBe(401);
    expect(client.session).toBeNull();
    expect(sessions).toEqual([null]);
  });

  it('never refreshes for the auth endpoints themselves', async () => {
    const { client, refreshCalls } = fakeServer({ refreshSucceeds: true });
    const failure = await expectOk(
      client.api.POST('/api/v1/auth/signin', { body: { email: 'a@example.com', password: 'wrong' } }),
    ).catch((e: unknown) => e);
    expect((failure as ApiError).status).toBe(401);
    expect(refreshCalls()).toBe(0);
  });

  it('runs the refresh inside the cross-tab lock', async () => {
    const order: string[] = [];
    const fetch = vi.fn(async () => {
      order.push('refresh');
      return jsonResponse(200, sessionWith('fresh'));
    });
    const client = new ApiClient({
      fetch,
      baseUrl,
      refreshLock: async (task) => {
        order.push('lock');
        const result = await task();
        order.push('unlock');
        return result;
      },
    });
    await client.refresh();
    expect(order).toEqual(['lock', 'refresh', 'unlock']);
  });
});

describe('restoring a session on page load', () => {
  const hint = (present: boolean) => ({ present: () => present, forget: vi.fn() });

  it('sends no refresh when the hint cookie says there is no session (a signed-out visit logs no 401)', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, sessionWith('fresh')));
    const client = new ApiClient({ fetch, baseUrl, refreshLock: (task) => task(), sessionHint: hint(false) });
    expect(await client.restore()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refreshes when the hint is there, and forgets the hint when the refresh cookie was refused', async () => {
    const present = hint(true);
    const ok = new ApiClient({
      fetch: async () => jsonResponse(200, sessionWith('fresh')),
      baseUrl,
      refreshLock: (task) => task(),
      sessionHint: present,
    });
    expect((await ok.restore())?.accessToken).toBe('fresh');
    expect(present.forget).not.toHaveBeenCalled();

    const stale = hint(true);
    const refused = new ApiClient({
      fetch: async () => unauthorized(),
      baseUrl,
      refreshLock: (task) => task(),
      sessionHint: stale,
    });
    expect(await refused.restore()).toBeNull();
    expect(stale.forget).toHaveBeenCalledOnce();
  });
});
