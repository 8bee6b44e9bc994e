/**
 * Who is calling: a Bearer access token is checked on the routes that ask for it — its signature and
 * claims, then whether its session still stands (sessions.ts), which also gives the account's current
 * role. Authorization (what the caller may do) is stated per route with `requireRole`, and per row in
 * the services.
 */
import type { FastifyRequest } from 'fastify';
import { httpProblem } from '../../infra/http/problem.js';
import type { Sessions } from './sessions.js';
import type { AccessClaims, AccessTokens, Role } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the guards when a valid access token came with the request. */
    principal?: AccessClaims;
  }
}

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none or it is malformed. */
export function bearerTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header === undefined ? undefined : /^Bearer ([A-Za-z0-9_.-]+)$/i.exec(header)?.[1];
}

/**
 * The user a request's access token names when the token is ours and current, without asking the
 * database (the rate limits key on it before any route runs; an HS256 check costs microseconds). The
 * route's guard still checks the session.
 */
export function tokenUserOf(accessTokens: AccessTokens) {
  return async (request: FastifyRequest): Promise<string | undefined> => {
    const token = bearerTokenOf(request);
    const claims = token === undefined ? undefined : await accessTokens.verify(token);
    return claims?.userId;
  };
}

/**
 * The claims of a token that is ours, current, and whose session still stands (with the account's
 * role as it is now), or undefined. HTTP guards and the WebSocket both authenticate through this.
 */
export async function authenticate(
  accessTokens: AccessTokens,
  sessions: Sessions,
  token: string,
): Promise<(AccessClaims & { expiresAt: number }) | undefined> {
  const claims = await accessTokens.verify(token);
  if (claims === undefined) return undefined;
  const role = await sessions.currentRole(claims);
  return role === undefined ? undefined : { ...claims, role };
}

export function createGuards(accessTokens: AccessTokens, sessions: Sessions) {
  async function readPrincipal(request: FastifyRequest): Promise<AccessClaims | undefined> {
    if (request.headers.authorization === undefined) return undefined;
    const token = bearerTokenOf(request);
    const verified = token === undefined ? undefined : await accessTokens.verify(token);
    if (verified === undefined) {
      throw httpProblem.unauthenticated(
        'The access token is missing, malformed, expired or not issued by this server. Refresh it or sign in again.',
      );
    }
    const role = await sessions.currentRole(verified);
    if (role === undefined) {
      throw httpProblem.unauthenticated(
        'This session has ended (signed out, or the account was changed, disabled or deleted). Sign in again.',
      );
    }
    return { userId: verified.userId, sessionId: verified.sessionId, role };
  }

  const requireUser = async (request: FastifyRequest) => {
    request.principal = await readPrincipal(request);
    if (request.principal === undefined) {
      throw httpProblem.unauthenticated('Sign in first: send "Authorization: Bearer <access token>".');
    }
  };

  return {
    requireUser,
    /** For routes anyone may read, which say more to a signed-in caller; a bad token is still refused. */
    optionalUser: async (request: FastifyRequest) => {
      request.principal = await readPrincipal(request);
    },
    requireRole: (role: Role) => async (request: FastifyRequest) => {
      await requireUser(request);
      if (request.principal?.role !== role) {
        throw httpProblem.forbidden(`This needs the ${role} role, which your account does not have.`);
      }
    },
  };
}

export type Guards = ReturnType<typeof createGuards>;

/** The signed-in caller of a route guarded by requireUser. */
export function principalOf(request: FastifyRequest): AccessClaims {
  if (request.principal === undefined) throw new Error('principalOf used on a route without requireUser');
  return request.principal;
}
