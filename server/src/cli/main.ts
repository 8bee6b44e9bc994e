#!/usr/bin/env node
/**
 * `winterarc`: one binary, several roles. Each command loads the configuration, opens only what it
 * needs, and says clearly what went wrong if it cannot start.
 * @see https://github.com/tj/commander.js
 */
import { Command } from 'commander';
import { backupCommand, restoreCommand } from './backup.js';
import { createAdminCommand } from './create-admin.js';
import { migrateCommand, seedCommand } from './database-commands.js';
import { deadLettersCommand } from './dead-letters.js';
import { judgeDoctorCommand, judgeFileCommand, problemVerifyCommand } from './judge-commands.js';
import { problemExportCommand } from './problem-export.js';
import { problemImportCommand } from './problem-import.js';
import { quizVerifyCommand } from './quiz-commands.js';
import { runRoles } from './roles.js';
import { runCommand, UsageError } from './run-command.js';
import { submitCommand } from './submit-command.js';
import { type UserAction, userCommand } from './user-commands.js';

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
  .option('--no-seed', 'do not load content/roadmap and content/problems at start-up')
  .action((options: { seed: boolean }) =>
    runCommand(() => runRoles('serve', { http: true, relay: true, worker: true, seed: options.seed })),
  );

program
  .command('api')
  .description(
    'Run an API instance: HTTP, WebSocket and the outbox relay (judging is left to `winterarc worker`).',
  )
  .action(() => runCommand(() => runRoles('api', { http: true, relay: true, worker: false, seed: false })));

program
  .command('worker')
  .description('Run a judge worker: take submissions from the queue (RABBITMQ_URL) and judge them.')
  .action(() =>
    runCommand(() => runRoles('worker', { http: false, relay: false, worker: true, seed: false })),
  );

program
  .command('migrate')
  .description('Apply the committed SQL migrations that the database does not have yet.')
  .option(
    '--grant-api <role>',
    'then grant this PostgreSQL role what an API instance needs (read/write data, no schema changes)',
  )
  .option(
    '--grant-worker <role>',
    'then grant this PostgreSQL role only what a judge worker needs (no users, no tokens)',
  )
  .action((options: { grantApi?: string; grantWorker?: string }) =>
    runCommand(() => migrateCommand(options)),
  );

program
  .command('seed')
  .description('Load the roadmap (content/roadmap) and the starter problems (content/problems) idempotently.')
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

const user = program
  .command('user')
  .description(
    'Account controls for operators (the admin API does the same): disable, enable, delete, demote.',
  );
const userActions: Array<[UserAction, string]> = [
  ['disable', 'Disable an account: its sessions end at once and it cannot sign in until enabled.'],
  ['enable', 'Enable a disabled account again (its old sessions stay ended).'],
  ['delete', 'Delete an account and all its data (progress, notes, submissions); needs --yes.'],
  ['demote', 'Make an admin a learner; it loses admin rights on its next request.'],
];
for (const [action, description] of userActions) {
  const command = user
    .command(action)
    .description(description)
    .requiredOption('--email <email>', "the account's email");
  if (action === 'delete') command.option('--yes', 'confirm: the deletion cannot be undone');
  command.action((options: { email: string; yes?: boolean }) =>
    runCommand(() => userCommand(action, options)),
  );
}

program
  .command('backup')
  .description(
    'Write a consistent backup of the database (PostgreSQL: pg_dump custom format, safe while running; embedded: a data-directory dump, with `serve` stopped).',
  )
  .argument('<file>', 'where to write it')
  .option('--force', 'overwrite the file if it exists')
  .action((file: string, options: { force?: boolean }) => runCommand(() => backupCommand(file, options)));

program
  .command('restore')
  .description(
    'Restore a backup made by `winterarc backup`, then apply migrations. Refuses a newer schema, and a database that holds data unless --force.',
  )
  .argument('<file>', 'the backup')
  .option('--force', 'replace a database that holds data (embedded: the old data directory is kept aside)')
  .action((file: string, options: { force?: boolean }) => runCommand(() => restoreCommand(file, options)));

