import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import { refreshTokens, users } from '../../infra/db/schema.js';
import { roleName } from '../users/roles.js';

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
        .select({
          familyId: refreshTokens.familyId,
          userId: refreshTokens.userId,
          usedAt: refreshTokens.usedAt,
        })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash));
      if (known === undefined) return { outcome: 'unknown' as const };
      return known.usedAt === null
        ? { outcome: 'expired-or-revoked' as const }
        : { outcome: 'reused' as const, familyId: known.familyId, userId: known.userId };
    },

    async revokeFamily(familyId: string) {
      await db
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
    },

    /**
     * The role of the account behind a session that still stands: the family has a token that is
     * neither revoked nor expired, and the account exists and is not disabled. Undefined otherwise.
     */
    async activeSessionRole(familyId: string, userId: string) {
      const [row] = await db
        .select({ roleId: users.roleId })
        .from(refreshTokens)
        .innerJoin(users, eq(users.id, refreshTokens.userId))
        .where(
          and(
            eq(refreshTokens.familyId, familyId),
            eq(refreshTokens.userId, userId),
            isNull(refreshTokens.revokedAt),
            sql`${refreshTokens.expiresAt} > now()`,
            isNull(users.disabledAt),
          ),
        )
        .limit(1);
      return row === undefined ? undefined : roleName(row.roleId);
    },

    /** Every session of the user that may still have live access tokens (revoked ones included). */
    async familiesOf(userId: string, executor: Pick<Database, 'selectDistinct'> = db) {
      const rows = await executor
        .selectDistinct({ familyId: refreshTokens.familyId })
        .from(refreshTokens)
        .where(and(eq(refreshTokens.userId, userId), sql`${refreshTokens.expiresAt} > now()`));
      return rows.map((row) => row.familyId);
    },

    /** Revokes every session of the user (disable), or every other one (password change). */
    async revokeAllOf(userId: string, options: { except?: string } = {}) {
      await db
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(
          and(
            eq(refreshTokens.userId, userId),
            isNull(refreshTokens.revokedAt),
            options.except === undefined ? undefined : ne(refreshTokens.familyId, options.except),
          ),
        );
    },

    /**
     * Whether `tokenHash` is the current refresh token of one of this account's live sessions: the
     * sign-in throttle treats its bearer as the owner's known device.
     */
    async isKnownDevice(tokenHash: string, userId: string) {
      const [row] = await db
        .select({ id: refreshTokens.id })
        .from(refreshTokens)
        .where(
          and(
            eq(refreshTokens.tokenHash, tokenHash),
            eq(refreshTokens.userId, userId),
            isNull(refreshTokens.usedAt),
            isNull(refreshTokens.revokedAt),
            sql`${refreshTokens.expiresAt} > now()`,
          ),
        );
      return row !== undefined;
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
