/**
 * Least privilege in PostgreSQL: the schema belongs to the owner role (the one migrations run as);
 * the API and the judge worker connect as roles of their own that may only read and write what they
 * use, and change no schema. The worker's list is short and explicit — it never sees `users` (password
 * hashes), refresh tokens or learners' notes; a table added later is not granted to it by accident.
 * Applied by `winterarc migrate --grant-api R --grant-worker R`, idempotently, after every migration.
 */
import { sql } from 'drizzle-orm';
import type { Database } from './database.js';

/** What a judge worker touches: claim and finish submissions, read the problem packages. */
export const workerTablePrivileges: Record<string, Array<'SELECT' | 'INSERT' | 'UPDATE'>> = {
  submissions: ['SELECT', 'UPDATE'],
  submission_results: ['INSERT'],
  problem_versions: ['SELECT'],
  problem_version_files: ['SELECT'],
  test_cases: ['SELECT'],
  test_files: ['SELECT'],
};

const roleName = /^[a-z_][a-z0-9_]{0,62}$/;

/** A role name as given on the command line: plain lower-case identifiers only. */
export function checkRoleName(role: string): string {
  if (!roleName.test(role))
    throw new Error(`"${role}" is not a role name this command accepts (lower-case letters, digits and _).`);
  return role;
}

export interface RoleGrants {
  api?: string;
  worker?: string;
}

/** Grants the roles exactly their privileges on the current schema (run as the owner). */
export async function applyRoleGrants(db: Database, roles: RoleGrants): Promise<void> {
  await db.transaction(async (tx) => {
    for (const role of [roles.api, roles.worker]) {
      if (role === undefined) continue;
      const who = sql.identifier(checkRoleName(role));
      // Start from nothing, so a privilege taken away in code is taken away in the database too.
      await tx.execute(sql`revoke all on all tables in schema public from ${who}`);
      await tx.execute(sql`revoke all on all sequences in schema public from ${who}`);
      await tx.execute(sql`grant usage on schema public to ${who}`);
      // Readiness and start-up read which migrations are applied; nothing else of drizzle's.
      await tx.execute(sql`grant usage on schema drizzle to ${who}`);
      await tx.execute(sql`grant select on drizzle.__drizzle_migrations to ${who}`);
    }
    if (roles.api !== undefined) {
      const api = sql.identifier(roles.api);
      await tx.execute(sql`grant select, insert, update, delete on all tables in schema public to ${api}`);
      await tx.execute(sql`grant usage, select on all sequences in schema public to ${api}`);
    }
    if (roles.worker !== undefined) {
      const worker = sql.identifier(roles.worker);
      for (const [table, privileges] of Object.entries(workerTablePrivileges))
        await tx.execute(
          sql`grant ${sql.raw(privileges.join(', '))} on ${sql.identifier(table)} to ${worker}`,
        );
    }
  });
}
