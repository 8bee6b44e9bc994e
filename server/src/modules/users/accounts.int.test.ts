/**
 * Account controls: admins change roles, disable, enable and delete accounts; owners change their
 * settings and password and delete their own account. Deletion erases the learner: afterwards no row
 * of any table mentions the account or its submissions.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCases } from '../../infra/db/schema.js';
import { signUp, signUpAdmin, type TestAccount } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createSubmissionRepository } from '../submissions/repository.js';

let t: TestApp;
let admin: TestAccount;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signUpAdmin(t.app, t.database);
});
afterAll(() => t.close());

const as = (
  account: TestAccount,
  method: 'GET' | 'PATCH' | 'POST' | 'DELETE',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, headers: account.headers, ...(payload === undefined ? {} : { payload }) });

/** How many rows of every table (the migrations' own excepted) mention `text` anywhere. */
async function rowsMentioning(text: string): Promise<Record<string, number>> {
  // Both drivers answer raw SQL with `{ rows }`; the shared type leaves the result unknown.
  const query = async <Row>(statement: ReturnType<typeof sql>) =>
    ((await t.database.db.execute(statement)) as unknown as { rows: Row[] }).rows;
  const tables = await query<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const found: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [result] = await query<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} as r where r::text like ${`%${text}%`}`,
    );
    const n = result?.n ?? 0;
    if (n > 0) found[table_name] = n;
  }
  return found;
}

/** A learner with progress, a note, a queued submission and a judged one with per-test results. */
async function learnerWithData() {
  const learner = await signUp(t.app);
  const note = await as(learner, 'PATCH', '/api/v1/roadmap/topics/ds-hash-maps/progress', {
    status: 'learning',
    note: 'hash maps: remember the load factor',
  });
  expect(note.statusCode).toBe(200);
  const submissionIds: string[] = [];
  for (const mode of ['run', 'submit']) {
    const response = await as(learner, 'POST', '/api/v1/submissions', {
      problem: 'rope-pairs',
      language: 'python',
      mode,
      source: 'print("my own work")',
    });
    expect(response.statusCode, response.body).toBe(202);
    submissionIds.push(response.json().id);
  }
  const submissions = createSubmissionRepository(t.database.db);
  const claimed = await submissions.claim(submissionIds[1]!);
  const [test] = await t.database.db
    .select({ name: testCases.name })
    .from(testCases)
    .where(eq(testCases.problemVersionId, claimed!.problemVersionId))
    .limit(1);
  await submissions.finish(claimed!, {
    verdict: 'WA',
    testsRun: 1,
    testsTotal: 1,
    compileMs: 0,
    tests: [{ name: test!.name, verdict: 'WA', timeMs: 3, memoryKb: 1024 }],
  });
  expect(Object.keys(await rowsMentioning(learner.id)).sort()).toEqual(
    ['refresh_tokens', 'submissions', 'topic_progress', 'users'].sort(),
  );
  expect(Object.keys(await rowsMentioning(submissionIds[1]!)).sort()).toEqual(
    ['outbox_events', 'submission_results', 'submissions'].sort(),
  );
  return { learner, submissionIds };
}

async function expectErased(learner: TestAccount, submissionIds: string[]) {
  expect(await rowsMentioning(learner.id)).toEqual({});
  for (const id of submissionIds) expect(await rowsMentioning(id)).toEqual({});
  expect(await rowsMentioning(learner.email)).toEqual({});
}

describe('deleting your own account', () => {
  it('needs your password, then erases the account and all its data in one go', async () => {
    const { learner, submissionIds } = await learnerWithData();
    const wrong = await as(learner, 'DELETE', '/api/v1/users/me', { password: 'not my password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ in: 'body', field: 'password' });
    expect(await rowsMentioning(learner.id)).not.toEqual({});

    const deleted = await as(learner, 'DELETE', '/api/v1/users/me', { password: learner.password });
    expect(deleted.statusCode).toBe(204);
    await expectErased(learner, submissionIds);
    expect((await as(learner, 'GET', '/api/v1/users/me')).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: learner.email, password: learner.password },
    });
    expect(signIn.statusCode).toBe(401);
  });
});

describe('admin account controls', () => {
  it('delete an account and everything of it', async () => {
    const { learner, submissionIds } = await learnerWithData();
    expect((await as(admin, 'DELETE', `/api/v1/users/${learner.id}`)).statusCode).toBe(204);
    await expectErased(learner, submissionIds);
    expect((await as(admin, 'DELETE', `/api/v1/users/${learner.id}`)).statusCode).toBe(404);
  });

  it('are for admins only', async () => {
    const learner = await signUp(t.app);
    const other = await signUp(t.app);
    for (const [method, payload] of [
      ['PATCH', { role: 'admin' }],
      ['DELETE', undefined],
    ] as const) {
      const response = await as(learner, method, `/api/v1/users/${other.id}`, payload);
      expect(response.statusCode).toBe(403);
    }
    expect((await as(learner, 'PATCH', `/api/v1/users/${learner.id}`, { role: 'admin' })).statusCode).toBe(
      403,
    );
  });

  it('validate the id and the change, and say when the account does not exist', async () => {
    const bad = await as(admin, 'PATCH', '/api/v1/users/not-a-uuid', { disabled: true });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ in: 'params', field: 'id' });
    expect((await as(admin, 'PATCH', `/api/v1/users/${admin.id}`, {})).statusCode).toBe(400);
    expect((await as(admin, 'PATCH', `/api/v1/users/${admin.id}`, { role: 'owner' })).statusCode).toBe(400);
    const missing = await as(admin, 'PATCH', '/api/v1/users/00000000-0000-4000-8000-000000000000', {
      disabled: true,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('never leave the platform without an enabled admin', async () => {
    // `admin` is the only admin of this database.
    for (const [method, payload] of [
      ['PATCH', { role: 'learner' }],
      ['PATCH', { disabled: true }],
      ['DELETE', undefined],
    ] as const) {
      const response = await as(admin, method, `/api/v1/users/${admin.id}`, payload);
      expect(response.statusCode).toBe(409);
      expect(response.json().detail).toContain('last enabled admin');
    }
    const own = await as(admin, 'DELETE', '/api/v1/users/me', { password: admin.password });
    expect(own.statusCode).toBe(409);
    expect((await as(admin, 'GET', '/api/v1/users?role=admin')).json().data).toHaveLength(1);
  });
});

describe('your settings and password', () => {
  it('anonymity and the display name are yours to change', async () => {
    const learner = await signUp(t.app);
    const changed = await as(learner, 'PATCH', '/api/v1/users/me', { anonymous: true, displayName: ' Nix ' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ anonymous: true, displayName: 'Nix' });
    expect((await as(learner, 'GET', '/api/v1/users/me')).json().anonymous).toBe(true);
    expect((await as(learner, 'PATCH', '/api/v1/users/me', {})).statusCode).toBe(400);
    expect((await as(learner, 'PATCH', '/api/v1/users/me', { role: 'admin' })).statusCode).toBe(400);
  });

  it('a password change needs the current one and a strong new one, and ends your other sessions', async () => {
    const learner = await signUp(t.app);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: learner.email, password: learner.password },
    });
    const other = { headers: { authorization: `Bearer ${elsewhere.json().accessToken}` } };
    const change = (payload: object) => as(learner, 'POST', '/api/v1/users/me/password', payload);

    const wrong = await change({
      currentPassword: 'not it at all',
      newPassword: 'glacier tea lantern orbit',
    });
    expect(wrong.json().errors[0]).toMatchObject({ field: 'currentPassword' });
    const weak = await change({ currentPassword: learner.password, newPassword: 'password123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ field: 'newPassword' });

    expect(
      (await change({ currentPassword: learner.password, newPassword: 'glacier tea lantern orbit' }))
        .statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/users/me', ...other })).statusCode).toBe(401);
    expect((await as(learner, 'GET', '/api/v1/users/me')).statusCode).toBe(200);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: learner.email, password: 'glacier tea lantern orbit' },
    });
    expect(signIn.statusCode).toBe(200);
  });
});
