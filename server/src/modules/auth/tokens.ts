/**
 * Access tokens are short-lived JWTs (HS256 pinned: a token claiming any other algorithm, "none"
 * included, is refused); issuer and a single-valued audience are checked, and a token issued in the
 * future (beyond a small clock skew) is refused. Each names its session (`sid`, the refresh-token
 * family it was issued with), so that signing out or changing the account ends it at once (see
 * sessions.ts). Refresh tokens are opaque random strings, stored only as hashes.
 * @see https://github.com/panva/jose
 */
import { createHash, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Config } from '../../infra/config/config.js';

export type Role = 'learner' | 'admin';

export interface AccessClaims {
  userId: string;
  role: Role;
  /** The session (refresh-token family) the token was issued with. */
  sessionId: string;
}

/** What a verified token says, with when it stops being valid (long-lived connections need it). */
export interface VerifiedAccess extends AccessClaims {
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const algorithm = 'HS256';

/** How far ahead of this server's clock another instance's may be: an `iat` beyond it is forged. */
export const clockSkewSeconds = 30;

// Both ids are UUIDs in the database; anything else is not a token we issued.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createAccessTokens(auth: Config['auth']) {
  return {
    ttlSeconds: auth.accessTokenTtlSeconds,

    sign(claims: AccessClaims): Promise<string> {
      return new SignJWT({ role: claims.role, sid: claims.sessionId })
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
          requiredClaims: ['sub', 'exp', 'iat', 'sid'],
        });
        const { role, sid, sub, aud, iat } = payload;
        if (typeof sub !== 'string' || typeof sid !== 'string' || (role !== 'learner' && role !== 'admin'))
          return undefined;
        if (!uuidPattern.test(sub) || !uuidPattern.test(sid)) return undefined;
        // jose accepts an audience array that merely contains ours; we issue exactly one audience.
        if (typeof aud !== 'string') return undefined;
        // A token "issued" later than now was not issued by us (jose checks iat only with maxTokenAge).
        if ((iat ?? 0) > Date.now() / 1000 + clockSkewSeconds) return undefined;
        // requiredClaims guarantees exp.
        return { userId: sub, role, sessionId: sid, expiresAt: (payload.exp ?? 0) * 1000 };
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
