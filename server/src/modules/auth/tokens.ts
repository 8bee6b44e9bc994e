/**
 * Access tokens are short-lived JWTs (HS256 pinned: a token claiming any other algorithm, "none"
 * included, is refused); issuer and audience are checked. Refresh tokens are opaque random strings,
 * stored only as hashes.
 * @see https://github.com/panva/jose
 */
import { createHash, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Config } from '../../infra/config/config.js';

export type Role = 'learner' | 'admin';

export interface AccessClaims {
  userId: string;
  role: Role;
}

/** What a verified token says, with when it stops being valid (long-lived connections need it). */
export interface VerifiedAccess extends AccessClaims {
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const algorithm = 'HS256';

export function createAccessTokens(auth: Config['auth']) {
  return {
    ttlSeconds: auth.accessTokenTtlSeconds,

    sign(claims: AccessClaims): Promise<string> {
      return new SignJWT({ role: claims.role })
        .setProtectedHeader({ alg: algorithm, typ: 'JWT' })
        .setSubject(claims.userId)
        .setIssuer(auth.issuer)
        .setAudience(auth.audience)
        .setIssuedAt()
        .setExpirationTime(`${auth.accessTokenTtlSeconds}s`)
        .sign(auth.jwtSecret);
    },

    /** Resolves to the claims, or undefined for any token that is not one of ours and current. */
    async verify(token: string): Promise<VerifiedAccess | undefined> {
      try {
        const { payload } = await jwtVerify(token, auth.jwtSecret, {
          algorithms: [algorithm],
          issuer: auth.issuer,
          audience: auth.audience,
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        const role = payload.role;
        if (typeof payload.sub !== 'string' || (role !== 'learner' && role !== 'admin')) return undefined;
        // requiredClaims guarantees exp.
        return { userId: payload.sub, role, expiresAt: (payload.exp ?? 0) * 1000 };
      } catch {
        return undefined;
      }
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;

/** 256 bits of randomness: guessing one is not a threat model worth a second thought. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A plain SHA-256 suffices: the input is random, so there is nothing to brute-force or salt. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
