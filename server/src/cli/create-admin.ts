import { readFileSync } from 'node:fs';
import { loadConfig } from '../infra/config/config.js';
import { readEnv } from '../infra/config/env.js';
import { HttpProblem } from '../infra/http/problem.js';
import { openDatabaseFor } from '../infra/runtime.js';
import { maxPasswordLength, minPasswordLength } from '../modules/auth/password.js';
import { normalizeEmail, registerAccount } from '../modules/auth/service.js';
import { createUserRepository } from '../modules/users/repository.js';
import { UsageError } from './run-command.js';
import { withAccounts } from './user-commands.js';

interface Options {
  email: string;
  name: string;
  promote?: boolean;
  passwordStdin?: boolean;
}

/** The password never comes from argv: arguments are visible to every user in `ps`. */
function readPassword(options: Options): string {
  const password = options.passwordStdin
    ? readFileSync(0, 'utf8').replace(/\r?\n$/, '')
    : readEnv(process.env).optionalSecret('WINTERARC_ADMIN_PASSWORD');
  if (password === undefined) {
    throw new UsageError(
      'give the password in WINTERARC_ADMIN_PASSWORD or WINTERARC_ADMIN_PASSWORD_FILE, or pipe it with --password-stdin',
    );
  }
  if (password.length < minPasswordLength || password.length > maxPasswordLength) {
    throw new UsageError(`the password must be ${minPasswordLength} to ${maxPasswordLength} characters long`);
  }
  return password;
}

export async function createAdminCommand(options: Options) {
  const email = normalizeEmail(options.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(`"${options.email}" is not an email address`);
  const config = loadConfig();
  if (options.promote) {
    // Through the account service, so the account's live sessions carry the new role at once.
    await withAccounts(config, async (accounts) => {
      const found = await accounts.findByEmail(email);
      if (found === undefined)
        throw new UsageError(`there is no account ${email} to promote; drop --promote to create it`);
      await accounts.setRole(found.id, 'admin');
    });
    process.stdout.write(`${email} is now an admin.\n`);
    return;
  }
  const password = readPassword(options);
  const database = await openDatabaseFor(config);
  try {
    await database.migrate();
    const users = createUserRepository(database.db);
    try {
      await registerAccount(users, { email, password, displayName: options.name, role: 'admin' });
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 409) {
        throw new UsageError(`${email} already has an account; add --promote to make it an admin`);
      }
      throw error;
    }
    process.stdout.write(`Admin ${email} created.\n`);
  } finally {
    await database.close();
  }
}
