/**
 * Who may open a WebSocket, checked on the upgrade request before a socket exists:
 * - `Origin`: a browser page may connect only from this server's own origin or one listed in
 *   WS_ALLOWED_ORIGINS (cross-site WebSocket hijacking). Clients that are not browsers send no
 *   Origin and are let through: the access token is what authenticates them.
 * - Sockets not yet authenticated hold memory and a timer for up to 5 s each; one address may hold
 *   at most WS_MAX_UNAUTHENTICATED_PER_ADDRESS of them at once (then 429).
 * Refusals are problem documents on the HTTP answer to the upgrade.
 * @see https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/11-Client-side_Testing/10-Testing_WebSockets
 */
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './error-handler.js';
import { httpProblem } from './problem.js';

export interface WebSocketAdmissionOptions {
  /** Origins besides the server's own, exactly as browsers send them (`https://app.example`). */
  allowedOrigins: readonly string[];
  maxUnauthenticatedPerAddress: number;
}

/** The address a socket is counted under (an injected socket in tests has none). */
function addressOf(request: FastifyRequest): string {
  return request.socket?.remoteAddress === undefined ? 'unknown' : normalizeIP(request.ip);
}

export function createWebSocketAdmission(options: WebSocketAdmissionOptions) {
  const allowed = new Set(options.allowedOrigins);
  const unauthenticated = new Map<string, number>();

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
      if ((unauthenticated.get(addressOf(request)) ?? 0) >= options.maxUnauthenticatedPerAddress) {
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
      const address = addressOf(request);
      change(address, 1);
      let counted = true;
      const release = () => {
        if (counted) change(address, -1);
        counted = false;
      };
      socket.once('close', release);
      return { authenticated: release };
    },

    /** Unauthenticated sockets per address now (for tests and metrics). */
    unauthenticatedCount: (address: string) => unauthenticated.get(address) ?? 0,
  };
}

export type WebSocketAdmission = ReturnType<typeof createWebSocketAdmission>;