program
  .command('dead-letters')
  .description('Jobs parked after stopping their workers too often: list them, or requeue them once fixed.')
  .argument('<action>', 'list or requeue')
  .option('--limit <n>', 'at most this many (default 100)')
  .action((action: string, options: { limit?: string }) =>
    runCommand(async () => {
      if (action !== 'list' && action !== 'requeue')
        throw new UsageError(`dead-letters takes "list" or "requeue", not "${action}".`);
      await deadLettersCommand(action, options);
    }),
  );

const judge = program
  .command('judge')
  .description(
    'Judge a source file (or a directory of files) against a problem package, printing a verdict per test.',
  )
  .argument('<problem-dir>', 'a problem package directory (Kattis/ICPC format)')
  .argument(
    '<source>',
    'the submission: a file, or a directory of files; its language comes from the file names unless --language is given',
  )
  .option('--language <id>', 'python, javascript, typescript, c, cpp or java')
  .option('--all', 'run every test instead of stopping at the first failure')
  .option('--samples', 'run only the sample tests')
  .action((problemDir: string, sourceFile: string, options) =>
    runCommand(() => judgeFileCommand(problemDir, sourceFile, options)),
  );
judge
  .command('doctor')
  .description(
    'Check that this host can judge: root, bubblewrap, cgroups, a real sandboxed run, each language.',
  )
  .action(() => runCommand(judgeDoctorCommand));

program
  .command('submit')
  .description(
    'Submit a solution to a Winter Arc server and follow its judging live (account from WINTERARC_EMAIL and WINTERARC_PASSWORD or WINTERARC_PASSWORD_FILE).',
  )
  .argument('<problem>', "the problem's slug, e.g. sum-stdio")
  .argument('<file>', 'the source file; its language comes from the file name unless --language is given')
  .option('--server <url>', 'the server (default: WINTERARC_URL, else http://127.0.0.1:8080)')
  .option('--language <id>', 'python, javascript, typescript, c, cpp or java')
  .option('--run [input-file]', "only run: on the samples, or once on this file's content as stdin")
  .option('--password-stdin', 'read the password from standard input')
  .option('--timeout <seconds>', 'give up waiting for the verdict after this long (default 300)')
  .action((problemSlug: string, file: string, options) =>
    runCommand(() => submitCommand(problemSlug, file, options)),
  );

program
  .command('quiz')
  .description('Quizzes.')
  .command('verify')
  .description(
    'Check the quizzes: the format, every code-output snippet run in the sandbox, every formula recomputed, coverage per topic.',
  )
  .argument('[dir]', 'the quizzes folder (default: WINTERARC_QUIZZES_DIR, content/quizzes)')
  .action((dir: string | undefined) => runCommand(() => quizVerifyCommand(dir)));

const problem = program.command('problem').description('Problem packages.');
problem
  .command('verify')
  .description('Self-test a package: every submission in submissions/<verdict>/ must get that verdict.')
  .argument('<dir>', 'the package directory')
  .option(
    '--no-save-time-limit',
    'do not write a derived time limit to <dir>/.timelimit (it is saved there when the package gives none)',
  )
  .action((dir: string, options: { saveTimeLimit: boolean }) =>
    runCommand(() => problemVerifyCommand(dir, options)),
  );
problem
  .command('import')
  .description(
    'Load a package into the database after its self-test (idempotent; a changed package becomes a new version).',
  )
  .argument('<dir|zip>', 'the package directory, or a .zip of it')
  .option('--slug <slug>', "the problem's slug (default: the directory name)")
  .option('--difficulty <n>', 'difficulty from 1 to 5 (default 2 for a new problem)')
  .option('--tag <tag...>', "the problem's tags (replacing the ones it has)")
  .option('--skip-self-test', 'import without judging the submissions in submissions/ first')
  .action((dir: string, options) =>
    runCommand(() => problemImportCommand(dir, { ...options, selfTest: !options.skipSelfTest })),
  );
problem
  .command('export')
  .description('Write a stored package out as a directory, or a .zip when <out> ends in .zip.')
  .argument('<slug>', "the problem's slug")
  .argument('<out>', 'a new directory or .zip file (an existing non-empty one is refused)')
  .option('--version <n>', 'the version to export (default: the latest)')
  .action((slug: string, out: string, options) => runCommand(() => problemExportCommand(slug, out, options)));

await program.parseAsync();
