import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LiveEvents,
  type LiveEventsOptions,
  liveEventsUrl,
  type SocketLike,
  type SubmissionEvent,
} from './live-events';

/** Stands in for the browser's WebSocket; the test plays the server. */
class FakeSocket implements SocketLike {
  readonly sent: string[] = [];
  closedWith: number | undefined;
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;

  send(data: string): void {
    this.sent.push(data);
  }

  close(code?: number): void {
    this.closedWith = code;
  }

  // The server's side:
  open(): void {
    this.onopen?.call(this as unknown as WebSocket, new Event('open'));
  }

  receive(message: unknown): void {
    this.onmessage?.call(this as unknown as WebSocket, { data: JSON.stringify(message) } as MessageEvent);
  }

  drop(code: number): void {
    this.onclose?.call(this as unknown as WebSocket, { code } as CloseEvent);
  }
}

let sockets: FakeSocket[];
let token: string | undefined;
let refreshToken: ReturnType<typeof vi.fn<() => Promise<string | undefined>>>;

function liveEvents(options: Partial<LiveEventsOptions> = {}) {
  return new LiveEvents({
    url: 'ws://example.test/api/v1/ws',
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    getToken: () => token,
    refreshToken,
    initialDelayMs: 1000,
    maxDelayMs: 8000,
    random: () => 1,
    ...options,
  });
}

/** Opens the newest socket and has the server accept it. */
function accept(socket = sockets.at(-1)) {
  socket?.open();
  socket?.receive({ type: 'ready' });
}

const testing: SubmissionEvent = { type: 'submission', id: 's1', stage: 'testing', test: 3, of: 20 };

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  token = 'token-1';
  refreshToken = vi.fn(async () => {
    token = 'token-2';
    return token;
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LiveEvents', () => {
  it('authenticates with the first message, not the URL, and is connected once the server is ready', () => {
    const live = liveEvents();
    live.start();
    expect(sockets).toHaveLength(1);
    sockets[0]?.open();
    expect(sockets[0]?.sent).toEqual([JSON.stringify({ type: 'auth', token: 'token-1' })]);
    expect(live.connected).toBe(false);

    sockets[0]?.receive({ type: 'ready' });
    expect(live.connected).toBe(true);
  });

  it('passes submission events on and remembers the latest per submission', () => {
    const live = liveEvents();
    const heard: SubmissionEvent[] = [];
    live.onEvent((event) => heard.push(event));
    live.start();
    accept();
    sockets[0]?.receive({ type: 'submission', id: 's1', stage: 'compiling' });
    sockets[0]?.receive(testing);
    sockets[0]?.receive({ type: 'something-else' });

    expect(heard.map((event) => event.stage)).toEqual(['compiling', 'testing']);
    expect(live.latest('s1')).toEqual(testing);
    expect(live.latest('s2')).toBeUndefined();
  });

  it('ignores messages that are not JSON', () => {
    const live = liveEvents();
    live.start();
    accept();
    expect(() =>
      sockets[0]?.onmessage?.call({} as WebSocket, { data: 'not json' } as MessageEvent),
    ).not.toThrow();
    expect(live.connected).toBe(true);
  });

  it('reconnects after a dropped connection, backing off exponentially up to the ceiling', () => {
    const live = liveEvents();
    const changes: boolean[] = [];
    live.onConnectionChange((connected) => changes.push(connected));
    live.start();
    accept();

    const delays: number[] = [];
    for (let failure = 0; failure < 5; failure += 1) {
      const before = sockets.length;
      sockets.at(-1)?.drop(1006);
      let waited = 0;
      while (sockets.length === before) {
        vi.advanceTimersByTime(250);
        waited += 250;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(live.connected).toBe(false);
    expect(changes).toEqual([true, false]);

    // A successful connection resets the backoff.
    accept();
    sockets.at(-1)?.drop(1006);
    vi.advanceTimersByTime(999);
    const count = sockets.length;
    vi.advanceTimersByTime(1);
    expect(sockets.length).toBe(count + 1);
  });

  it('refreshes the token after close code 4401 and reconnects at once with the new one', async () => {
    const live = liveEvents();
    live.start();
    accept();
    sockets[0]?.drop(4401);
    await vi.advanceTimersByTimeAsync(0);

    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(sockets).toHaveLength(2);
    sockets[1]?.open();
    expect(sockets[1]?.sent).toEqual([JSON.stringify({ type: 'auth', token: 'token-2' })]);
  });

  it('backs off instead of refreshing in a loop when the new token is refused too', async () => {
    const live = liveEvents();
    live.start();
    sockets[0]?.open();
    sockets[0]?.drop(4401);
    await vi.advanceTimersByTimeAsync(0);
    sockets[1]?.open();
    sockets[1]?.drop(4401);
    await vi.advanceTimersByTimeAsync(0);

    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sockets).toHaveLength(3);
  });

  it('gives up when the refresh finds the session is gone', async () => {
    refreshToken.mockImplementation(async () => {
      token = undefined;
      return undefined;
    });
    const live = liveEvents();
    live.start();
    accept();
    sockets[0]?.drop(4401);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    expect(live.connected).toBe(false);
  });

  it('opens nothing without a token, and stops reconnecting once stopped', async () => {
    token = undefined;
    const idle = liveEvents();
    idle.start();
    expect(sockets).toHaveLength(0);

    token = 'token-1';
    const live = liveEvents();
    live.start();
    accept();
    live.stop();
    expect(sockets[0]?.closedWith).toBe(1000);
    expect(live.connected).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('starts once however often it is asked', () => {
    const live = liveEvents();
    live.start();
    live.start();
    expect(sockets).toHaveLength(1);
  });
});

describe('liveEventsUrl', () => {
  it('uses wss on https pages and ws on http ones, on the same host', () => {
    expect(liveEventsUrl({ protocol: 'https:', host: 'arc.example' })).toBe('wss://arc.example/api/v1/ws');
    expect(liveEventsUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe(
      'ws://127.0.0.1:8080/api/v1/ws',
    );
  });
});
