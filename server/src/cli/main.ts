#!/usr/bin/env node
/**
 * `winterarc`: one binary, several roles. Each command loads the configuration, opens only what it
 * needs, and says clearly what went wrong if it cannot start.
 * @see https://github.com/tj/commander.js
 */
import { Command } from 'commander';
import { createAdminCommand } from './create-admin.js';
import { migrateCommand, seedCommand } from './database-commands.js';
import { runCommand } from './run-command.js';
import { serveCommand } from './serve.js';

const program = new Command()
  .name('winterarc')
  .description(
    'Winter Arc: the roadmap, the judge and the drills of a backend & distributed-systems training ground.',
  )
  .showHelpAfterError('(run with --help for usage)');

program
  .command('serve')
  .description(
    'Run the whole platform in one process (API, web app; embedded PGlite unless DATABASE_URL is set).',
  )
  .option('--no-seed', 'do not load content/roadmap at start-up')
  .action((options: { seed: boolean }) => runCommand(() => serveCommand(options)));

program
  .command('migrate')
  .description('Apply the committed SQL migrations that the database does not have yet.')
  .action(() => runCommand(migrateCommand));

program
  .command('seed')
  .description('Load the roadmap from content/roadmap idempotently (learners keep their progress).')
  .action(() => runCommand(seedCommand));

program
  .command('create-admin')
  .description('Create an admin account, or promote an existing one with --promote.')
  .requiredOption('--email <email>', "the account's email")
  .option('--name <displayName>', 'the name shown for the account', 'Administrator')
  .option('--promote', 'make an existing account admin instead of creating one (its password is kept)')
  .option(
    '--password-stdin',
    'read the password from standard input instead of WINTERARC_ADMIN_PASSWORD(_FILE)',
  )
  .action((options) => runCommand(() => createAdminCommand(options)));

await program.parseAsync();
