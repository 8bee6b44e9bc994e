/** The host tools the sandbox execs, by absolute path (never looked up on PATH), and their checks. */
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HostTools {
  bash: string;
  prlimit: string;
  setpriv: string;
  bwrap: string;
}

export const DEFAULT_HOST_TOOLS: HostTools = {
  bash: '/bin/bash',
  prlimit: '/usr/bin/prlimit',
  setpriv: '/usr/bin/setpriv',
  bwrap: '/usr/bin/bwrap',
};

const PACKAGES: Record<keyof HostTools, string> = {
  bash: 'bash',
  prlimit: 'util-linux',
  setpriv: 'util-linux',
  bwrap: 'bubblewrap',
};

/** What is missing on this host for the sandbox to work, one line each with the fix; empty when ready. */
export function hostProblems(tools: HostTools = DEFAULT_HOST_TOOLS, proc = '/proc'): string[] {
  const problems: string[] = userNamespaceProblems(proc);
  for (const [name, path] of Object.entries(tools) as [keyof HostTools, string][]) {
    try {
      accessSync(path, constants.X_OK);
    } catch {
      problems.push(`${path} is missing: apt-get install ${PACKAGES[name]}`);
    }
  }
  if (process.getuid?.() !== 0) {
    problems.push(
      'the judge must run as root (it creates cgroups and drops each run to an unprivileged uid)',
    );
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    problems.push(`the sandbox needs Linux on x86_64 (this is ${process.platform}/${process.arch})`);
  }
  return problems;
}

/** bwrap runs unprivileged, so it needs user namespaces; each distribution has its own switch. */
export function userNamespaceProblems(proc = '/proc'): string[] {
  const sysctl = (name: string): string | undefined => {
    try {
      return readFileSync(join(proc, 'sys', ...name.split('.')), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const problems: string[] = [];
  if (sysctl('user.max_user_namespaces') === '0') {
    problems.push('user namespaces are disabled: sysctl -w user.max_user_namespaces=15000');
  }
  if (sysctl('kernel.unprivileged_userns_clone') === '0') {
    problems.push('unprivileged user namespaces are disabled: sysctl -w kernel.unprivileged_userns_clone=1');
  }
  if (sysctl('kernel.apparmor_restrict_unprivileged_userns') === '1') {
    problems.push(
      'AppArmor restricts unprivileged user namespaces (Ubuntu ≥ 23.10): load an AppArmor profile allowing userns for /usr/bin/bwrap, or sysctl -w kernel.apparmor_restrict_unprivileged_userns=0',
    );
  }
  return problems;
}
