/** GET /api/v1/ws: live events of the caller's own submissions, over the backend's pub/sub. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { sessionIdOf, signUp, type TestAccount } from '../../test/accounts.js';
import { conformancePackages, type PipelineTest, startPipelineTest } from '../../test/pipeline.js';
import { closeCodes } from './live-route.js';

let t: PipelineTest;
let learner: TestAccount;
beforeAll(async () => {
  t = await startPipelineTest({ problems: ['two-sum-function'] });
  learner = await signUp(t.app);
});
afterAll(() => t?.close());

interface Listener {
  socket: WebSocket;
  messages: Array<Record<string, unknown>>;
  closed: Promise<number>;
}

function listen(socket: WebSocket): Listener {
  const messages: Array<Record<string, unknown>> = [];
  socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return { socket, messages, closed };
}

async function until(predicate: () => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const ready = (l: Listener) => until(() => l.messages.some((m) => m.type === 'ready'));

async function submit(account: TestAccount) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: account.headers,
    payload: {
      problem: 'two-sum-function',
      language: 'python',
      source: await readFile(
        path.join(conformancePackages, 'two-sum-function/submissions/accepted/hash_map.py'),
        'utf8',
      ),
    },
  });
  return response.json().id as string;
}

describe('live submission events', () => {
  it('streams judging, compiling, testing and the final verdict of my submission', async () => {
    const mine = listen(await t.app.injectWS('/api/v1/ws', { headers: learner.headers }));
    await ready(mine);
    const id = await submit(learner);
    await until(() => mine.messages.some((m) => m.id === id && m.stage === 'done'));
    const stages = mine.messages.filter((m) => m.id === id).map((m) => m.stage);
    // Its place in line may come first (announced as it arrives); then a judge takes it.
    const taken = stages.indexOf('judging');
    expect(taken).toBeGreaterThanOrEqual(0);
    expect(stages.slice(0, taken).every((stage) => stage === 'queued')).toBe(true);
    expect(stages).toContain('compiling');
    expect(stages).toContain('testing');
    expect(mine.messages.find((m) => m.stage === 'done')).toMatchObject({
      verdict: 'AC',
      type: 'submission',
    });
    mine.socket.terminate();
  });

  it("never shows me someone else's submission", async () => {
    const other = await signUp(t.app);
    const mine = listen(await t.app.injectWS('/api/v1/ws', { headers: learner.headers }));
    const theirs = listen(await t.app.injectWS('/api/v1/ws', { headers: other.headers }));
    await ready(mine);
    await ready(theirs);
    const id = await submit(other);
    await until(() => theirs.messages.some((m) => m.id === id && m.stage === 'done'));
    expect(mine.messages.filter((m) => m.type === 'submission')).toEqual([]);
    mine.socket.terminate();
    theirs.socket.terminate();
  });

  it('accepts the token as the first message (browsers cannot set headers)', async () => {
    const socket = listen(await t.app.injectWS('/api/v1/ws'));
    socket.socket.send(JSON.stringify({ type: 'auth', token: learner.accessToken }));
    await ready(socket);
    socket.socket.terminate();
  });

  it('closes with 4401 when the access token expires, so the client refreshes it', async () => {
    const { auth } = t.config;
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({ role: 'learner', sid: sessionIdOf(learner) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(learner.id)
      .setIssuer(auth.issuer)
      .setAudience(auth.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 2)
      .sign(auth.jwtSecret);
    const socket = listen(
      await t.app.injectWS('/api/v1/ws', { headers: { authorization: `Bearer ${shortLived}` } }),
    );
    await ready(socket);
    expect(await socket.closed).toBe(closeCodes.unauthenticated);
  });

  it('closes with 4401 for a bad token, by header or by message', async () => {
    const byHeader = listen(
      await t.app.injectWS('/api/v1/ws', { headers: { authorization: 'Bearer not.a.token' } }),
    );
    expect(await byHeader.closed).toBe(closeCodes.unauthenticated);
    const byMessage = listen(await t.app.injectWS('/api/v1/ws'));
    byMessage.socket.send(JSON.stringify({ type: 'auth', token: 'forged' }));
    expect(await byMessage.closed).toBe(closeCodes.unauthenticated);
    const garbage = listen(await t.app.injectWS('/api/v1/ws'));
    garbage.socket.send('not json');
    expect(await garbage.closed).toBe(closeCodes.badMessage);
  });
});
