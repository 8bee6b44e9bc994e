/**
 * Who is calling: a Bearer access token is checked on the routes that ask for it. Authorization
 * (what the caller may do) is stated per route with `requireRole`, and per row in the services.
 */
import type { FastifyRequest } from 'fastify';
import { problems } from '../../infra/http/problem.js';
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

export function createGuards(accessTokens: AccessTokens) {
  async function readPrincipal(request: FastifyRequest): Promise<AccessClaims | undefined> {
    if (request.headers.authorization === undefined) return undefined;
    const token = bearerTokenOf(request);
    const claims = token === undefined ? undefined : await accessTokens.verify(token);
    if (claims === undefined) {
      throw problems.unauthenticated(
        'The access token is missing, malformed, expired or not issued by this server. Refresh it or sign in again.',
      );
    }
    return claims;
  }

  const requireUser = async (request: FastifyRequest) => {
    request.principal = await readPrincipal(request);
    if (request.principal === undefined) {
      throw problems.unauthenticated('Sign in first: send "Authorization: Bearer <access token>".');
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
        throw problems.forbidden(`This needs the ${role} role, which your account does not have.`);
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
