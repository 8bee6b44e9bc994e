import { mkdtempSync } from 'node:fs';
import { chmod, cp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../test/backends.js';
import { rawZip } from '../test/raw-zip.js';
import { winterarc } from '../test/run-cli.js';

// These spawn processes on an embedded data directory; running them once (in the pglite project) is enough.
describe.runIf(testBackend() === 'pglite')('winterarc CLI', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'winterarc-cli-'));
  const env = { WINTERARC_DATA_DIR: dataDir };

  it('documents every command with --help', async () => {
    const help = await winterarc(['--help'], env);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'create-admin'])
      expect(help.stdout).toContain(command);
    const adminHelp = await winterarc(['create-admin', '--help'], env);
    expect(adminHelp.stdout).toContain('--password-stdin');
  });

  // Two full seeds (migrations, the roadmap, every problem package) in the embedded database: on a
  // loaded 2-core machine they took over 30 s, and a timed-out seed keeps the data directory locked
  // for the tests after it.
  it('seeds idempotently: the second run changes nothing', { timeout: 120_000 }, async () => {
    const first = await winterarc(['seed'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/[1-9]\d* created, 0 updated/);
    expect(first.stdout).toMatch(/Problems seeded from .*: [1-9]\d* new versions, 0 unchanged\./);
    const second = await winterarc(['seed'], env);
    expect(second.stdout).toMatch(/ 0 created, 0 updated, \d+ unchanged, 0 retired/);
    expect(second.stdout).toMatch(/Problems seeded from .*: 0 new versions, [1-9]\d* unchanged\./);
  });

  // Each spawn compiles the CLI and opens the embedded database: seconds apiece on a busy machine.
  it('creates an admin from stdin, refuses a duplicate, and promotes with --promote', {
    timeout: 120_000,
  }, async () => {
    const created = await winterarc(
      ['create-admin', '--email', 'Root@Example.test', '--password-stdin'],
      env,
      'a long admin password\n',
    );
    expect(created.stdout).toContain('Admin root@example.test created.');
    const again = await winterarc(['create-admin', '--email', 'root@example.test'], {
      ...env,
      WINTERARC_ADMIN_PASSWORD: 'another long one',
    });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already has an account; add --promote');
    const promoted = await winterarc(['create-admin', '--email', 'root@example.test', '--promote'], env);
    expect(promoted.stdout).toContain('is now an admin');
  });

  it('refuses a short password and a missing one with a sentence saying what to do', async () => {
    const short = await winterarc(['create-admin', '--email', 'x@example.test'], {
      ...env,
      WINTERARC_ADMIN_PASSWORD: 'short',
    });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/password must be 10 to 256 characters/);
    const missing = await winterarc(['create-admin', '--email', 'x@example.test'], env);
    expect(missing.stderr).toContain('WINTERARC_ADMIN_PASSWORD');
  });

  it('refuses a common password for an admin, saying why', { timeout: 60_000 }, async () => {
    const weak = await winterarc(['create-admin', '--email', 'weak@example.test'], {
      ...env,
      WINTERARC_ADMIN_PASSWORD: '1234567890',
    });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('easy to guess');
  });

  it('demotes, disables, enables and deletes accounts with `user`, and keeps the last admin', {
    timeout: 240_000,
  }, async () => {
    const email = 'second@example.test';
    await winterarc(['create-admin', '--email', email], {
      ...env,
      WINTERARC_ADMIN_PASSWORD: 'glacier tea lantern',
    });
    const user = (action: string, ...more: string[]) =>
      winterarc(['user', action, '--email', email, ...more], env);

    expect((await user('demote')).stdout).toContain(`${email} is now a learner.`);
    const again = await user('demote');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is not an admin');
    expect((await user('disable')).stdout).toContain('is disabled');
    expect((await user('enable')).stdout).toContain('is enabled');

    const unconfirmed = await user('delete');
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('add --yes to confirm');
    expect((await user('delete', '--yes')).stdout).toContain('and all its data are deleted');
    const gone = await user('disable');
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain(`there is no account ${email}`);

    // root@example.test (made admin above) is now the only admin.
    const last = await winterarc(['user', 'demote', '--email', 'root@example.test'], env);
    expect(last.code).toBe(2);
    expect(last.stderr).toContain('last enabled admin');
  });

  const packages = fileURLToPath(new URL('../../../judge/src/conformance/packages/', import.meta.url));

  it('judge doctor says this host can judge, language by language', { timeout: 30_000 }, async () => {
    const doctor = await winterarc(['judge', 'doctor'], env);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toContain('✓ sandbox: a test run in a real sandbox succeeded');
    expect(doctor.stdout).toMatch(/✓ Java 17: openjdk version "17/);
    expect(doctor.stdout).toContain('This host can judge.');
  });

  it('judge prints a verdict per test and exits 1 on a wrong answer', { timeout: 30_000 }, async () => {
    const wrong = `${packages}sum-stdio/submissions/wrong_answer/difference.py`;
    const result = await winterarc(['judge', `${packages}sum-stdio`, wrong], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ sample\/1 +WA/);
    expect(result.stdout).toContain('line 1, token 1: expected "7", got "-1"');
    expect(result.stdout).toContain('Wrong Answer (WA) — 1 of 6 tests run');
  });

  it('problem verify checks every submission of a package against its folder', {
    timeout: 60_000,
  }, async () => {
    const result = await winterarc(['problem', 'verify', `${packages}custom-checker`], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ submissions/wrong_answer/in_order.py');
    expect(result.stdout).toContain('All 3 submissions got their expected verdicts.');
  });

  /** custom-checker without its C++ submission, so the self-test runs in seconds. */
  const quickPackage = async (name: string) => {
    const parent = mkdtempSync(path.join(tmpdir(), 'winterarc-cli-pkg-'));
    // The self-test's sandboxes run as other users: the package must be readable, as a checkout is.
    await chmod(parent, 0o755);
    const dir = path.join(parent, name);
    await cp(`${packages}custom-checker`, dir, { recursive: true });
    await rm(path.join(dir, 'submissions/accepted/odds_then_evens_descending.cpp'));
    return dir;
  };

  it('judge derives a missing time limit, verify saves it as .timelimit, and judge then reads it', {
    timeout: 120_000,
  }, async () => {
    const dir = await quickPackage('no-limit-checker');
    const yamlFile = path.join(dir, 'problem.yaml');
    await writeFile(yamlFile, (await readFile(yamlFile, 'utf8')).replace(/^ {2}time_limit:.*\n/m, ''));
    const solution = path.join(dir, 'submissions/accepted/evens_then_odds.py');

    const derived = await winterarc(['judge', dir, solution], env);
    expect(derived.stderr).toContain(
      'The package gives no time limit: deriving it from its 1 accepted submission(s)',
    );
    expect(derived.stdout).toMatch(/Time limit: \d+ ms, derived from the accepted submissions/);
    expect(derived.stdout).toContain('Accepted (AC)');
    expect(derived.code).toBe(0);

    const verified = await winterarc(['problem', 'verify', dir], env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`Saved the derived time limit in ${path.join(dir, '.timelimit')}`);
    expect(await readFile(path.join(dir, '.timelimit'), 'utf8')).toMatch(/^\d+(\.\d+)?\n$/);

    const judged = await winterarc(['judge', dir, solution], env);
    expect(judged.stderr).not.toContain('deriving');
    expect(judged.stdout).toContain('Accepted (AC)');
  });

  it('judge takes a directory of files and runs its entry point', { timeout: 60_000 }, async () => {
    const program = mkdtempSync(path.join(tmpdir(), 'winterarc-cli-program-'));
    await writeFile(
      path.join(program, 'main.py'),
      'from arith import add\nprint(add(*map(int, input().split())))\n',
    );
    await writeFile(path.join(program, 'arith.py'), 'def add(a, b):\n    return a + b\n');
    const result = await winterarc(['judge', `${packages}sum-stdio`, program], env);
    expect(result.stdout).toContain('Accepted (AC) — 6 of 6 tests run');
    expect(result.code).toBe(0);
  });

  it('problem import refuses a package whose self-test fails, with the report, and stores nothing', {
    timeout: 120_000,
  }, async () => {
    const dir = await quickPackage('broken-checker');
    await cp(
      path.join(dir, 'submissions/wrong_answer/in_order.py'),
      path.join(dir, 'submissions/accepted/evens_then_odds.py'),
    );
    const result = await winterarc(['problem', 'import', dir], env);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/✗ submissions\/accepted\/evens_then_odds\.py +expected accepted, got WA/);
    expect(result.stdout).toContain('1 of 2 submissions did not get their expected verdict.');
    expect(result.stderr).toContain(
      'cannot import ' +
        dir +
        ": the package's self-test failed (report above); fix the package, or pass --skip-self-test",
    );
    const exported = await winterarc(
      ['problem', 'export', 'broken-checker', path.join(dir, '..', 'out')],
      env,
    );
    expect(exported.stderr).toContain('there is no problem "broken-checker"; import it first.');

    const skipped = await winterarc(['problem', 'import', dir, '--skip-self-test'], env);
    expect(skipped.stdout).toBe('Imported broken-checker version 1\n');
  });

  it('problem import self-tests, export writes a zip, and the zip imports back unchanged', {
    timeout: 120_000,
  }, async () => {
    const dir = await quickPackage('quick-checker');
    const imported = await winterarc(['problem', 'import', dir], env);
    expect(imported.stdout).toContain('All 2 submissions got their expected verdicts.');
    expect(imported.stdout).toContain('Imported quick-checker version 1\n');

    const zip = path.join(dir, '..', 'quick.zip');
    const exported = await winterarc(['problem', 'export', 'quick-checker', zip], env);
    expect(exported.stdout).toBe(`Exported quick-checker version 1 to ${zip}\n`);
    const again = await winterarc(['problem', 'import', zip], env);
    expect(again.stdout).toBe('quick-checker is unchanged (version 1)\n');
    const copy = await winterarc(['problem', 'import', zip, '--slug', 'quick-from-zip'], env);
    expect(copy.stdout).toContain('All 2 submissions got their expected verdicts.');
    expect(copy.stdout).toContain('Imported quick-from-zip version 1\n');

    const refused = await winterarc(['problem', 'export', 'quick-checker', zip], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`cannot export quick-checker: ${zip} already exists and is not empty`);
  });

  it('problem import refuses a zip that would write outside its folder, naming the entry', async () => {
    const zip = path.join(mkdtempSync(path.join(tmpdir(), 'winterarc-cli-zip-')), 'evil.zip');
    await writeFile(
      zip,
      rawZip([
        { name: 'problem.yaml', data: 'x' },
        { name: '../../evil', data: 'x' },
      ]),
    );
    const result = await winterarc(['problem', 'import', zip], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `cannot import ${zip}: zip entry "../../evil" climbs out of the package with ..`,
    );
  });

  it('judge refuses a file whose language it cannot tell, saying how to fix it', async () => {
    const result = await winterarc(['judge', `${packages}sum-stdio`, '/etc/hostname'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot tell the language of /etc/hostname; pass --language');
  });

  it('stops on bad configuration with the variable named and exit code 2', async () => {
    const result = await winterarc(['migrate'], { ...env, NODE_ENV: 'production' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'winterarc: Configuration error: JWT_SECRET is required when NODE_ENV=production (set JWT_SECRET or JWT_SECRET_FILE to 32+ random bytes)\n',
    );
  });

  it('will not serve in production with /metrics open, naming METRICS_TOKEN', async () => {
    const production = { ...env, NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PORT: '0' };
    for (const role of ['serve', 'api', 'worker']) {
      const result = await winterarc([role], production);
      expect(result.code, role).toBe(2);
      expect(result.stderr, role).toBe(
        'winterarc: Configuration error: METRICS_TOKEN is required when NODE_ENV=production, or /metrics is open to anyone who can reach it (set METRICS_TOKEN or METRICS_TOKEN_FILE to 16+ characters, e.g. `openssl rand -hex 24`)\n',
      );
    }
  });
});
