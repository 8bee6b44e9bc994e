import { and, eq, ilike, type SQL } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import { planKeysetPage } from '../../infra/db/keyset.js';
import { containsPattern } from '../../infra/db/like.js';
import { users } from '../../infra/db/schema.js';
import type { Role } from '../auth/tokens.js';
import { roleIds, roleName } from './roles.js';

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** When an admin disabled the account; null while it is enabled. */
  disabledAt: Date | null;
  /** Shown as "Anonymous" in public lists. */
  anonymous: boolean;
  createdAt: Date;
}

const publicColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  roleId: users.roleId,
  disabledAt: users.disabledAt,
  anonymous: users.anonymous,
  createdAt: users.createdAt,
};

const toUser = ({ roleId, ...row }: { roleId: number } & Omit<UserRow, 'role'>): UserRow => ({
  ...row,
  role: roleName(roleId),
});

export type UserSort = 'createdAt' | 'email';

export function createUserRepository(db: Database) {
  return {
    /** Undefined when the email is taken (the unique index decides, so concurrent sign-ups cannot both win). */
    async create(input: { email: string; displayName: string; passwordHash: string; role: Role }) {
      const [row] = await db
        .insert(users)
        .values({ ...input, roleId: roleIds[input.role] })
        .onConflictDoNothing({ target: users.email })
        .returning(publicColumns);
      return row === undefined ? undefined : toUser(row);
    },

    async findCredentialsByEmail(email: string) {
      const [row] = await db
        .select({ ...publicColumns, passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.email, email));
      return row === undefined ? undefined : { ...toUser(row), passwordHash: row.passwordHash };
    },

    async findById(id: string) {
      const [row] = await db.select(publicColumns).from(users).where(eq(users.id, id));
      return row === undefined ? undefined : toUser(row);
    },

    async setRole(id: string, role: Role) {
      await db.update(users).set({ roleId: roleIds[role] }).where(eq(users.id, id));
    },

    async setPasswordHash(id: string, passwordHash: string) {
      await db.update(users).set({ passwordHash }).where(eq(users.id, id));
    },

    /** The learner's own settings; undefined when the account does not exist. */
    async updateSettings(id: string, settings: { displayName?: string; anonymous?: boolean }) {
      const [row] = await db.update(users).set(settings).where(eq(users.id, id)).returning(publicColumns);
      return row === undefined ? undefined : toUser(row);
    },

    async passwordHashOf(id: string) {
      const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
      return row?.passwordHash;
    },

    async list(query: {
      limit: number;
      cursor: string | undefined;
      sort: UserSort;
      direction: 'asc' | 'desc';
      role: Role | undefined;
      emailContains: string | undefined;
    }) {
      const sortColumn = query.sort === 'email' ? users.email : users.createdAt;
      const page = planKeysetPage({
        keys: [
          { column: sortColumn, kind: query.sort === 'email' ? 'text' : 'timestamp' },
          { column: users.id, kind: 'text' },
        ],
        direction: query.direction,
        limit: query.limit,
        cursor: query.cursor,
        sortName: `${query.sort}:${query.direction}`,
      });
      const conditions: (SQL | undefined)[] = [
        page.where,
        query.role === undefined ? undefined : eq(users.roleId, roleIds[query.role]),
        query.emailContains === undefined
          ? undefined
          : ilike(users.email, containsPattern(query.emailContains.toLowerCase())),
      ];
      const rows = await db
        .select(publicColumns)
        .from(users)
        .where(and(...conditions))
        .orderBy(...page.orderBy)
        .limit(page.limit);
      return page.toPage(rows.map(toUser), (row) => [
        query.sort === 'email' ? row.email : row.createdAt,
        row.id,
      ]);
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
