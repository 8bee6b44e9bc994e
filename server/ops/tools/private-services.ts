/**
 * Private PostgreSQL and Redis servers for fault injection: each in a temporary directory, on a port
 * of its own, started and stopped only by the chaos tool, so stopping them never disturbs anything
 * else on the host (shared servers are never touched). PostgreSQL runs as the `postgres` user (it
 * refuses root), through `runuser`; every command is an argv, never a shell string.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A free TCP port on loopback (bound and released at once). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function run(file: string, args: string[]) {
  const result = spawnSync(file, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0)
    throw new Error(`${file} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
}

export interface PrivatePostgres {
  /** A superuser URL (trust authentication on loopback). */
  url: string;
  stop(): void;
  start(): void;
  /** A fast restart: connections are dropped, the server comes back at once. */
  restart(): void;
  destroy(): void;
}

/** initdb + pg_ctl start of a throwaway cluster, with the server's binaries of `major`. */
export async function startPrivatePostgres(major = 15): Promise<PrivatePostgres> {
  const bin = `/usr/lib/postgresql/${major}/bin`;
  const root = mkdtempSync(path.join(tmpdir(), 'winterarc-chaos-pg-'));
  chownSync(root, uidOf('postgres'), gidOf('postgres'));
  const data = path.join(root, 'data');
  const port = await freePort();
  const asPostgres = (tool: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]);
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () =>
    asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'log'), '-w', 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    start,
    restart: () =>
      asPostgres('pg_ctl', [
        '-D',
        data,
        '-o',
        options,
        '-l',
        path.join(root, 'log'),
        '-m',
        'fast',
        '-w',
        'restart',
      ]),
    destroy() {
      spawnSync('runuser', [
        '-u',
        'postgres',
        '--',
        path.join(bin, 'pg_ctl'),
        '-D',
        data,
        '-m',
        'immediate',
        'stop',
      ]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface PrivateRedis {
  url: string;
  /** SIGTERM, wait for the exit, start again on the same port. */
  restart(downMs: number): Promise<void>;
  destroy(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'winterarc-chaos-redis-'));
  const port = await freePort();
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      {
        stdio: 'ignore',
      },
    );
    // Ready once it accepts a connection.
    for (let i = 0; i < 200; i += 1) {
      const ok = await new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.end();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the private Redis did not start');
  };
  const halt = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}/0`,
    async restart(downMs) {
      await halt();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await launch();
    },
    async destroy() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function uidOf(user: string): number {
  return Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim());
}
function gidOf(user: string): number {
  return Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
}
