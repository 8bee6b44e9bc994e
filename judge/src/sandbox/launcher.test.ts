import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST_TOOLS } from './host.js';
import { LAUNCHER_SCRIPT, launcherArgv } from './launcher.js';

const spec = {
  tools: DEFAULT_HOST_TOOLS,
  procsFiles: ['/sys/fs/cgroup/memory/winterarc/run-1/cgroup.procs'],
  command: ['/usr/bin/python3', '-c', '$(rm -rf /); `id`'],
  workDir: '/var/lib/winterarc/run 1',
  limits: {
    cpuMs: 1500,
    wallMs: 3000,
    memoryBytes: 1 << 26,
    pids: 16,
    outputBytes: 1 << 20,
    fileBytes: 1 << 20,
    openFiles: 64,
  },
  uid: 65534,
  gid: 65534,
};

describe('launcherArgv', () => {
  const { file, args } = launcherArgv(spec);

  it('runs a constant script and passes every caller string as a separate argument', () => {
    expect(file).toBe('/bin/bash');
    expect(args.slice(0, 4)).toEqual(['--norc', '--noprofile', '-c', LAUNCHER_SCRIPT]);
    expect(LAUNCHER_SCRIPT).not.toContain('python');
    expect(args.slice(-3)).toEqual(spec.command);
    expect(args).toContain('/var/lib/winterarc/run 1');
  });

  it('chains cgroups → prlimit → setpriv → bwrap in that order', () => {
    const at = (tool: string) => args.indexOf(tool);
    expect(at(spec.procsFiles[0]!)).toBeLessThan(at('/usr/bin/prlimit'));
    expect(at('/usr/bin/prlimit')).toBeLessThan(at('/usr/bin/setpriv'));
    expect(at('/usr/bin/setpriv')).toBeLessThan(at('/usr/bin/bwrap'));
    expect(args).toContain('--cpu=3:4');
    expect(args).toContain('--reuid=65534');
    expect(args).toContain('--no-new-privs');
  });

  it('remounts / read-only as the last bwrap operation', () => {
    const end = args.lastIndexOf('--');
    expect(args.slice(end - 4, end)).toEqual(['--remount-ro', '/dev', '--remount-ro', '/']);
    for (const flag of [
      '--unshare-all',
      '--disable-userns',
      '--as-pid-1',
      '--clearenv',
      '--die-with-parent',
    ]) {
      expect(args).toContain(flag);
    }
  });

  it('keeps /dev/shm read-only (no tmpfs of its own) unless the run asks for one, then sizes it', () => {
    const tmpfsAt = (argv: string[], where: string) =>
      argv.flatMap((arg, i) => (arg === '--tmpfs' && argv[i + 1] === where ? [argv[i - 1]] : []));
    expect(tmpfsAt(args, '/dev/shm')).toEqual([]);
    const withShm = launcherArgv({ ...spec, limits: { ...spec.limits, shmBytes: 1 << 24 } }).args;
    expect(tmpfsAt(withShm, '/dev/shm')).toEqual([String(1 << 24)]);
    // Mounted after /dev exists, and /dev itself is still remounted read-only last.
    expect(withShm.indexOf('/dev/shm')).toBeGreaterThan(withShm.indexOf('--dev'));
    const end = withShm.lastIndexOf('--');
    expect(withShm.slice(end - 4, end)).toEqual(['--remount-ro', '/dev', '--remount-ro', '/']);
  });

  it('refuses a relative program path', () => {
    expect(() => launcherArgv({ ...spec, command: ['python3'] })).toThrow(/absolute/);
  });
});
