import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostProblems, userNamespaceProblems } from './host.js';

let proc: string;
afterEach(() => rmSync(proc, { recursive: true, force: true }));

const sysctl = (name: string, value: string) => {
  const path = join(proc, 'sys', ...name.split('.'));
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${value}\n`);
};

describe('userNamespaceProblems', () => {
  it('is empty when user namespaces are allowed', () => {
    proc = mkdtempSync(join(tmpdir(), 'winterarc-proc-'));
    sysctl('user.max_user_namespaces', '96365');
    sysctl('kernel.unprivileged_userns_clone', '1');
    expect(userNamespaceProblems(proc)).toEqual([]);
  });

  it('names each switch that blocks bwrap, with the fix', () => {
    proc = mkdtempSync(join(tmpdir(), 'winterarc-proc-'));
    sysctl('user.max_user_namespaces', '0');
    sysctl('kernel.unprivileged_userns_clone', '0');
    sysctl('kernel.apparmor_restrict_unprivileged_userns', '1');
    const problems = userNamespaceProblems(proc);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/sysctl -w user.max_user_namespaces/);
    expect(problems[2]).toMatch(/AppArmor/);
  });
});

describe('hostProblems', () => {
  it('names a missing tool and the Debian package to install', () => {
    proc = mkdtempSync(join(tmpdir(), 'winterarc-proc-'));
    const tools = {
      bash: '/bin/bash',
      prlimit: '/usr/bin/prlimit',
      setpriv: '/usr/bin/setpriv',
      bwrap: '/nonexistent/bwrap',
    };
    expect(hostProblems(tools, proc)).toContain('/nonexistent/bwrap is missing: apt-get install bubblewrap');
  });
});
