/**
 * One WebSocket per app session carrying the signed-in learner's submission events
 * (`/api/v1/ws`). It authenticates with the first message (browsers cannot set headers on a socket,
 * and a token in the URL would end up in access logs), reconnects with exponential backoff, and
 * after close code 4401 (token expired or revoked) refreshes the session once before reconnecting.
 *
 * Screens ask `connected` to decide whether to wait for events or poll instead, and `latest(id)`
 * for events that arrived before they knew the submission's id (the judge can be that fast).
 */
import { liveCloseCodes } from '@winterarc/contract';
import type { SubmissionEvent } from '@winterarc/contract/live-events';

/** The events' type comes from the contract's schema (contract/src/live-events.ts), as the server's does. */
export type { SubmissionEvent };

/** The parts of the browser's WebSocket used here, so tests can drive a fake one. */
export type SocketLike = Pick<WebSocket, 'send' | 'close' | 'onopen' | 'onmessage' | 'onclose' | 'onerror'>;

export interface LiveEventsOptions {
  url: string;
  createSocket: (url: string) => SocketLike;
  /** The current access token; undefined when signed out. */
  getToken: () => string | undefined;
  /** A fresh access token after a 4401, or undefined when the session is gone. */
  refreshToken: () => Promise<string | undefined>;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** 0..1; spreads reconnects of many tabs after a server restart. */
  random?: () => number;
}

export const unauthenticatedCloseCode = liveCloseCodes.unauthenticated;
/** Per-id memory of the latest event; old submissions are forgotten beyond this many. */
const rememberedSubmissions = 50;

type Listener<T> = (value: T) => void;

export class LiveEvents {
  readonly #options: Required<LiveEventsOptions>;
  readonly #eventListeners = new Set<Listener<SubmissionEvent>>();
  readonly #connectionListeners = new Set<Listener<boolean>>();
  readonly #latest = new Map<string, SubmissionEvent>();
  #socket: SocketLike | null = null;
  #running = false;
  #connected = false;
  #failures = 0;
  #refreshedSinceReady = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: LiveEventsOptions) {
    this.#options = { initialDelayMs: 1000, maxDelayMs: 30_000, random: Math.random, ...options };
  }

  /** True once the server said `ready`: events for this user will now arrive. */
  get connected(): boolean {
    return this.#connected;
  }

  /** Connects (if there is a token) and keeps reconnecting until `stop`. Calling it twice is harmless. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#failures = 0;
    this.#open();
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const socket = this.#socket;
    this.#socket = null;
    if (socket !== null) {
      socket.onclose = null;
      socket.close(1000, 'signed out');
    }
    this.#setConnected(false);
  }

  onEvent(listener: Listener<SubmissionEvent>): () => void {
    this.#eventListeners.add(listener);
    return () => this.#eventListeners.delete(listener);
  }

  onConnectionChange(listener: Listener<boolean>): () => void {
    this.#connectionListeners.add(listener);
    return () => this.#connectionListeners.delete(listener);
  }

  /** The last event seen for this submission, if any. */
  latest(id: string): SubmissionEvent | undefined {
    return this.#latest.get(id);
  }

  #open(): void {
    const token = this.#options.getToken();
    if (token === undefined) {
      this.#running = false;
      return;
    }
    const socket = this.#options.createSocket(this.#options.url);
    this.#socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token }));
    socket.onmessage = (event) => this.#receive(event.data);
    // Every failure also ends in a close event; reconnecting there alone avoids doing it twice.
    socket.onerror = () => undefined;
    socket.onclose = (event) => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      this.#setConnected(false);
      if (this.#running) void this.#afterClose(event.code);
    };
  }

  async #afterClose(code: number): Promise<void> {
    if (code === unauthenticatedCloseCode && !this.#refreshedSinceReady) {
      // Refresh once; a second 4401 without a `ready` in between is backed off like any failure.
      this.#refreshedSinceReady = true;
      const token = await this.#options.refreshToken().catch(() => undefined);
      if (!this.#running) return;
      if (token === undefined) return this.stop();
      return this.#open();
    }
    this.#failures += 1;
    const ceiling = Math.min(
      this.#options.maxDelayMs,
      this.#options.initialDelayMs * 2 ** (this.#failures - 1),
    );
    // "Equal jitter": at least half the ceiling, so a flapping server is never hammered.
    const delay = ceiling / 2 + (ceiling / 2) * this.#options.random();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#running) this.#open();
    }, delay);
  }

  #receive(data: unknown): void {
    let message: unknown;
    try {
      message = JSON.parse(String(data));
    } catch {
      return;
    }
    if (!isRecord(message)) return;
    if (message.type === 'ready') {
      this.#failures = 0;
      this.#refreshedSinceReady = false;
      this.#setConnected(true);
      return;
    }
    if (
      message.type === 'submission' &&
      typeof message.id === 'string' &&
      typeof message.stage === 'string'
    ) {
      const event = message as unknown as SubmissionEvent;
      this.#remember(event);
      for (const listener of this.#eventListeners) listener(event);
    }
  }

  #remember(event: SubmissionEvent): void {
    this.#latest.delete(event.id);
    this.#latest.set(event.id, event);
    if (this.#latest.size > rememberedSubmissions) {
      const oldest = this.#latest.keys().next().value;
      if (oldest !== undefined) this.#latest.delete(oldest);
    }
  }

  #setConnected(connected: boolean): void {
    if (this.#connected === connected) return;
    this.#connected = connected;
    for (const listener of this.#connectionListeners) listener(connected);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The socket's address on this page's own origin (ws: or wss: to match http: or https:). */
export function liveEventsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/v1/ws`;
}
