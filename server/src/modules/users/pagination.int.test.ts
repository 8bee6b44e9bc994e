import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, signUpAdmin, type TestAccount } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let admin: TestAccount;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signUpAdmin(t.app, t.database);
  for (let i = 0; i < 12; i += 1) await signUp(t.app);
});
afterAll(() => t.close());

async function listPage(query: Record<string, string>) {
  const response = await t.app.inject({ url: '/api/v1/users', query, headers: admin.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    data: { id: string; email: string; createdAt: string }[];
    nextCursor: string | null;
  };
}

/** Walks every page, signing up `insertPerPage` new accounts between pages, as live traffic would. */
async function walk(query: Record<string, string>, insertPerPage: number) {
  const seen: { id: string; email: string; createdAt: string }[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listPage({ ...query, ...(cursor === null ? {} : { cursor }) });
    seen.push(...page.data);
    cursor = page.nextCursor;
    pages += 1;
    for (let i = 0; i < insertPerPage; i += 1) await signUp(t.app);
  } while (cursor !== null && pages < 50);
  return seen;
}

describe('keyset pagination of the user list', () => {
  it.each([
    ['createdAt', 'asc'],
    ['createdAt', 'desc'],
    ['email', 'asc'],
    ['email', 'desc'],
  ])('by %s %s: no duplicates and no gaps while rows are inserted', async (sort, direction) => {
    const before = await walk({ sort, direction, limit: '100' }, 0);
    const during = await walk({ sort, direction, limit: '4' }, 2);

    const ids = during.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every account that existed before paging started is on exactly one page.
    for (const user of before) expect(ids).toContain(user.id);
    // Pages are in the requested order.
    const keys = during.map((u) => (sort === 'email' ? u.email : u.createdAt));
    const sorted = [...keys].sort();
    expect(keys).toEqual(direction === 'asc' ? sorted : sorted.reverse());
  });

  it('filters by role and by part of the email', async () => {
    const admins = await listPage({ role: 'admin' });
    expect(admins.data.map((u) => u.id)).toEqual([admin.id]);
    const match = await listPage({ email: admin.email.slice(0, 10).toUpperCase() });
    expect(match.data.map((u) => u.id)).toEqual([admin.id]);
    // LIKE wildcards in the search text are literal.
    expect((await listPage({ email: '%' })).data).toEqual([]);
  });

  it('refuses a forged cursor and a cursor from another sort order', async () => {
    const first = await listPage({ sort: 'email', limit: '2' });
    const reuse = await t.app.inject({
      url: '/api/v1/users',
      query: { sort: 'createdAt', cursor: first.nextCursor! },
      headers: admin.headers,
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().errors[0]).toMatchObject({ in: 'querystring', field: 'cursor' });
    const forged = Buffer.from(JSON.stringify(['email:asc', 1, 2])).toString('base64url');
    expect(
      (
        await t.app.inject({
          url: '/api/v1/users',
          query: { sort: 'email', cursor: forged },
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('refuses a limit out of range and unknown query fields', async () => {
    const tooBig = await t.app.inject({
      url: '/api/v1/users',
      query: { limit: '1000' },
      headers: admin.headers,
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().errors[0].field).toBe('limit');
    const unknown = await t.app.inject({
      url: '/api/v1/users',
      query: { offset: '10' },
      headers: admin.headers,
    });
    expect(unknown.statusCode).toBe(400);
  });
});
