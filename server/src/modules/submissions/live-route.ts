/**
 * GET /api/v1/ws: a WebSocket carrying the caller's submission events live. Authentication is the
 * access token, either as `Authorization: Bearer …` on the upgrade (CLI clients) or, since browsers
 * cannot set that header, as the first message `{"type":"auth","token":"…"}` within 5 seconds — never
 * in the URL, where it would end up in access logs. The socket is closed (4401) when the token
 * expires, and as soon as its session ends (sign-out, account disabled or deleted: announced on the
 * account's channel, and re-checked at every heartbeat in case that announcement was lost), so a
 * revoked session does not keep listening. The socket hears its owner's channel only, via
 * pub/sub, so any API instance can serve any user whichever worker judges their submission.
 * @see https://github.com/fastify/fastify-websocket
 */
import type {} from '@fastify/websocket';
import { liveCloseCodes } from '@winterarc/contract/live-events';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { WebSocketAdmission } from '../../infra/http/websocket-admission.js';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import { authenticate } from '../auth/guards.js';
import { accountChannel, type Sessions } from '../auth/sessions.js';
import type { AccessTokens, VerifiedAccess } from '../auth/tokens.js';
import { userChannel } from './events.js';

/** Close codes in the private range (4000–4999), mirroring the HTTP statuses (part of the contract). */
export const closeCodes = liveCloseCodes;

const authTimeoutMs = 5000;
const heartbeatMs = 30_000;

export function liveRoute(deps: {
  pubsub: PubSub;
  accessTokens: AccessTokens;
  sessions: Sessions;
  admission: WebSocketAdmission;
}) {
  const verify = (token: string) => authenticate(deps.accessTokens, deps.sessions, token);
  /** Ends the socket as "try again later" (1011) when the session cannot be checked (database down). */
  const unavailable = (socket: WebSocket) =>
    socket.close(1011, 'cannot check the session now; reconnect later');
  return async function register(app: FastifyInstance) {
    app.get(
      '/ws',
      {
        websocket: true,
        // Origin allow-list and the per-address cap on sockets not yet authenticated, before upgrading.
        onRequest: deps.admission.checkUpgrade,
        schema: {
          tags: ['submissions'],
          summary: 'Live submission events (WebSocket)',
          description:
            'Authenticate with an Authorization header on the upgrade or with a first message {"type":"auth","token":"<access token>"}. Then every event of your submissions arrives as {"type":"submission","id",…,"stage"}.',
        },
      },
      (socket: WebSocket, request: FastifyRequest) => {
        let stop: (() => Promise<void>) | undefined;
        let closed = false;
        let claims: VerifiedAccess | undefined;
        const stillStands = async () => {
          if (claims === undefined || closed) return;
          try {
            if ((await deps.sessions.currentRole(claims)) === undefined)
              refuse(closeCodes.unauthenticated, 'session ended; sign in again');
          } catch {
            unavailable(socket);
          }
        };
        const admitted = deps.admission.track(request, socket);

        let expiry: NodeJS.Timeout | undefined;
        const start = async (verified: VerifiedAccess) => {
          if (closed) return;
          claims = verified;
          admitted.authenticated();
          // A socket is authorised as long as its token: at expiry the client refreshes and reconnects.
          expiry = setTimeout(
            () => refuse(closeCodes.unauthenticated, 'access token expired; refresh it and reconnect'),
            Math.max(0, verified.expiresAt - Date.now()),
          );
          const unsubscribeEvents = await deps.pubsub.subscribe(userChannel(verified.userId), (event) => {
            if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
          });
          const unsubscribeAccount = await deps.pubsub.subscribe(accountChannel(verified.userId), () => {
            void stillStands();
          });
          const unsubscribe = () => Promise.all([unsubscribeEvents(), unsubscribeAccount()]).then(() => {});
          if (closed) return void unsubscribe();
          stop = unsubscribe;
          // The session may have ended while we subscribed, and its announcement gone unheard.
          await stillStands();
          if (!closed) socket.send(JSON.stringify({ type: 'ready' }));
        };

        const refuse = (code: number, reason: string) => socket.close(code, reason);

        // Dead peers are found by ping/pong, so their subscriptions do not pile up.
        let alive = true;
        socket.on('pong', () => {
          alive = true;
        });
        const heartbeat = setInterval(() => {
          if (!alive) return socket.terminate();
          alive = false;
          socket.ping();
          void stillStands();
        }, heartbeatMs);

        socket.on('close', () => {
          closed = true;
          clearInterval(heartbeat);
          clearTimeout(authTimer);
          clearTimeout(expiry);
          void stop?.();
        });

        const header = request.headers.authorization;
        const bearer = header === undefined ? undefined : /^Bearer ([A-Za-z0-9_.-]+)$/i.exec(header)?.[1];
        let authTimer: NodeJS.Timeout | undefined;
        if (header !== undefined) {
          void (async () => {
            const verified = bearer === undefined ? undefined : await verify(bearer);
            if (verified === undefined) return refuse(closeCodes.unauthenticated, 'invalid access token');
            await start(verified);
          })().catch(() => unavailable(socket));
          socket.on('message', () => undefined);
          return;
        }

        authTimer = setTimeout(
          () => refuse(closeCodes.authTimeout, 'send {"type":"auth","token":…} first'),
          authTimeoutMs,
        );
        socket.once('message', (data) => {
          clearTimeout(authTimer);
          void (async () => {
            let message: { type?: unknown; token?: unknown };
            try {
              message = JSON.parse(data.toString()) ?? {};
            } catch {
              return refuse(closeCodes.badMessage, 'messages are JSON');
            }
            const token = message.type === 'auth' ? message.token : undefined;
            const verified =
              typeof token === 'string' && token.length <= 4096 ? await verify(token) : undefined;
            if (verified === undefined) return refuse(closeCodes.unauthenticated, 'invalid access token');
            await start(verified);
          })().catch(() => unavailable(socket));
        });
      },
    );
  };
}
