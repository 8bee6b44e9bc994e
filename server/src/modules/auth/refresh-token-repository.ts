import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import { refreshTokens } from '../../infra/db/schema.js';

export function createRefreshTokenRepository(db: Database) {
  return {
    async insert(row: { userId: string; familyId: string; tokenHash: string; expiresAt: Date }) {
      await db.insert(refreshTokens).values(row);
    },

    /**
     * Marks the token used, atomically: of two concurrent refreshes with the same token exactly one
     * gets `claimed`; the other sees it as already used, i.e. as reuse.
     */
    async claim(tokenHash: string) {
      const [claimed] = await db
        .update(refreshTokens)
        .set({ usedAt: sql`now()` })
        .where(
          and(
            eq(refreshTokens.tokenHash, tokenHash),
            isNull(refreshTokens.usedAt),
            isNull(refreshTokens.revokedAt),
            sql`${refreshTokens.expiresAt} > now()`,
          ),
        )
        .returning({ userId: refreshTokens.userId, familyId: refreshTokens.familyId });
      if (claimed !== undefined) return { outcome: 'claimed' as const, ...claimed };
      const [known] = await db
        .select({ familyId: refreshTokens.familyId, usedAt: refreshTokens.usedAt })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash));
      if (known === undefined) return { outcome: 'unknown' as const };
      return known.usedAt === null
        ? { outcome: 'expired-or-revoked' as const }
        : { outcome: 'reused' as const, familyId: known.familyId };
    },

    async revokeFamily(familyId: string) {
      await db
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
    },

    async familyOf(tokenHash: string) {
      const [row] = await db
        .select({ familyId: refreshTokens.familyId, userId: refreshTokens.userId })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash));
      return row;
    },
  };
}

export type RefreshTokenRepository = ReturnType<typeof createRefreshTokenRepository>;
