/**
 * The sandbox's seccomp policy: a denylist that keeps Python, Node, the JVM and compilers working
 * (measured: docs/sandbox-facts.md, "The seccomp denylist"), compiled to classic BPF for bwrap.
 * Why a denylist in TypeScript and not libseccomp: docs/decisions/0007-seccomp-filter-in-typescript.md.
 */
import { assemble, type Instruction, jeq, jge, jset, label, load, ret } from './bpf.js';
import { AUDIT_ARCH_X86_64, type SyscallName, X32_SYSCALL_BIT, X86_64 } from './syscalls-x86_64.js';

const RET_KILL_PROCESS = 0x80000000;
const RET_ERRNO = 0x00050000;
const RET_ALLOW = 0x7fff0000;
const EPERM = 1;
const ENOSYS = 38;

/** Offsets in `struct seccomp_data`: nr (u32), arch (u32), instruction_pointer (u64), args (u64[6]). */
const NR = 0;
const ARCH = 4;
/** The low 32 bits of argument i on a little-endian machine. */
const argLow = (i: number) => 16 + 8 * i;

/** Syscalls that answer EPERM: debugging other processes, kernel attack surface, namespace and mount games. */
export const DENIED_SYSCALLS: readonly SyscallName[] = [
  'ptrace',
  'process_vm_readv',
  'process_vm_writev',
  'perf_event_open',
  'bpf',
  'userfaultfd',
  // Keyrings are per uid, not per namespace: a channel between concurrent runs (isolate 2.4).
  'keyctl',
  'add_key',
  'request_key',
  'mount',
  'umount2',
  'open_tree',
  'move_mount',
  'fsopen',
  'fsconfig',
  'fsmount',
  'fspick',
  'mount_setattr',
  'pivot_root',
  'chroot',
  'unshare',
  'setns',
  'personality',
  'kexec_load',
  'kexec_file_load',
  'init_module',
  'finit_module',
  'delete_module',
  'acct',
  'swapon',
  'swapoff',
  'reboot',
  'syslog',
  'open_by_handle_at',
  'name_to_handle_at',
  'io_uring_setup',
  'io_uring_enter',
  'io_uring_register',
  'fanotify_init',
  'quotactl',
  'quotactl_fd',
  'clock_settime',
  'clock_adjtime',
  'settimeofday',
  'adjtimex',
  'iopl',
  'ioperm',
  'lookup_dcookie',
  'uselib',
  '_sysctl',
  'nfsservctl',
  'vhangup',
  'sethostname',
  'setdomainname',
  // File locks are kernel-wide: a lock on a shared read-only /usr file is seen by a concurrent run.
  'flock',
  // inotify instances count per uid; runs sharing a uid (a fixed `uid` option) could exhaust them.
  'inotify_init',
  'inotify_init1',
];

/** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET (CLONE_NEWTIME is in clone's signal byte). */
export const CLONE_NEW_FLAGS =
  0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000;
/** ioctls that push input into a terminal (TIOCSTI) or drive a virtual console (TIOCLINUX). */
const TIOCSTI = 0x5412;
const TIOCLINUX = 0x541c;
/** fcntl record locks (POSIX and open-file-description): like flock, visible across runs. */
const F_GETLK = 5;
const F_SETLK = 6;
const F_SETLKW = 7;
const F_OFD_GETLK = 36;
const F_OFD_SETLK = 37;
const F_OFD_SETLKW = 38;
/** vsock is not isolated by network namespaces (isolate 2.6). */
const AF_VSOCK = 40;

/** The filter as instructions, for reading and testing; {@link sandboxSeccompProgram} assembles it. */
export function sandboxSeccompInstructions(): Instruction[] {
  return [
    load(ARCH),
    jeq(AUDIT_ARCH_X86_64, 'next', 'kill'),
    load(NR),
    jge(X32_SYSCALL_BIT, 'kill'),
    // glibc and musl fall back to clone() when clone3 is missing; clone3's flags sit behind a
    // pointer that BPF cannot read, so it must go entirely.
    jeq(X86_64.clone3, 'enosys'),
    jeq(X86_64.clone, 'clone'),
    jeq(X86_64.ioctl, 'ioctl'),
    jeq(X86_64.fcntl, 'fcntl'),
    jeq(X86_64.socket, 'socket'),
    ...DENIED_SYSCALLS.map((name) => jeq(X86_64[name], 'eperm')),
    ret(RET_ALLOW),
    label('clone'),
    load(argLow(0)),
    jset(CLONE_NEW_FLAGS, 'eperm', 'allow'),
    // ioctl's request is an unsigned int: the kernel ignores the upper half, so only the low one is checked.
    label('ioctl'),
    load(argLow(1)),
    jeq(TIOCSTI, 'eperm'),
    jeq(TIOCLINUX, 'eperm', 'allow'),
    label('fcntl'),
    load(argLow(1)),
    jeq(F_GETLK, 'eperm'),
    jeq(F_SETLK, 'eperm'),
    jeq(F_SETLKW, 'eperm'),
    jeq(F_OFD_GETLK, 'eperm'),
    jeq(F_OFD_SETLK, 'eperm'),
    jeq(F_OFD_SETLKW, 'eperm', 'allow'),
    label('socket'),
    load(argLow(0)),
    jeq(AF_VSOCK, 'eperm', 'allow'),
    label('allow'),
    ret(RET_ALLOW),
    label('eperm'),
    ret(RET_ERRNO | EPERM),
    label('enosys'),
    ret(RET_ERRNO | ENOSYS),
    label('kill'),
    ret(RET_KILL_PROCESS),
  ];
}

let cached: Buffer | undefined;

/**
 * The compiled filter (`struct sock_filter[]`) to hand to `bwrap --seccomp FD`. Throws on a host
 * that is not x86_64, because the syscall numbers and the arch check are x86_64's.
 */
export function sandboxSeccompProgram(arch: string = process.arch): Buffer {
  if (arch !== 'x64') {
    throw new Error(`The sandbox's seccomp filter is written for x86_64; this host is ${arch}.`);
  }
  cached ??= assemble(sandboxSeccompInstructions());
  return cached;
}
