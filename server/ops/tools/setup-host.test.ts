/**
 * scripts/setup-host.sh, which the README's run command starts with: it installs exactly what the
 * judge lacks, says what it skips, and installs nothing when all is there. Exercised on a fake root
 * directory (WINTERARC_SETUP_ROOT) in --dry-run mode, so the test never touches apt.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoPaths } from '../../src/infra/paths.js';

const repo = path.resolve(repoPaths.roadmapContent, '../..');
const script = path.join(repo, 'scripts/setup-host.sh');
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const judgePrograms = [
  '/usr/bin/bwrap',
  '/usr/bin/python3',
  '/usr/bin/gcc',
  '/usr/bin/g++',
  '/usr/lib/jvm/java-17-openjdk-amd64/bin/javac',
  '/usr/bin/node',
];

/** A root directory holding (empty, executable) files at `programs`. */
function fakeRoot(programs: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'winterarc-host-'));
  roots.push(root);
  for (const program of programs) {
    mkdirSync(path.dirname(path.join(root, program)), { recursive: true });
    writeFileSync(path.join(root, program), '');
    chmodSync(path.join(root, program), 0o755);
  }
  return root;
}

function setupHost(root: string, args: string[]) {
  return spawnSync('bash', [script, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', WINTERARC_SETUP_ROOT: root },
  });
}

describe('scripts/setup-host.sh', () => {
  it('plans to install exactly the packages whose programs are missing, and says what it skips', () => {
    const result = setupHost(fakeRoot(['/usr/bin/gcc', '/usr/bin/node']), ['--dry-run']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('setup-host: gcc is installed (/usr/bin/gcc), skipping');
    expect(result.stdout).toContain('setup-host: would run: apt-get update -qq');
    expect(result.stdout).toContain(
      'setup-host: would run: apt-get install -y -qq --no-install-recommends bubblewrap python3 g++ openjdk-17-jdk-headless\n',
    );
  });

  it('installs nothing where everything is there (run again, it is a no-op)', () => {
    const result = setupHost(fakeRoot(judgePrograms), []);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('nothing to install');
    expect(result.stdout).not.toContain('apt-get');
  });

  it('says when Node is not where the judge runs it', () => {
    const result = setupHost(fakeRoot(judgePrograms.filter((p) => p !== '/usr/bin/node')), []);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /\/usr\/bin\/node is missing, so JavaScript and TypeScript cannot be judged/,
    );
  });

  it('refuses an unknown option', () => {
    const result = setupHost(fakeRoot([]), ['--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option --yes');
  });

  it('is what the README runs first and what the test set-up reuses', () => {
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    expect(readme).toContain('bash scripts/setup-host.sh && npm ci && npm run build && npm start');
    const ensure = readFileSync(path.join(repo, 'scripts/ensure-test-services.sh'), 'utf8');
    expect(ensure).toContain('setup-host.sh');
    // The toolchain list lives in one place.
    expect(ensure).not.toMatch(/openjdk|bubblewrap\)/);
  });

  const shellcheck = spawnSync('shellcheck', ['--version']).error === undefined;
  it.skipIf(!shellcheck)('is clean under shellcheck (skipped where shellcheck is not installed)', () => {
    const result = spawnSync('shellcheck', [script, path.join(repo, 'scripts/ensure-test-services.sh')], {
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
