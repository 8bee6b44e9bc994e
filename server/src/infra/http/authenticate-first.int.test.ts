/**
 * Authentication comes before the body is read, parsed or validated: an anonymous caller learns
 * nothing of a route's schema and cannot make the server parse megabytes for nothing. Checked on
 * every operation of the OpenAPI document that needs a token, so a new route cannot forget it.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationsOf } from '../../test/openapi-requests.js';
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

/** A request to `operation` whose every part is invalid: only authentication can answer it correctly. */
function invalidRequestTo(operation: ReturnType<typeof operationsOf>[number], authorization?: string) {
  const path = operation.path.replace(/\{[^}]+\}/g, '%00');
  return {
    method: operation.method as 'GET',
    url: `${path}?not-a-field=1`,
    headers: {
      ...(authorization === undefined ? {} : { authorization }),
      ...(operation.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(operation.body === undefined ? {} : { payload: '{"not-a-field": "\\u0000", ' }),
  };
}

describe('authentication before validation', () => {
  it('every route that needs a token answers an anonymous invalid request 401, not 400', async () => {
    const guarded = operationsOf(t.app.swagger() as never).filter((operation) => !operation.anonymous);
    expect(guarded.length).toBeGreaterThan(8);
    for (const operation of guarded) {
      const response = await t.app.inject(invalidRequestTo(operation));
      expect(response.statusCode, `${operation.method} ${operation.path}: ${response.body}`).toBe(401);
      expect(response.json().type).toBe(problemTypes.unauthenticated);
    }
  });

  it('a route anyone may read refuses a bad token before looking at the request', async () => {
    const open = operationsOf(t.app.swagger() as never).filter(
      (operation) => operation.anonymous && operation.path.startsWith('/api/v1/roadmap'),
    );
    expect(open.length).toBeGreaterThan(0);
    for (const operation of open) {
      const response = await t.app.inject(invalidRequestTo(operation, 'Bearer not.a.token'));
      expect(response.statusCode, `${operation.method} ${operation.path}: ${response.body}`).toBe(401);
    }
  });

  it('an anonymous 8 MB import is refused before its body is sent', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const { socket, closed } = await openRawConnection(port);
    // Headers announce 8 MB; only a few bytes follow. Were the body read first, no answer would come.
    socket.write(
      'POST /api/v1/me/progress/import HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${8 * 1024 * 1024 - 1}\r\n\r\n{"format":`,
    );
    const firstBytes = await new Promise<string>((resolve) =>
      socket.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))),
    );
    socket.destroy();
    await closed;
    expect(firstBytes).toMatch(/^HTTP\/1\.1 401 /);
    expect(firstBytes).toContain(problemTypes.unauthenticated);
  });
});
