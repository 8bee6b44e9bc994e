/**
 * `winterarc user disable|enable|delete|demote --email E`: an operator's account controls, through the
 * same account service as the admin API. They reach the running API instances through the shared
 * cache and pub/sub (Redis), so a change takes effect on their next request. Without Redis (one
 * process, embedded), the server holds the data directory, so these run while it is stopped.
 */
import { createMemoryCache } from '../infra/cache/memory-cache.js';
import { createRedisCache } from '../infra/cache/redis-cache.js';
import { type Config, loadConfig } from '../infra/config/config.js';
import { createMemoryPubSub } from '../infra/pubsub/memory-pubsub.js';
import { createRedisPubSub } from '../infra/pubsub/redis-pubsub.js';
import { openDatabaseFor } from '../infra/runtime.js';
import { createRefreshTokenRepository } from '../modules/auth/refresh-token-repository.js';
import { normalizeEmail } from '../modules/auth/service.js';
import { createSessions } from '../modules/auth/sessions.js';
import { type AccountService, createAccountService } from '../modules/users/account-service.js';
import type { UserRow } from '../modules/users/repository.js';
import { createUserRepository } from '../modules/users/repository.js';
import { UsageError } from './run-command.js';

export type UserAction = 'disable' | 'enable' | 'delete' | 'demote';

/** Runs `use` with the account service wired to this deployment's database, cache and pub/sub. */
export async function withAccounts<T>(
  config: Config,
  use: (accounts: AccountService) => Promise<T>,
): Promise<T> {
  const database = await openDatabaseFor(config);
  const redis = config.redisUrl;
  const cache = redis === undefined ? createMemoryCache() : createRedisCache(redis);
  const pubsub = redis === undefined ? createMemoryPubSub() : createRedisPubSub(redis);
  try {
    await database.migrate();
    const users = createUserRepository(database.db);
    const refreshTokens = createRefreshTokenRepository(database.db);
    const sessions = createSessions({ refreshTokens, cache, pubsub });
    return await use(createAccountService({ db: database.db, users, refreshTokens, sessions }));
  } finally {
    await Promise.allSettled([cache.close(), pubsub.close()]);
    await database.close();
  }
}

const done: Record<UserAction, (user: UserRow) => string> = {
  disable: (user) => `${user.email} is disabled: its sessions have ended and it cannot sign in.`,
  enable: (user) => `${user.email} is enabled: it can sign in again.`,
  delete: (user) => `${user.email} and all its data are deleted.`,
  demote: (user) => `${user.email} is now a learner.`,
};

export async function userCommand(action: UserAction, options: { email: string; yes?: boolean }) {
  const email = normalizeEmail(options.email);
  if (action === 'delete' && options.yes !== true) {
    throw new UsageError(
      `deleting ${email} erases the account, its progress, notes and submissions for good: add --yes to confirm`,
    );
  }
  await withAccounts(loadConfig(), async (accounts) => {
    const user = await accounts.findByEmail(email);
    if (user === undefined) throw new UsageError(`there is no account ${email}`);
    if (action === 'disable') await accounts.disable(user.id);
    if (action === 'enable') await accounts.enable(user.id);
    if (action === 'delete') await accounts.delete(user.id);
    if (action === 'demote') {
      if (user.role !== 'admin') throw new UsageError(`${email} is not an admin; nothing to demote`);
      await accounts.setRole(user.id, 'learner');
    }
    process.stdout.write(`${done[action](user)}\n`);
  });
}
