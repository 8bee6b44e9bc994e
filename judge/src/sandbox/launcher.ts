/**
 * The argv of one sandboxed run: join the cgroups → prlimit → setpriv → bwrap → the program.
 * Each stage execs the next, so one pid goes from the launcher to the sandbox's outer bwrap, and
 * every process the program starts is born inside the run's cgroups.
 */
import type { HostTools } from './host.js';
import type { SandboxLimits } from './limits.js';

/**
 * The only shell in the chain (bash: dash cannot name a file descriptor above 9). It does two things
 * Node cannot do for a child it spawns:
 * - join the run's cgroups before anything else runs: Node has no CLONE_INTO_CGROUP, and moving the
 *   child after spawn races with its first fork. `$$` is the shell's own pid, which survives `exec`;
 * - close every inherited descriptor except stdio, the status and the seccomp pipes: libuv leaves
 *   descriptors the judge's own process inherited without close-on-exec open in children, and the
 *   program must not get them.
 * The script is a constant; cgroup files and the command arrive as positional arguments and are only
 * expanded quoted ("$1", "$@"), never parsed, so no caller-supplied string can become shell syntax.
 */
export const LAUNCHER_SCRIPT = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a JS template
  'for p in /proc/$$/fd/*; do fd=${p##*/}; case $fd in 0|1|2|3|4|*[!0-9]*) ;; *) exec {fd}>&- ;; esac; done',
  'while [ "$1" != -- ]; do echo $$ > "$1" || { echo "winterarc-launcher: cannot join $1" >&2; exit 125; }; shift; done',
  'shift',
  'exec "$@"',
].join('\n');

/**
 * The init: PID 1 of the run's PID namespace, with the program as its only child. A namespace's init
 * gets no signal it has no handler for — not even one it raises itself — so a program that was PID 1
 * survived `raise(SIGTERM)`, and `abort()` (an uncaught C++ exception) fell through to a crash
 * reported as SIGSEGV. As a child, the program dies of the real signal, and the init exits with 128 + N
 * (bwrap passes that on) or with the program's own code.
 *
 * It is bash, started by bwrap `--as-pid-1` after the seccomp filter, the dropped capabilities and the
 * clean environment are in place: it holds nothing the program lacks (same uid, same filter, the
 * same stdin/stdout, the minimal environment), and bwrap's own helper — outside the filter, holding
 * the status pipe — is still not in the namespace for the program to reach. bash's own messages
 * ("Aborted (core dumped)") go to /dev/null; the program gets the real stderr and no other descriptor.
 * bash stays to wait: the program is exec'd from a subshell, which also keeps bash's own variables
 * (`SHLVL`, `_`) out of its environment. The command is only expanded quoted ("$@").
 */
export const INIT_SCRIPT = 'exec 9>&2 2>/dev/null; (unset SHLVL; exec "$@" 2>&9 9>&-); exit $?';

/** File descriptors the launcher is given besides stdio. */
export const STATUS_FD = 3; // bwrap --json-status-fd: proves the sandbox started, then its exit
export const SECCOMP_FD = 4; // bwrap --seccomp: the BPF program, read once and closed by bwrap

export interface LaunchSpec {
  tools: HostTools;
  procsFiles: readonly string[];
  /** Absolute path of the program and its arguments, as seen inside the sandbox. */
  command: readonly string[];
  /** Host directory mounted read-only at {@link SANDBOX_WORK_DIR}. */
  workDir: string;
  /** Host directory mounted read-write at {@link SANDBOX_OUT_DIR} (a compiler's output), if any. */
  outputDir?: string | undefined;
  /** Host directories mounted read-only: at the same path (a string), or at another path inside. */
  readOnlyBinds?: readonly ReadOnlyBind[] | undefined;
  limits: SandboxLimits;
  uid: number;
  gid: number;
}

export const SANDBOX_WORK_DIR = '/work';

/** A host directory shown read-only inside: at the same path, or at `sandbox`. */
export type ReadOnlyBind = string | { host: string; sandbox: string };
export const SANDBOX_OUT_DIR = '/out';

