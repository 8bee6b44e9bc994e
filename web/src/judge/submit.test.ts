import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/client';
import type { SubmissionInput } from '../api/types';
import { sendSubmission } from './submit';

const input: SubmissionInput = { problem: 'rope-pairs', language: 'python', source: 'x', mode: 'submit' };
const accepted = { id: 's1', status: 'queued', statusUrl: '/api/v1/submissions/s1' };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const keyOf = (request: Request) => request.headers.get('idempotency-key');

function clientWith(answers: (() => Response | Promise<Response>)[]) {
  const fetch = vi.fn(async (_request: Request) => {
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    return next();
  });
  return {
    fetch,
    client: new ApiClient({ fetch, baseUrl: 'http://app.test', refreshLock: (task) => task() }),
  };
}

const noWait = { sleep: async () => undefined };
const dropped = () => Promise.reject(new TypeError('Failed to fetch'));

describe('sendSubmission', () => {
  it('retries after a network error with the same Idempotency-Key', async () => {
    const { fetch, client } = clientWith([dropped, dropped, () => json(202, accepted)]);
    await expect(sendSubmission(client, input, noWait)).resolves.toEqual(accepted);

    const keys = fetch.mock.calls.map(([request]) => keyOf(request));
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/\S+/);
    expect(new Set(keys).size).toBe(1);
  });

  it('uses a new key for each send, so two clicks are two submissions', async () => {
    const { fetch, client } = clientWith([
      () => json(202, accepted),
      () => json(202, { ...accepted, id: 's2' }),
    ]);
    await sendSubmission(client, input, noWait);
    await sendSubmission(client, input, noWait);
    const [first, second] = fetch.mock.calls.map(([request]) => keyOf(request));
    expect(first).not.toBe(second);
  });

  it('does not retry an answered failure, such as a validation error', async () => {
    const { fetch, client } = clientWith([
      () =>
        json(400, {
          type: 'urn:winterarc:problem:validation',
          title: 'Bad',
          status: 400,
          detail: 'Bad source.',
        }),
    ]);
    await expect(sendSubmission(client, input, noWait)).rejects.toMatchObject({
      status: 400,
      detail: 'Bad source.',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last attempt with the network error', async () => {
    const { fetch, client } = clientWith([dropped, dropped, dropped]);
    await expect(sendSubmission(client, input, { ...noWait, attempts: 3 })).rejects.toMatchObject({
      status: 0,
    });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
