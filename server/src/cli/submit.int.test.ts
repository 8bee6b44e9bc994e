/**
 * `winterarc submit` end to end: the real CLI process against a listening app with the judging
 * pipeline, over HTTP and the WebSocket, as a learner would use it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../test/accounts.js';
import { conformancePackages, type PipelineTest, startPipelineTest } from '../test/pipeline.js';
import { winterarc } from '../test/run-cli.js';

let t: PipelineTest;
let learner: TestAccount;
let env: Record<string, string>;
const dir = mkdtempSync(path.join(tmpdir(), 'winterarc-submit-'));

/** A file in the test's directory; returns its path. */
const file = (name: string, content: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
};
const conformance = async (name: string, submission: string) =>
  file(name, await readFile(path.join(conformancePackages, 'sum-stdio', 'submissions', submission), 'utf8'));

/** A port nothing listens on: one the system just handed out and took back. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * An HTTP proxy to the app that cannot carry a WebSocket (as some corporate proxies are): the client
 * has to fall back to polling the status URL.
 */
async function proxyWithoutWebSockets(target: string) {
  const server = createHttpServer((request, reply) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'idempotency-key']) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const body = Buffer.concat(chunks);
      const response = await fetch(`${target}${request.url}`, {
        method: request.method ?? 'GET',
        headers,
        ...(body.length === 0 ? {} : { body }),
      });
      reply.writeHead(response.status, {
        'content-type': response.headers.get('content-type') ?? 'text/plain',
      });
      reply.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
  // Upgrades are refused outright.
  server.on('upgrade', (_request, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

beforeAll(async () => {
  t = await startPipelineTest({ problems: ['sum-stdio'] });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  learner = await signUp(t.app);
  const { port } = t.app.server.address() as AddressInfo;
  env = {
    WINTERARC_URL: `http://127.0.0.1:${port}`,
    WINTERARC_EMAIL: learner.email,
    WINTERARC_PASSWORD: learner.password,
  };
});
afterAll(() => t?.close());

describe('winterarc submit', () => {
  it('prints the judging live, the per-test table and the verdict, and exits 0 on Accepted', async () => {
    const result = await winterarc(
      ['submit', 'sum-stdio', await conformance('sum.py', 'accepted/sum.py')],
      env,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^submitted [0-9a-f-]{36}$/m);
    expect(result.stderr).toMatch(/^judging$/m);
    expect(result.stderr).toMatch(/^compiling$/m);
    const tests = [...result.stderr.matchAll(/^test (\d+)\/(\d+)$/gm)];
    expect(tests.length).toBeGreaterThan(1);
    const total = Number(tests[0]![2]);
    expect(tests.map((m) => Number(m[1]))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const rows = result.stdout.split('\n').filter((line) => line.startsWith('✓ '));
    expect(rows).toHaveLength(total);
    expect(rows[0]).toMatch(/^✓ sample\/\S+\s+AC\s+\d+ ms\s+[\d.]+ MiB$/);
    expect(result.stdout).toContain(`Accepted (AC) — ${total} of ${total} tests run, slowest `);
  });

  it('exits 1 on Wrong Answer, marking the failed test', async () => {
    const result = await winterarc(
      ['submit', 'sum-stdio', await conformance('difference.py', 'wrong_answer/difference.py')],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^✗ \S+\s+WA /m);
    expect(result.stdout).toMatch(/Wrong Answer \(WA\) — \d+ of \d+ tests run/);
  });

  it('exits 1 on a Compilation Error and shows the compiler message', async () => {
    const result = await winterarc(['submit', 'sum-stdio', file('broken.cpp', 'int main( {')], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error/);
    expect(result.stdout).toContain('Compilation Error (CE) — 0 of');
  });

  it('runs once on an input file with --run and prints what the program printed', async () => {
    const source = await conformance('sum2.py', 'accepted/sum.py');
    const result = await winterarc(['submit', 'sum-stdio', source, '--run', file('in.txt', '2 3\n')], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Output:\n5\n\nRan to the end (AC)\n');
  });

  it('runs the samples only with a bare --run', async () => {
    const result = await winterarc(
      ['submit', 'sum-stdio', await conformance('sum3.py', 'accepted/sum.py'), '--run'],
      env,
    );
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^[✓✗] /.test(line));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.startsWith('✓ sample/'))).toBe(true);
  });

  it('exits 2 with a clear message on a wrong password', async () => {
    const result = await winterarc(['submit', 'sum-stdio', await conformance('sum4.py', 'accepted/sum.py')], {
      ...env,
      WINTERARC_PASSWORD: 'not the password at all',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^winterarc: could not sign in as .+@example\.test: .+/m);
    expect(result.stdout).toBe('');
  });

  it("exits 2 on an unknown problem with the API's detail and field error", async () => {
    const result = await winterarc(
      ['submit', 'no-such-problem', await conformance('sum5.py', 'accepted/sum.py')],
      env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('winterarc: could not submit: No such problem.');
    expect(result.stderr).toContain('problem: no problem has the slug "no-such-problem"');
  });

  it('falls back to polling the status URL when the WebSocket cannot be opened', async () => {
    const proxy = await proxyWithoutWebSockets(env.WINTERARC_URL!);
    try {
      const { port } = proxy.address() as AddressInfo;
      const result = await winterarc(
        ['submit', 'sum-stdio', await conformance('sum9.py', 'accepted/sum.py')],
        { ...env, WINTERARC_URL: `http://127.0.0.1:${port}` },
      );
      expect(result.stderr).toMatch(/^live updates unavailable \(.*403.*\); polling for the verdict$/m);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Accepted (AC)');
    } finally {
      proxy.close();
    }
  });

  it('exits 2 when the server cannot be reached, naming it', async () => {
    const closed = await freePort();
    const result = await winterarc(['submit', 'sum-stdio', await conformance('sum6.py', 'accepted/sum.py')], {
      ...env,
      WINTERARC_URL: `http://127.0.0.1:${closed}`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot reach the server at http://127.0.0.1:${closed} `);
    expect(result.stderr).toContain('ECONNREFUSED');
  });

  it('exits 2 without credentials or with a file it cannot tell the language of', async () => {
    const source = await conformance('sum7.py', 'accepted/sum.py');
    const noPassword = await winterarc(['submit', 'sum-stdio', source], { ...env, WINTERARC_PASSWORD: '' });
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('WINTERARC_PASSWORD');
    const unknown = await winterarc(['submit', 'sum-stdio', file('solution.txt', 'x')], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cannot tell the language of');
  });

  it('reads the password from stdin with --password-stdin', async () => {
    const { WINTERARC_PASSWORD: password, ...rest } = env;
    const result = await winterarc(
      ['submit', 'sum-stdio', await conformance('sum8.py', 'accepted/sum.py'), '--password-stdin'],
      rest,
      `${password}\n`,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Accepted (AC)');
  });
});
