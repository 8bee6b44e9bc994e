/**
 * A client that sends its headers or its body a byte at a time is cut off with a 408 problem once the
 * configured limit passes, freeing the connection. Real sockets, small limits (1 s headers, 2 s whole
 * request); the client keeps trickling until the server closes, so the test waits on that event only.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawConnection, type RawResponse } from '../../test/raw-http.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { problemTypes } from './problem.js';

let t: TestApp;
let port: number;

beforeAll(async () => {
  t = await startTestApp({ HTTP_HEADERS_TIMEOUT_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '2' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await t?.close();
});

/** Sends `head`, then one more piece every 50 ms until the server closes the connection. */
async function trickle(head: string, piece: string): Promise<{ response: RawResponse; piecesSent: number }> {
  const { socket, closed } = await openRawConnection(port);
  socket.write(head);
  let piecesSent = 0;
  const drip = setInterval(() => {
    if (socket.writable) {
      socket.write(piece);
      piecesSent += 1;
    }
  }, 50);
  try {
    return { response: await closed, piecesSent };
  } finally {
    clearInterval(drip);
  }
}

function expectTimeoutProblem(response: RawResponse) {
  expect(response.status).toBe(408);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(response.body)).toMatchObject({ type: problemTypes.requestTimeout, status: 408 });
}

describe('slow clients', () => {
  it('a body trickling in is cut off after the request timeout', { timeout: 20_000 }, async () => {
    const { response, piecesSent } = await trickle(
      'POST /api/v1/auth/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
      ' ',
    );
    expectTimeoutProblem(response);
    // It was cut while still sending, long before its 1,000 bytes were in.
    expect(piecesSent).toBeLessThan(1000);
  });

  it('headers trickling in are cut off after the headers timeout', { timeout: 20_000 }, async () => {
    const { response, piecesSent } = await trickle(
      'GET /api/v1/problems HTTP/1.1\r\nHost: x\r\n',
      'X-Slow: 1\r\n',
    );
    expectTimeoutProblem(response);
    expect(piecesSent).toBeLessThan(1000);
  });
});
