/**
 * Who may open a WebSocket, checked on the upgrade request before a socket exists:
 * - `Origin`: a browser page may connect only from this server's own origin or one listed in
 *   WS_ALLOWED_ORIGINS (cross-site WebSocket hijacking). Clients that are not browsers send no
 *   Origin and are let through: the access token is what authenticates them.
 * - Sockets not yet authenticated hold memory and a timer for up to 5 s each; one address may hold
 *   at most WS_MAX_UNAUTHENTICATED_PER_ADDRESS of them at once (then 429).
 * - Every open socket holds memory and a pub/sub subscription: one API instance holds at most
 *   WS_MAX_CONNECTIONS (then 503 with Retry-After; the web app follows its submissions by polling
 *   meanwhile). Counted per instance: behind a load balancer the instances' caps add up.
 * Refusals are problem documents on the HTTP answer to the upgrade.
 * @see https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/11-Client-side_Testing/10-Testing_WebSockets
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientAddressOf } from './client-address.js';
import { sendProblem } from './error-handler.js';
import { HttpProblem, httpProblem, problemTypes } from './problem.js';

export interface WebSocketAdmissionOptions {
  /** Origins besides the server's own, exactly as browsers send them (`https://app.example`). */
  allowedOrigins: readonly string[];
  maxUnauthenticatedPerAddress: number;
  /** Open sockets this process holds at most, authenticated or not. */
  maxConnections: number;
}

/** When a client refused for a full server should try again. */
const fullRetryAfterSeconds = 30;

export function createWebSocketAdmission(options: WebSocketAdmissionOptions) {
  const allowed = new Set(options.allowedOrigins);
  const unauthenticated = new Map<string, number>();
  let open = 0;

  const change = (address: string, delta: number) => {
    const count = (unauthenticated.get(address) ?? 0) + delta;
    if (count <= 0) unauthenticated.delete(address);
    else unauthenticated.set(address, count);
  };

  return {
    /** An onRequest hook for the upgrade route: refuses a foreign Origin (403) or a flood (429). */
    async checkUpgrade(request: FastifyRequest, reply: FastifyReply) {
      const origin = request.headers.origin;
      if (
        origin !== undefined &&
        origin !== `${request.protocol}://${request.host}` &&
        !allowed.has(origin)
      ) {
        return sendProblem(
          reply,
          httpProblem.forbidden(
            `WebSockets from pages on ${origin.slice(0, 200)} are not allowed; an operator can add the origin to WS_ALLOWED_ORIGINS.`,
          ),
        );
      }
      if (open >= options.maxConnections) {
        return sendProblem(
          reply,
          new HttpProblem(
            503,
            problemTypes.unavailable,
            `This server holds its most live connections (${options.maxConnections}); live updates are off for now, and submissions can still be followed by reading them. Try again in ${fullRetryAfterSeconds} s.`,
            { retryAfterSeconds: fullRetryAfterSeconds },
            { 'retry-after': String(fullRetryAfterSeconds) },
          ),
        );
      }
      if ((unauthenticated.get(clientAddressOf(request)) ?? 0) >= options.maxUnauthenticatedPerAddress) {
        return sendProblem(
          reply,
          httpProblem.tooManyRequests(
            `Too many WebSockets from your address are waiting to authenticate (at most ${options.maxUnauthenticatedPerAddress}); authenticate or close them first.`,
            5,
          ),
        );
      }
    },

    /**
     * Counts an open socket as unauthenticated until `authenticated()` is called or it closes, so
     * each is counted once whichever comes first.
     */
    track(request: FastifyRequest, socket: { once(event: 'close', listener: () => void): unknown }) {
      const address = clientAddressOf(request);
      change(address, 1);
      open += 1;
      let counted = true;
      const release = () => {
        if (counted) change(address, -1);
        counted = false;
      };
      socket.once('close', () => {
        open -= 1;
        release();
      });
      return { authenticated: release };
    },

    /** Open sockets of this process now. */
    openCount: () => open,

    /** Unauthenticated sockets per address now (for tests and metrics). */
    unauthenticatedCount: (address: string) => unauthenticated.get(address) ?? 0,
  };
}

export type WebSocketAdmission = ReturnType<typeof createWebSocketAdmission>;
