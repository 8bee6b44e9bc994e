/**
 * Private PostgreSQL, Redis and RabbitMQ servers for fault injection: each in a temporary directory, on a port
 * of its own, started and stopped only by the chaos tool, so stopping them never disturbs anything
 * else on the host (shared servers are never touched). PostgreSQL runs as the `postgres` user (it
 * refuses root), through `runuser`; every command is an argv, never a shell string.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, closeSync, mkdtempSync, openSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
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

export interface PrivateRabbitMQ {
  /** AMQP URL of the node (guest/guest, which RabbitMQ allows on loopback only). */
  url: string;
  /** SIGKILL to the node's whole process group, as a crashed or OOM-killed broker: no clean shutdown. */
  kill(): Promise<void>;
  /** Starts the node again on the same ports and data (durable queues and their messages survive). */
  start(): Promise<void>;
  /** `rabbitmqctl` against this node only. */
  ctl(...args: string[]): void;
  destroy(): Promise<void>;
}

/**
 * A RabbitMQ node of its own: own node name, AMQP and distribution ports, Erlang port mapper (epmd)
 * port, data, logs, cookie (HOME) and configuration in a temporary directory, no plugins. The host's
 * broker (its node, its port 5672, its epmd, /etc/rabbitmq) is never read or touched. The node runs
 * in the foreground as this process's child (RUNNING_UNDER_SYSTEMD makes the start script exec the
 * Erlang VM), in a process group of its own so `kill()` takes all of it down at once.
 */
export async function startPrivateRabbitMQ(): Promise<PrivateRabbitMQ> {
  const root = mkdtempSync(path.join(tmpdir(), 'winterarc-chaos-rabbitmq-'));
  const [amqpPort, distPort, epmdPort] = [await freePort(), await freePort(), await freePort()];
  const node = `wa-chaos-${path.basename(root).slice(-6).toLowerCase()}@localhost`;
  writeFileSync(path.join(root, 'rabbitmq.conf'), `listeners.tcp.local = 127.0.0.1:${amqpPort}\n`);
  writeFileSync(path.join(root, 'rabbitmq-env.conf'), '');
  writeFileSync(path.join(root, 'enabled_plugins'), '[].\n');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: root,
    LANG: 'C.UTF-8',
    RUNNING_UNDER_SYSTEMD: 'true',
    RABBITMQ_NODENAME: node,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(amqpPort),
    RABBITMQ_DIST_PORT: String(distPort),
    ERL_EPMD_PORT: String(epmdPort),
    ERL_EPMD_ADDRESS: '127.0.0.1',
    RABBITMQ_CONF_ENV_FILE: path.join(root, 'rabbitmq-env.conf'),
    RABBITMQ_CONFIG_FILE: path.join(root, 'rabbitmq.conf'),
    RABBITMQ_ADVANCED_CONFIG_FILE: path.join(root, 'advanced.config'),
    RABBITMQ_ENABLED_PLUGINS_FILE: path.join(root, 'enabled_plugins'),
    RABBITMQ_MNESIA_BASE: path.join(root, 'mnesia'),
    RABBITMQ_LOG_BASE: path.join(root, 'log'),
    RABBITMQ_PID_FILE: path.join(root, 'node.pid'),
  };
  // The scripts themselves: /usr/sbin's wrappers switch to the `rabbitmq` user and its own cookie.
  const server = realpathSync('/usr/lib/rabbitmq/bin/rabbitmq-server');
  const rabbitmqctl = realpathSync('/usr/lib/rabbitmq/bin/rabbitmqctl');
  let child: ChildProcess | undefined;
  const ctl = (...args: string[]) => {
    const result = spawnSync(rabbitmqctl, ['-q', '-n', node, ...args], {
      encoding: 'utf8',
      timeout: 120_000,
      env,
    });
    if (result.status !== 0)
      throw new Error(`rabbitmqctl ${args.join(' ')} on ${node} failed: ${result.stderr || result.stdout}`);
  };
  const start = async () => {
    const out = openSync(path.join(root, 'console.log'), 'a');
    child = spawn(server, [], { env, cwd: root, stdio: ['ignore', out, out], detached: true });
    closeSync(out);
    // Ready when the node says it has booted (`await_startup` waits for the boot to finish).
    for (let i = 0; i < 120; i += 1) {
      if (child.exitCode !== null) throw new Error(`the private RabbitMQ exited; see ${root}/console.log`);
      try {
        ctl('await_startup', '--timeout', '60');
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    throw new Error(`the private RabbitMQ did not start; see ${root}/console.log`);
  };
  const kill = async () => {
    const running = child;
    if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    process.kill(-running.pid!, 'SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `amqp://guest:guest@127.0.0.1:${amqpPort}`,
    kill,
    start,
    ctl,
    async destroy() {
      await kill();
      spawnSync('epmd', ['-port', String(epmdPort), '-kill'], { env, timeout: 30_000 });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
