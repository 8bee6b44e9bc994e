/**
 * The requests a penetration test found answered 500: NUL bytes in text fields, cursors holding values
 * their columns cannot hold, year 0, lone surrogates. Each is the client's mistake, so a 400 problem
 * naming the field. (api-fuzz.int.test.ts looks for more of them; these are the ones known.)
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, signUpAdmin, type TestAccount } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { problemTypes } from './problem.js';

let t: TestApp;
let learner: TestAccount;
let admin: TestAccount;

beforeAll(async () => {
  t = await startTestApp();
  learner = await signUp(t.app);
  admin = await signUpAdmin(t.app, t.database);
});

afterAll(async () => {
  await t?.close();
});

const cursorOf = (value: unknown[] | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

async function expectFieldProblem(request: InjectOptions, part: string, field: string) {
  const response = await t.app.inject(request);
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json();
  expect(problem.type).toBe(problemTypes.validation);
  expect(problem.errors).toContainEqual(expect.objectContaining({ in: part, field }));
}

describe('a NUL byte in a text field is a 400 naming the field', () => {
  it.each([
    ['displayName', { email: 'nul@example.test', password: 'correct horse battery', displayName: 'a\u0000' }],
    ['password', { email: 'nul@example.test', password: 'correct horse\u0000battery', displayName: 'Ada' }],
  ])('sign-up %s', async (field, payload) => {
    await expectFieldProblem({ method: 'POST', url: '/api/v1/auth/signup', payload }, 'body', field);
  });

  it('the token form', async () => {
    await expectFieldProblem(
      {
        method: 'POST',
        url: '/api/v1/auth/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'grant_type=password&username=ada%00%40example.test&password=correct+horse',
      },
      'body',
      'username',
    );
  });

  it('a note, a source, the problem of a submission', async () => {
    const headers = learner.headers;
    await expectFieldProblem(
      {
        method: 'PATCH',
        url: '/api/v1/roadmap/topics/py-syntax/progress',
        headers,
        payload: { note: '\u0000' },
      },
      'body',
      'note',
    );
    await expectFieldProblem(
      {
        method: 'POST',
        url: '/api/v1/submissions',
        headers,
        payload: { problem: 'rope-pairs', language: 'python', source: 'print(1)\u0000' },
      },
      'body',
      'source',
    );
    await expectFieldProblem({ url: '/api/v1/submissions?problem=a%00', headers }, 'querystring', 'problem');
  });

  it('a search, an e-mail filter, a path slug', async () => {
    await expectFieldProblem({ url: '/api/v1/problems?q=ab%00' }, 'querystring', 'q');
    await expectFieldProblem(
      { url: '/api/v1/users?email=a%00', headers: admin.headers },
      'querystring',
      'email',
    );
    await expectFieldProblem(
      { url: '/api/v1/problems/a%00b/submissions', headers: learner.headers },
      'params',
      'slug',
    );
  });

  it('a lone surrogate in a JSON string', async () => {
    await expectFieldProblem(
      {
        method: 'PATCH',
        url: '/api/v1/roadmap/topics/py-syntax/progress',
        headers: { ...learner.headers, 'content-type': 'application/json' },
        payload: '{"note":"half an emoji: \\ud83d"}',
      },
      'body',
      'note',
    );
  });
});

describe('timestamps a database cannot hold are a 400 naming the field', () => {
  it.each(['0000-01-01T00:00:00Z', '2026-12-31T23:59:60Z', '2026-02-30T00:00:00Z'])(
    'from=%s',
    async (from) => {
      await expectFieldProblem(
        { url: `/api/v1/submissions?from=${encodeURIComponent(from)}`, headers: learner.headers },
        'querystring',
        'from',
      );
    },
  );
});

describe('a cursor holding what its columns cannot hold is a 400 naming `cursor`', () => {
  it.each([
    ['a difficulty past smallint', '/api/v1/problems', ['difficulty:asc', 2 ** 40, 'rope-pairs']],
    ['a difficulty past a safe integer', '/api/v1/problems', ['difficulty:asc', 2 ** 60, 'rope-pairs']],
    ['a NUL in a slug', '/api/v1/problems?sort=slug', ['slug:asc', 'a\u0000']],
    ['a lone surrogate in a title', '/api/v1/problems?sort=title', '["title:asc","\\ud800","rope-pairs"]'],
    [
      'a year past 9999',
      '/api/v1/submissions',
      ['createdAt', '+275760-09-13T00:00:00.000Z', crypto.randomUUID()],
    ],
    ['year 0', '/api/v1/submissions', ['createdAt', '0000-06-01T00:00:00.000Z', crypto.randomUUID()]],
    ['an id that is no UUID', '/api/v1/submissions', ['createdAt', '2026-01-01T00:00:00.000Z', 'not-a-uuid']],
  ] as const)('%s', async (_name, list, cursor) => {
    const separator = list.includes('?') ? '&' : '?';
    await expectFieldProblem(
      { url: `${list}${separator}cursor=${cursorOf(cursor as never)}`, headers: learner.headers },
      'querystring',
      'cursor',
    );
  });

  it('an id that is no UUID in the accounts list (admin)', async () => {
    await expectFieldProblem(
      {
        url: `/api/v1/users?cursor=${cursorOf(['createdAt:asc', '2026-01-01T00:00:00.000Z', 'x'])}`,
        headers: admin.headers,
      },
      'querystring',
      'cursor',
    );
  });
});