/** The environment inside the sandbox: nothing from the host. */
export const SANDBOX_ENV: Readonly<Record<string, string>> = {
  PATH: '/usr/bin:/bin',
  HOME: '/tmp',
  TMPDIR: '/tmp',
  LANG: 'C.UTF-8',
};

/** The launcher's own environment: the same minimal set, so no secret sits in any /proc/<pid>/environ. */
export const LAUNCHER_ENV: Readonly<Record<string, string>> = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' };

export function launcherArgv(spec: LaunchSpec): { file: string; args: string[] } {
  const { tools, limits } = spec;
  if (spec.command.length === 0 || !spec.command[0]?.startsWith('/')) {
    throw new TypeError('sandbox command must start with an absolute path');
  }
  const cpuSeconds = Math.ceil(limits.cpuMs / 1000);
  // RLIMIT_CPU is only a backstop for the cgroup poller: +1 s soft (SIGXCPU), +2 s hard (SIGKILL).
  const prlimit = [
    tools.prlimit,
    `--cpu=${cpuSeconds + 1}:${cpuSeconds + 2}`,
    `--fsize=${limits.fileBytes}:${limits.fileBytes}`,
    `--nofile=${limits.openFiles}:${limits.openFiles}`,
    '--core=0:0',
    '--',
  ];
  const setpriv = [
    tools.setpriv,
    `--reuid=${spec.uid}`,
    `--regid=${spec.gid}`,
    '--clear-groups',
    '--no-new-privs',
    '--inh-caps=-all',
    '--bounding-set=-all',
    '--',
  ];
  const env = Object.entries(SANDBOX_ENV).flatMap(([k, v]) => ['--setenv', k, v]);
  const bwrap = [
    tools.bwrap,
    '--unshare-all',
    '--unshare-user',
    '--disable-userns',
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--as-pid-1',
    '--ro-bind',
    '/usr',
    '/usr',
    '--symlink',
    'usr/lib',
    '/lib',
    '--symlink',
    'usr/lib64',
    '/lib64',
    '--symlink',
    'usr/bin',
    '/bin',
    '--symlink',
    'usr/sbin',
    '/sbin',
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--size',
    String(limits.tmpBytes ?? limits.fileBytes),
    '--tmpfs',
    '/tmp',
    // POSIX semaphores and shared memory (Python's multiprocessing locks and queues) need a writable
    // /dev/shm: a private, size-capped tmpfs of this run's own (never the host's), when asked for.
    ...(limits.shmBytes === undefined ? [] : ['--size', String(limits.shmBytes), '--tmpfs', '/dev/shm']),
    '--ro-bind',
    spec.workDir,
    SANDBOX_WORK_DIR,
    ...(spec.readOnlyBinds ?? []).flatMap((bind) =>
      typeof bind === 'string' ? ['--ro-bind', bind, bind] : ['--ro-bind', bind.host, bind.sandbox],
    ),
    ...(spec.outputDir === undefined ? [] : ['--bind', spec.outputDir, SANDBOX_OUT_DIR]),
    '--chdir',
    SANDBOX_WORK_DIR,
    '--clearenv',
    ...env,
    '--json-status-fd',
    String(STATUS_FD),
    '--seccomp',
    String(SECCOMP_FD),
    // Last, after every mount point exists: / and /dev read-only (with /dev/shm, unless it has a tmpfs of
    // its own); /tmp stays writable.
    '--remount-ro',
    '/dev',
    '--remount-ro',
    '/',
    '--',
  ];
  return {
    file: tools.bash,
    // --norc: bash reads ~/.bashrc when its stdin is a socket (its "started by sshd" guess), as Node's pipes are.
    args: [
      '--norc',
      '--noprofile',
      '-c',
      LAUNCHER_SCRIPT,
      'winterarc-launcher',
      ...spec.procsFiles,
      '--',
      ...prlimit,
      ...setpriv,
      ...bwrap,
      // The init (PID 1), then the program as its child. /bin is /usr/bin inside the sandbox too.
      tools.bash,
      '--norc',
      '--noprofile',
      '-c',
      INIT_SCRIPT,
      'winterarc-init',
      ...spec.command,
    ],
  };
}
