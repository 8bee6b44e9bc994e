// @vitest-environment jsdom
/**
 * Following a submission to its verdict: polling GET /submissions/:id every second while the live
 * socket is down, and waiting for the socket's events (no polling) while it is up.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, refreshPath } from '../api/client';
import type { Submission } from '../api/types';
import { SessionProvider } from '../auth/session';
import { LiveEventsProvider } from '../judge/LiveEventsProvider';
import { LiveEvents, type SocketLike } from '../judge/live-events';
import { LiveSubmission } from './LiveSubmission';

afterEach(cleanup);

const session = {
  user: {
    id: 'u1',
    email: 'a@example.test',
    displayName: 'Ada',
    role: 'learner',
    disabled: false,
    anonymous: false,
    createdAt: '2026-01-01T00:00:00Z',
  },
  accessToken: 'token',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'r',
};

const judging: Submission = {
  id: 's1',
  problem: 'rope-pairs',
  language: 'python',
  mode: 'submit',
  status: 'judging',
  verdict: null,
  score: null,
  maxScore: null,
  message: null,
  testsRun: null,
  testsTotal: null,
  compileMs: null,
  output: null,
  createdAt: '2026-01-01T00:00:00Z',
  judgedAt: null,
  delayed: null,
  queuePosition: null,
  tests: [],
};
const accepted: Submission = { ...judging, status: 'done', verdict: 'AC', testsRun: 2, testsTotal: 2 };

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** A server whose submission is judging until `finish()`; counts the status requests. */
function fakeServer() {
  let current = judging;
  const statusRequests = vi.fn();
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === refreshPath) return json(session);
    if (path === '/api/v1/submissions/s1') {
      statusRequests();
      return json(current);
    }
    return json({ data: [], nextCursor: null });
  });
  return {
    client: new ApiClient({
      fetch,
      baseUrl: 'http://app.test',
      refreshLock: (task) => task(),
      // A signed-in learner: the page load restores the session from the refresh cookie.
      sessionHint: { present: () => true, forget: () => {} },
    }),
    statusRequests,
    finish: () => {
      current = accepted;
    },
  };
}

class FakeSocket implements SocketLike {
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  send(): void {}
  close(): void {}
  receive(message: unknown): void {
    this.onmessage?.call(this as unknown as WebSocket, { data: JSON.stringify(message) } as MessageEvent);
  }
}

function renderWith(client: ApiClient, live: LiveEvents) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider client={client}>
        <LiveEventsProvider client={client} live={live}>
          <LiveSubmission id="s1" problem="rope-pairs" />
        </LiveEventsProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

const sleep = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('LiveSubmission', () => {
  // About 4 s of deliberate waiting (it watches polling at its real 1 s interval), so the default 5 s
  // budget left no room on a loaded machine; moving it to fake timers would remove the wait altogether.
  it('polls every second while the live socket is not connected, until the verdict', {
    timeout: 20_000,
  }, async () => {
    const server = fakeServer();
    // A socket that never opens: the server is unreachable.
    const live = new LiveEvents({
      url: 'ws://test',
      createSocket: () => new FakeSocket(),
      getToken: () => server.client.session?.accessToken,
      refreshToken: async () => undefined,
    });
    renderWith(server.client, live);

    await screen.findByText('Judging…');
    await sleep(2300);
    expect(server.statusRequests.mock.calls.length).toBeGreaterThanOrEqual(3);

    server.finish();
    expect(await screen.findByText('Accepted', {}, { timeout: 2000 })).toBeTruthy();
    const settled = server.statusRequests.mock.calls.length;
    await sleep(1500);
    expect(server.statusRequests.mock.calls.length).toBe(settled);
  });

  it('follows the live events without polling while connected, then fetches the result once', async () => {
    const server = fakeServer();
    const socket = new FakeSocket();
    const live = new LiveEvents({
      url: 'ws://test',
      createSocket: () => socket,
      getToken: () => server.client.session?.accessToken,
      refreshToken: async () => undefined,
    });
    renderWith(server.client, live);
    await screen.findByText(/Judging…|Waiting for a judge…/);
    act(() => socket.receive({ type: 'ready' }));
    await sleep(1500);
    const whileConnected = server.statusRequests.mock.calls.length;
    await sleep(1500);
    expect(server.statusRequests.mock.calls.length).toBe(whileConnected);

    act(() => socket.receive({ type: 'submission', id: 's1', stage: 'testing', test: 1, of: 2 }));
    expect(await screen.findByText('Test 1 of 2')).toBeTruthy();

    server.finish();
    act(() =>
      socket.receive({
        type: 'submission',
        id: 's1',
        stage: 'done',
        verdict: 'AC',
        score: null,
        testsRun: 2,
        testsTotal: 2,
      }),
    );
    expect(await screen.findByText('2 of 2 tests run')).toBeTruthy();
    expect(server.statusRequests.mock.calls.length).toBe(whileConnected + 1);
  });
});
