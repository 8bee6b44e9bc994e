/**
 * Runs Winter Arc as separate processes on loopback for the chaos script and the pipeline benchmark:
 * scratch databases, `winterarc serve|api|worker` children, and a small API client that submits and
 * hears verdicts over the WebSocket. Loopback only, and everything started is stopped again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import WebSocket from 'ws';
import { cliEntry } from '../../src/test/run-cli.js';

/** The CLI: the build when it is newer than every source file, else the sources through tsx. */
const nodeArgs = cliEntry();

/**
 * Rate limits and queue caps out of reach: one learner on one address drives a whole load test or
 * benchmark, and the limits would otherwise measure themselves (429s).
 */
export const unlimitedRates = {
  RATE_LIMIT_PER_ADDRESS: '1000000',
  RATE_LIMIT_PER_USER: '1000000',
  RATE_LIMIT_SUBMISSIONS_PER_USER: '10000',
  RATE_LIMIT_AUTH_PER_ADDRESS: '100000',
  JUDGE_MAX_QUEUED_PER_USER: '10000',
  JUDGE_MAX_QUEUED_PER_ADDRESS: '100000',
};

/** The environment every child gets: nothing inherited but PATH, so the host's settings never leak in. */
export function baseEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    METRICS_TOKEN: randomBytes(24).toString('hex'),
    ...unlimitedRates,
    ...extra,
  };
}

/** Runs a CLI command to completion; rejects with its output when it fails. */
export async function runCli(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [...nodeArgs, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`winterarc ${args.join(' ')} exited with ${code}:\n${output}`);
  return output;
}

export interface RoleProcess {
  readonly child: ChildProcess;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** Wait for the exit (after a kill). */
  exited: Promise<number | null>;
}

export function spawnRole(
  role: 'serve' | 'api' | 'worker',
  env: Record<string, string>,
  args: string[] = [],
): RoleProcess {
  const child = spawn(process.execPath, [...nodeArgs, role, ...args], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resolves when `origin/readyz` answers 200; fails if the process exits first or after `ms`. */
export async function waitReady(origin: string, role: RoleProcess, ms = 60_000): Promise<void> {
  const deadline = performance.now() + ms;
  for (;;) {
    if (role.child.exitCode !== null) throw new Error(`the process exited with ${role.child.exitCode}`);
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error(`${origin} was not ready after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A fresh PostgreSQL database next to `adminUrl`'s, dropped by `drop()`. */
export async function createScratchDatabase(adminUrl: string, prefix: string) {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  // A connection per statement: a chaos run stops the server in between, which would kill a kept one.
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
      const client = new pg.Client({ connectionString: url.toString() });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return (await client.query<T>(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface DoneEvent {
  id: string;
  verdict: string;
  /** performance.now() when the event arrived. */
  at: number;
}

/** A signed-in learner talking to the public API, hearing its verdicts live. */
export class LearnerClient {
  private socket: WebSocket | undefined;
  private readonly waiting = new Map<string, (event: DoneEvent) => void>();
  private readonly early = new Map<string, DoneEvent>();
  private token = '';

  constructor(readonly origin: string) {}

  async signUp(): Promise<void> {
    const response = await fetch(`${this.origin}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `load-${randomUUID().slice(0, 8)}@example.test`,
        password: 'quiet glacier lantern 42',
        displayName: 'Load test',
      }),
    });
    if (response.status !== 201)
      throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
    this.token = ((await response.json()) as { accessToken: string }).accessToken;
  }

  /** Opens the WebSocket (again, after a drop) and resolves once the server says it is listening. */
  async connect(): Promise<void> {
    const socket = new WebSocket(`${this.origin.replace(/^http/, 'ws')}/api/v1/ws`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    this.socket = socket;
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (data) => {
        const event = JSON.parse(data.toString()) as {
          type: string;
          id?: string;
          stage?: string;
          verdict?: string;
        };
        if (event.type === 'ready') resolve();
        if (event.type === 'submission' && event.stage === 'done' && event.id !== undefined) {
          this.settle({ id: event.id, verdict: event.verdict ?? '?', at: performance.now() });
        }
      });
      socket.once('error', reject);
      socket.once('close', () => reject(new Error('WebSocket closed before ready')));
    });
  }

  close(): void {
    this.socket?.terminate();
  }

  /** POSTs a submission; a retry with the same key must return the same id. */
  async submit(body: Record<string, unknown>, idempotencyKey = randomUUID()): Promise<string> {
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(`${this.origin}/api/v1/submissions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.token}`,
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(body),
      }).catch((error: unknown) => {
        // The server went away mid-request (a chaos kill): the same key makes the retry safe.
        if (attempt < 200) return undefined;
        throw error;
      });
      if (response === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      if (response.status === 202) return ((await response.json()) as { id: string }).id;
      // Throttled (429) or the database briefly away (503): wait as told, retry with the same key.
      if ((response.status === 429 || response.status === 503) && attempt < 100) {
        await new Promise((resolve) =>
          setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 1)),
        );
        continue;
      }
      throw new Error(`submission refused: ${response.status} ${await response.text()}`);
    }
  }

  async status(id: string): Promise<{ status: string; verdict: string | null }> {
    const response = await fetch(`${this.origin}/api/v1/submissions/${id}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    return (await response.json()) as { status: string; verdict: string | null };
  }

  /** Resolves on the submission's `done` event (or a poll that finds it done, if events were missed). */
  done(id: string, pollMs = 2000): Promise<DoneEvent> {
    const early = this.early.get(id);
    if (early !== undefined) {
      this.early.delete(id);
      return Promise.resolve(early);
    }
    return new Promise<DoneEvent>((resolve) => {
      const timer = setInterval(async () => {
        const state = await this.status(id).catch(() => undefined);
        if (state?.status === 'done')
          this.settle({ id, verdict: state.verdict ?? '?', at: performance.now() });
      }, pollMs);
      this.waiting.set(id, (event) => {
        clearInterval(timer);
        resolve(event);
      });
    });
  }

  private settle(event: DoneEvent) {
    const waiter = this.waiting.get(event.id);
    if (waiter === undefined) {
      this.early.set(event.id, event);
      return;
    }
    this.waiting.delete(event.id);
    waiter(event);
  }
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};
