import type { Role } from '../auth/tokens.js';

/** Role ids as shipped by migration 0001_roles.sql. */
export const roleIds: Record<Role, number> = { learner: 1, admin: 2 };

export function roleName(roleId: number): Role {
  if (roleId === roleIds.admin) return 'admin';
  if (roleId === roleIds.learner) return 'learner';
  throw new Error(`unknown role id ${roleId}: migrations and roles.ts disagree`);
}
