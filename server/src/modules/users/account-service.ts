/**
 * What can happen to an account after sign-up: an admin changes its role, disables, enables or
 * deletes it; its owner changes their settings or deletes it with their password. Every change that
 * affects access ends the account's sessions or refreshes their cached role at once (sessions.ts), on
 * every API instance. The API and the `winterarc user …` commands both go through here.
 *
 * Deletion erases the learner's data in one transaction: the account row, and by the foreign keys'
 * ON DELETE CASCADE their refresh tokens, topic progress and notes, submissions and per-test results;
 * the outbox events naming those submissions go too. Nothing is kept "anonymised": submissions hold
 * source code, which is the learner's own work (docs/decisions/0043-account-deletion-erases.md).
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../infra/db/database.js';
import { outboxEvents, submissions, users as usersTable } from '../../infra/db/schema.js';
import { httpProblem } from '../../infra/http/problem.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { assertStrongPassword } from '../auth/password-strength.js';
import type { RefreshTokenRepository } from '../auth/refresh-token-repository.js';
import type { Sessions } from '../auth/sessions.js';
import type { Role } from '../auth/tokens.js';
import type { UserRepository, UserRow } from './repository.js';
import { roleIds } from './roles.js';

// One number for every change that could leave no enabled admin: such changes take this
// transaction-scoped lock, so two admins demoting each other at once cannot both succeed.
const adminChangeLock = 7_040_001;

export function createAccountService(deps: {
  db: Database;
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  sessions: Sessions;
}) {
  const { db, users, refreshTokens, sessions } = deps;

  async function existing(id: string): Promise<UserRow> {
    const user = await users.findById(id);
    if (user === undefined) throw httpProblem.notFound('No account has this id.');
    return user;
  }

  /** Throws 409 when `id` is the last enabled admin (checked under the admin-change lock). */
  async function assertAnotherAdminRemains(tx: Transaction, id: string, what: string) {
    await tx.execute(sql`select pg_advisory_xact_lock(${adminChangeLock})`);
    const [other] = await tx
      .select({ id: usersTable.id })
      .from(usersTable)
      .where(and(eq(usersTable.roleId, roleIds.admin), isNull(usersTable.disabledAt), ne(usersTable.id, id)))
      .limit(1);
    if (other === undefined) {
      throw httpProblem.conflict(
        `Cannot ${what} the last enabled admin: promote another account first (\`winterarc create-admin --promote --email …\`).`,
      );
    }
  }

  /** In one transaction: the last-admin check when it applies, then `change`. */
  async function changeAccount(
    user: UserRow,
    losesAdmin: boolean,
    what: string,
    change: (tx: Transaction) => Promise<void>,
  ) {
    await db.transaction(async (tx) => {
      if (losesAdmin && user.role === 'admin' && user.disabledAt === null)
        await assertAnotherAdminRemains(tx, user.id, what);
      await change(tx);
    });
  }

  async function erase(user: UserRow): Promise<void> {
    let sessionIds: string[] = [];
    await changeAccount(user, true, 'delete', async (tx) => {
      // Read in the transaction, so a session started meanwhile cannot be missed.
      sessionIds = await refreshTokens.familiesOf(user.id, tx);
      await tx
        .delete(outboxEvents)
        .where(
          sql`${outboxEvents.payload}->>'submissionId' in (select ${submissions.id}::text from ${submissions} where ${submissions.userId} = ${user.id})`,
        );
      // Cascades to refresh_tokens, topic_progress, submissions and submission_results.
      await tx.delete(usersTable).where(eq(usersTable.id, user.id));
    });
    await sessions.accountChanged(user.id, sessionIds);
  }

  return {
    /** Admin: give the account `role`; its sessions carry the new role from their next request. */
    async setRole(id: string, role: Role): Promise<UserRow> {
      const user = await existing(id);
      await changeAccount(user, role !== 'admin', 'demote', async (tx) => {
        await tx.update(usersTable).set({ roleId: roleIds[role] }).where(eq(usersTable.id, id));
      });
      await sessions.accountChanged(id);
      return existing(id);
    },

    /** Admin: the account can no longer sign in, and every session of it ends now. */
    async disable(id: string): Promise<UserRow> {
      const user = await existing(id);
      if (user.disabledAt === null) {
        await changeAccount(user, true, 'disable', async (tx) => {
          await tx.update(usersTable).set({ disabledAt: sql`now()` }).where(eq(usersTable.id, id));
        });
        const sessionIds = await refreshTokens.familiesOf(id);
        await refreshTokens.revokeAllOf(id);
        await sessions.accountChanged(id, sessionIds);
      }
      return existing(id);
    },

    /** Admin: the account may sign in again (its old sessions stay ended). */
    async enable(id: string): Promise<UserRow> {
      await existing(id);
      await db.update(usersTable).set({ disabledAt: null }).where(eq(usersTable.id, id));
      return existing(id);
    },

    /** Admin: erase the account and everything of it. */
    async delete(id: string): Promise<void> {
      await erase(await existing(id));
    },

    /** The owner erases their own account; the password proves it is them and not a stolen token. */
    async deleteOwn(id: string, password: string): Promise<void> {
      const user = await existing(id);
      if (!(await verifyPassword(await users.passwordHashOf(id), password))) {
        throw httpProblem.validation(
          'The password is wrong: type your current password to delete your account.',
          [{ in: 'body', field: 'password', message: 'is not your current password' }],
        );
      }
      await erase(user);
    },

    /**
     * The owner changes their password: the current one proves it is them; every other session
     * ends (a thief signed in elsewhere is thrown out), the one making the change stays.
     */
    async changePassword(
      caller: { userId: string; sessionId: string },
      input: { currentPassword: string; newPassword: string },
    ): Promise<void> {
      const user = await existing(caller.userId);
      if (!(await verifyPassword(await users.passwordHashOf(user.id), input.currentPassword))) {
        throw httpProblem.validation(
          'The current password is wrong: type the password you sign in with now.',
          [{ in: 'body', field: 'currentPassword', message: 'is not your current password' }],
        );
      }
      await assertStrongPassword(input.newPassword, user, 'newPassword');
      await users.setPasswordHash(user.id, await hashPassword(input.newPassword));
      const sessionIds = await refreshTokens.familiesOf(user.id);
      await refreshTokens.revokeAllOf(user.id, { except: caller.sessionId });
      await sessions.accountChanged(user.id, sessionIds);
    },

    /** The owner's settings: the public name and whether public lists show it. */
    async updateSettings(
      id: string,
      settings: { displayName?: string; anonymous?: boolean },
    ): Promise<UserRow> {
      const changed = await users.updateSettings(id, {
        ...settings,
        ...(settings.displayName === undefined ? {} : { displayName: settings.displayName.trim() }),
      });
      if (changed === undefined) throw httpProblem.unauthenticated('Your account no longer exists.');
      return changed;
    },

    /** The caller's own account; 401 when it was deleted while their token was still valid. */
    async own(id: string): Promise<UserRow> {
      const user = await users.findById(id);
      if (user === undefined) throw httpProblem.unauthenticated('Your account no longer exists.');
      return user;
    },

    /** Admin: every account, filtered and paged. */
    list: (query: Parameters<UserRepository['list']>[0]) => users.list(query),

    /** The account with this email (CLI); undefined when there is none. */
    async findByEmail(email: string): Promise<UserRow | undefined> {
      const found = await users.findCredentialsByEmail(email);
      if (found === undefined) return undefined;
      const { passwordHash: _, ...user } = found;
      return user;
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
