/**
 * Errors raised before a route runs — by the router (a too long or malformed path) or the HTTP parser
 * (header fields too large) — are problem documents naming what to fix, like every other error.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/accounts.js';
import { openRawConnection } from '../../test/raw-http.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { problemTypes } from './problem.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('answers made before a route runs', () => {
  it('a path segment longer than any id is a 414 problem naming the path', async () => {
    const response = await t.app.inject({ url: `/api/v1/problems/${'a'.repeat(300)}` });
    expect(response.statusCode).toBe(414);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      type: problemTypes.uriTooLong,
      status: 414,
      errors: [{ in: 'path', field: 'path' }],
    });
  });

  it('a path that is not percent-encoded UTF-8 is a 400 problem naming the path', async () => {
    const response = await t.app.inject({ url: '/api/v1/problems/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: problemTypes.validation, errors: [{ field: 'path' }] });
  });

  it('header fields over 16 KiB are a 431 problem on a real connection', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const { socket, closed } = await openRawConnection(port);
    socket.write(`GET /api/v1/problems HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    const response = await closed;
    expect(response.status).toBe(431);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(response.body)).toMatchObject({
      type: problemTypes.headersTooLarge,
      status: 431,
      errors: [{ in: 'headers' }],
    });
  });

  it('a wrong import format is a 400 problem naming `format` and the one accepted', async () => {
    const learner = await signUp(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/progress/import',
      headers: learner.headers,
      payload: { format: 'someone-elses-format', items: [] },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.detail).toMatch(/check format\./);
    expect(problem.errors).toEqual([
      {
        in: 'body',
        field: 'format',
        message: expect.stringMatching(/^must be one of: winterarc\.progress\/v1$/),
      },
    ]);
  });
});
