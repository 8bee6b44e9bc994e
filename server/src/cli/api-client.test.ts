/**
 * The submit client's retry rule against a scripted HTTP server: a POST whose connection drops is sent
 * once more with the same Idempotency-Key (so the server stores one submission); an answer, even an
 * error, is final.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient } from './api-client.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves `script[n]` to the n-th request and records every request's Idempotency-Key. */
async function scripted(script: Array<(request: IncomingMessage, reply: ServerResponse) => void>) {
  const keys: string[] = [];
  server = createServer((request, reply) => {
    keys.push(String(request.headers['idempotency-key']));
    request.resume();
    request.on('end', () => script[keys.length - 1]?.(request, reply));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { client: apiClient(new URL(`http://127.0.0.1:${port}/`)), keys };
}

const body = { problem: 'sum-stdio', language: 'python', source: 'print(1)', mode: 'submit' } as const;
const id = '0b5c5a7e-2f3e-4d6b-9a43-0d7f2f4b8a11';
const accepted = (_: IncomingMessage, reply: ServerResponse) =>
  reply
    .writeHead(202, { 'content-type': 'application/json' })
    .end(JSON.stringify({ id, status: 'queued', statusUrl: `/api/v1/submissions/${id}` }));
const dropConnection = (request: IncomingMessage) => request.socket.destroy();

describe('apiClient.submit', () => {
  it('sends a POST whose connection dropped once more, with the same Idempotency-Key', async () => {
    const { client, keys } = await scripted([dropConnection, accepted]);
    await expect(client.submit('token', body, 'key-1')).resolves.toMatchObject({ id });
    expect(keys).toEqual(['key-1', 'key-1']);
  });

  it('gives up after the second dropped connection, saying the server could not be reached', async () => {
    const { client, keys } = await scripted([dropConnection, dropConnection, accepted]);
    await expect(client.submit('token', body, 'key-2')).rejects.toThrow(/cannot reach the server at/);
    expect(keys).toHaveLength(2);
  });

  it("does not retry a refusal, and reports the problem's detail and field errors", async () => {
    const { client, keys } = await scripted([
      (_, reply) =>
        reply.writeHead(400, { 'content-type': 'application/problem+json' }).end(
          JSON.stringify({
            type: 'urn:winterarc:problem:validation',
            status: 400,
            detail: 'No such problem.',
            errors: [{ in: 'body', field: 'problem', message: 'no problem has the slug "x"' }],
          }),
        ),
    ]);
    await expect(client.submit('token', body, 'key-3')).rejects.toThrow(
      'could not submit: No such problem.\n  problem: no problem has the slug "x"',
    );
    expect(keys).toHaveLength(1);
  });
});
