/**
 * Whether the session behind an access token still stands, checked on every authenticated request
 * and WebSocket: a JWT alone would outlive sign-out, a demotion, a disabled or a deleted account
 * until it expired. The answer (the account's current role) is cached in the shared cache (Redis in a
 * deployment, so one entry serves every API instance) under the session id; whatever ends or changes
 * a session deletes its entries after the database change is committed, and announces it on the
 * account's pub/sub channel so that open WebSockets re-check at once. The cache entry's TTL bounds
 * how long a change can go unseen when that delete is lost (the cache unreachable at that moment).
 */
import type { Cache } from '../../infra/cache/cache.js';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import type { RefreshTokenRepository } from './refresh-token-repository.js';
import type { Role } from './tokens.js';

/** How long a session's state is trusted from the cache before the database is asked again. */
export const sessionCacheTtlSeconds = 30;

/** Where changes to an account's sessions are announced (to its open WebSockets). */
export const accountChannel = (userId: string) => `account:${userId}`;

export interface SessionsChanged {
  type: 'sessions-changed';
}

interface CachedSession {
  userId: string;
  role: Role;
}

export function createSessions(deps: {
  refreshTokens: RefreshTokenRepository;
  cache: Cache;
  pubsub: PubSub;
}) {
  const { refreshTokens, cache, pubsub } = deps;
  const key = (sessionId: string) => `auth:session:${sessionId}`;

  return {
    /**
     * The account's current role when its session stands, else undefined (signed out, revoked,
     * account disabled or deleted). The role comes from the database, not the token, so a demotion
     * takes effect on the next request.
     */
    async currentRole(claims: { userId: string; sessionId: string }): Promise<Role | undefined> {
      const cached = await cache.get(key(claims.sessionId));
      if (cached !== undefined) {
        const entry = JSON.parse(cached) as CachedSession;
        if (entry.userId === claims.userId) return entry.role;
      }
      const role = await refreshTokens.activeSessionRole(claims.sessionId, claims.userId);
      // Only standing sessions are cached: a forged session id must not fill the cache.
      if (role !== undefined) {
        const entry: CachedSession = { userId: claims.userId, role };
        await cache.set(key(claims.sessionId), JSON.stringify(entry), sessionCacheTtlSeconds);
      }
      return role;
    },

    /**
     * Call after committing a change to these sessions or their account: every instance asks the
     * database again on the next request, and the account's open WebSockets re-check now.
     */
    async changed(userId: string, sessionIds: readonly string[]): Promise<void> {
      await Promise.all(sessionIds.map((sessionId) => cache.delete(key(sessionId))));
      const message: SessionsChanged = { type: 'sessions-changed' };
      await pubsub.publish(accountChannel(userId), message);
    },

    /** Same as `changed` for every session of the account that may still have live access tokens. */
    async accountChanged(userId: string, sessionIds?: readonly string[]): Promise<void> {
      await this.changed(userId, sessionIds ?? (await refreshTokens.familiesOf(userId)));
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
