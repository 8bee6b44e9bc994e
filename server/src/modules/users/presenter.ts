import type { UserRow } from './repository.js';

/** The public shape of a user: a database row never leaves the server as is. */
export function presentUser(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabledAt !== null,
    anonymous: user.anonymous,
    createdAt: user.createdAt.toISOString(),
  };
}
