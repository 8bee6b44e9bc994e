/**
 * The WebSocket upgrade is refused to pages of foreign origins and to an address holding too many
 * sockets that have not authenticated. Real sockets (the `ws` client), so Origin and the client
 * address are what a browser or an attacker would send.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { signUp } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
/** An app of its own for the cap, so sockets of the other tests closing late do not count there. */
let capped: TestApp;
/** An app whose instance-wide socket cap is 2. */
let full: TestApp;

async function listening(env: Record<string, string>) {
  const started = await startTestApp(env);
  await started.app.listen({ port: 0, host: '127.0.0.1' });
  return started;
}

const originOf = (app: TestApp) => `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`;

beforeAll(async () => {
  t = await listening({ WS_ALLOWED_ORIGINS: 'https://app.example.test' });
  capped = await listening({ WS_MAX_UNAUTHENTICATED_PER_ADDRESS: '2' });
  full = await listening({ WS_MAX_CONNECTIONS: '2' });
});

afterAll(async () => {
  await t?.close();
  await capped?.close();
  await full?.close();
});

type Outcome = { opened: WebSocket } | { refused: number; body: string };

/** Opens /api/v1/ws; resolves with the open socket or the HTTP status and body of the refusal. */
function connect(app: TestApp, headers: Record<string, string> = {}): Promise<Outcome> {
  const socket = new WebSocket(`${originOf(app).replace('http', 'ws')}/api/v1/ws`, { headers });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ opened: socket }));
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      response.on('end', () => resolve({ refused: response.statusCode ?? 0, body }));
    });
    socket.once('error', reject);
  });
}

async function closeAll(sockets: WebSocket[]) {
  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve();
          socket.once('close', () => resolve());
          socket.close();
        }),
    ),
  );
}

describe('WebSocket admission', () => {
  it('accepts its own origin, listed origins and clients that send none', async () => {
    const opened: WebSocket[] = [];
    const cases: Record<string, string>[] = [
      {},
      { origin: originOf(t) },
      { origin: 'https://app.example.test' },
    ];
    for (const headers of cases) {
      const outcome = await connect(t, headers);
      expect(outcome, JSON.stringify(headers)).toHaveProperty('opened');
      if ('opened' in outcome) opened.push(outcome.opened);
    }
    await closeAll(opened);
  });

  it('refuses a page of another origin with a 403 problem', async () => {
    const outcome = await connect(t, { origin: 'https://evil.example.test' });
    expect(outcome).toMatchObject({ refused: 403 });
    if ('body' in outcome) {
      expect(JSON.parse(outcome.body)).toMatchObject({
        type: 'urn:winterarc:problem:forbidden',
        detail: expect.stringContaining('WS_ALLOWED_ORIGINS'),
      });
    }
  });

  it('caps the sockets an address holds before authenticating, and frees a place on authentication', async () => {
    const first = await connect(capped);
    const second = await connect(capped);
    if (!('opened' in first) || !('opened' in second)) throw new Error('the first two sockets must open');
    const third = await connect(capped);
    expect(third).toMatchObject({ refused: 429 });
    if ('body' in third) expect(JSON.parse(third.body).type).toBe('urn:winterarc:problem:too-many-requests');

    // Authenticating one of them frees its place (before the server says "ready").
    const learner = await signUp(capped.app);
    const ready = new Promise((resolve) => first.opened.once('message', resolve));
    first.opened.send(JSON.stringify({ type: 'auth', token: learner.accessToken }));
    expect(JSON.parse(String(await ready))).toEqual({ type: 'ready' });
    const fourth = await connect(capped);
    if (!('opened' in fourth)) throw new Error('a place was freed by authenticating');
    expect(await connect(capped)).toMatchObject({ refused: 429 });

    // Closing one frees its place too, once the server has seen the close.
    await closeAll([second.opened]);
    let fifth: Outcome | undefined;
    await vi.waitFor(async () => {
      fifth = await connect(capped);
      expect(fifth).toHaveProperty('opened');
    });
    await closeAll([
      first.opened,
      fourth.opened,
      ...(fifth !== undefined && 'opened' in fifth ? [fifth.opened] : []),
    ]);
  });

  it('caps the sockets one instance holds, authenticated or not, with a 503 that says when to retry', async () => {
    const learner = await signUp(full.app);
    const first = await connect(full, { authorization: `Bearer ${learner.accessToken}` });
    const second = await connect(full);
    if (!('opened' in first) || !('opened' in second)) throw new Error('the first two sockets must open');
    const third = await connect(full, { authorization: `Bearer ${learner.accessToken}` });
    expect(third).toMatchObject({ refused: 503 });
    if ('body' in third)
      expect(JSON.parse(third.body)).toMatchObject({
        type: 'urn:winterarc:problem:unavailable',
        retryAfterSeconds: 30,
        detail: expect.stringContaining('most live connections (2)'),
      });

    // A socket that closes frees its place, once the server has seen the close.
    await closeAll([first.opened]);
    let next: Outcome | undefined;
    await vi.waitFor(async () => {
      next = await connect(full);
      expect(next).toHaveProperty('opened');
    });
    await closeAll([second.opened, ...(next !== undefined && 'opened' in next ? [next.opened] : [])]);
  });
});
