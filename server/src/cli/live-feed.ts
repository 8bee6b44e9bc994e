/**
 * The caller's live submission events from the server's WebSocket (/api/v1/ws), authenticated by the
 * Authorization header on the upgrade. It is opened before submitting and counts only once the server
 * says `ready` (subscribed), so no event of the new submission can be missed; events that arrive
 * before the client knows its submission's id are kept until it does.
 * @see https://github.com/websockets/ws
 */
import { type SubmissionEvent, submissionEvent } from '@winterarc/contract/live-events';
import WebSocket from 'ws';

/** The contract's event type (contract/src/live-events.ts): exactly what the worker publishes. */
export type LiveEvent = SubmissionEvent;

export interface LiveFeed {
  /** Hands every submission event to `listener`, starting with those received so far. */
  follow(listener: (event: LiveEvent) => void): void;
  /** Called once if the socket closes before {@link close}: the caller falls back to polling. */
  onLost(listener: (reason: string) => void): void;
  close(): void;
}

export function liveUrl(base: URL): URL {
  const url = new URL('api/v1/ws', base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url;
}

/** The open feed, or why there is none (unreachable, refused, no `ready` in time). */
export async function openLiveFeed(
  base: URL,
  token: string,
  readyTimeoutMs: number,
): Promise<LiveFeed | string> {
  // Loaded here, not at the top: every other command of the CLI would pay for TypeBox's checker at start.
  const { Value } = await import('typebox/value');
  return new Promise((resolve) => {
    const socket = new WebSocket(liveUrl(base), { headers: { authorization: `Bearer ${token}` } });
    const pending: LiveEvent[] = [];
    let listener: ((event: LiveEvent) => void) | undefined;
    let lost: ((reason: string) => void) | undefined;
    let ready = false;
    let closedByUs = false;

    const giveUp = (reason: string) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      socket.terminate();
      resolve(reason);
    };
    const timer = setTimeout(
      () => giveUp(`the server did not confirm the subscription within ${readyTimeoutMs / 1000} s`),
      readyTimeoutMs,
    );

    socket.on('message', (data) => {
      let message: { type?: unknown } | null;
      try {
        message = JSON.parse(data.toString());
      } catch {
        return; // not an event of ours
      }
      if (message?.type === 'ready' && !ready) {
        ready = true;
        clearTimeout(timer);
        resolve(feed);
      } else if (Value.Check(submissionEvent, message)) {
        // Checked against the contract's schema: a malformed or unknown message is ignored.
        const event = message;
        if (listener === undefined) pending.push(event);
        else listener(event);
      }
    });
    socket.on('error', (error) => {
      if (!ready) giveUp(error.message);
    });
    socket.on('close', (code, reason) => {
      if (!ready) return giveUp(`the server closed the connection (${code} ${reason.toString()})`.trim());
      if (!closedByUs) lost?.(`the connection closed (${code})`);
    });

    const feed: LiveFeed = {
      follow(next) {
        listener = next;
        for (const event of pending.splice(0)) next(event);
      },
      onLost(next) {
        lost = next;
      },
      close() {
        closedByUs = true;
        socket.close(1000);
      },
    };
  });
}
