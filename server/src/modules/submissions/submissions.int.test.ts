import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionResults } from '../../infra/db/schema.js';
import { signUp, signUpAdmin, type TestAccount } from '../../test/accounts.js';
import {
  conformancePackages,
  type PipelineTest,
  startPipelineTest,
  waitForVerdict,
} from '../../test/pipeline.js';

const source = (problem: string, file: string) =>
  readFile(path.join(conformancePackages, problem, 'submissions', file), 'utf8');

let t: PipelineTest;
let learner: TestAccount;
beforeAll(async () => {
  t = await startPipelineTest({ problems: ['two-sum-function', 'sum-stdio', 'guess-number'] });
  learner = await signUp(t.app);
});
afterAll(() => t?.close());

async function submit(
  account: TestAccount,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: { ...account.headers, ...headers },
    payload: body,
  });
}

describe('submitting and judging', () => {
  it('answers 202 with a status URL at once, then the verdict and per-test results appear', async () => {
    const response = await submit(learner, {
      problem: 'two-sum-function',
      language: 'python',
      source: await source('two-sum-function', 'accepted/hash_map.py'),
    });
    expect(response.statusCode).toBe(202);
    const { id, status, statusUrl } = response.json();
    expect(status).toBe('queued');
    expect(statusUrl).toBe(`/api/v1/submissions/${id}`);
    expect(response.headers.location).toBe(statusUrl);

    const done = await waitForVerdict(t, id, learner.headers);
    expect(done).toMatchObject({
      verdict: 'AC',
      problem: 'two-sum-function',
      language: 'python',
      mode: 'submit',
    });
    const tests = done.tests as Array<{ verdict: string; sample: boolean }>;
    expect(tests.length).toBe(done.testsTotal);
    expect(tests.every((test) => test.verdict === 'AC')).toBe(true);
  });

  it('judges a wrong stdio program as WA without showing the hidden answer', async () => {
    const response = await submit(learner, {
      problem: 'sum-stdio',
      language: 'python',
      source: await source('sum-stdio', 'wrong_answer/difference.py'),
    });
    const done = await waitForVerdict(t, response.json().id, learner.headers);
    expect(done.verdict).toBe('WA');
    const hidden = (
      done.tests as Array<{ sample: boolean; verdict: string; message: string | null; name: string }>
    ).filter((test) => !test.sample && test.verdict === 'WA');
    for (const test of hidden) {
      expect(test.message).toBeNull();
      expect(test.name).toMatch(/^test \d+$/);
    }
  });

  it('runs only the samples in run mode', async () => {
    const response = await submit(learner, {
      problem: 'sum-stdio',
      language: 'python',
      mode: 'run',
      source: await source('sum-stdio', 'accepted/sum.py'),
    });
    const done = await waitForVerdict(t, response.json().id, learner.headers);
    expect(done.verdict).toBe('AC');
    expect((done.tests as Array<{ sample: boolean }>).every((test) => test.sample)).toBe(true);
  });

  it('runs once on custom input and shows what the program printed, with no per-test rows', async () => {
    const response = await submit(learner, {
      problem: 'sum-stdio',
      language: 'python',
      mode: 'run',
      input: '2 3',
      source: await source('sum-stdio', 'accepted/sum.py'),
    });
    const done = await waitForVerdict(t, response.json().id, learner.headers);
    expect(done).toMatchObject({ verdict: 'AC', mode: 'run', output: '5\n', message: null, tests: [] });
  });

  it('shows what a custom run that went fine wrote to stderr', async () => {
    const response = await submit(learner, {
      problem: 'sum-stdio',
      language: 'python',
      mode: 'run',
      input: '4',
      source: 'import sys\nn = int(input())\nprint("debug n =", n, file=sys.stderr)\nprint(n * 2)',
    });
    const done = await waitForVerdict(t, response.json().id, learner.headers);
    expect(done).toMatchObject({ verdict: 'AC', output: '8\n', message: 'it wrote to stderr:\ndebug n = 4' });
  });

  it('keeps the output of a crashed custom run, NUL bytes included, and says how it crashed', async () => {
    const response = await submit(learner, {
      problem: 'sum-stdio',
      language: 'python',
      mode: 'run',
      input: 'oops',
      source: 'import sys\nprint("a\\0b", flush=True)\nint(input())',
    });
    const done = await waitForVerdict(t, response.json().id, learner.headers);
    expect(done).toMatchObject({ verdict: 'RE', output: 'a\uFFFDb\n', tests: [] });
    expect(done.message).toMatch(/exit code 1[\s\S]*ValueError/);
  });

  it('reports a compilation error with the compiler message', async () => {
    const response = await submit(learner, { problem: 'sum-stdio', language: 'cpp', source: 'int main( {' });
    const done = await waitForVerdict(t, response.json().id, learner.headers);
    expect(done.verdict).toBe('CE');
    expect(done.message).toMatch(/error/);
  });
});

describe('retries with an Idempotency-Key', () => {
  it('returns the first submission for a retried POST and stores one', async () => {
    const key = randomUUID();
    const body = {
      problem: 'sum-stdio',
      language: 'python',
      source: 'print(sum(map(int, input().split())))',
    };
    const first = await submit(learner, body, { 'idempotency-key': key });
    const second = await submit(learner, body, { 'idempotency-key': key });
    expect(second.statusCode).toBe(202);
    expect(second.json().id).toBe(first.json().id);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/submissions?limit=100',
      headers: learner.headers,
    });
    expect(mine.json().data.filter((s: { id: string }) => s.id === first.json().id)).toHaveLength(1);
  });

  it('refuses the same key for a different submission with 422', async () => {
    const key = randomUUID();
    await submit(
      learner,
      { problem: 'sum-stdio', language: 'python', source: 'print(1)' },
      { 'idempotency-key': key },
    );
    const other = await submit(
      learner,
      { problem: 'sum-stdio', language: 'python', source: 'print(2)' },
      { 'idempotency-key': key },
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().type).toBe('urn:winterarc:problem:idempotency-key-reused');
  });

  it('keeps keys per user: another learner may use the same key', async () => {
    const key = randomUUID();
    const other = await signUp(t.app);
    const body = { problem: 'sum-stdio', language: 'python', source: 'print(3)' };
    const a = await submit(learner, body, { 'idempotency-key': key });
    const b = await submit(other, body, { 'idempotency-key': key });
    expect(b.statusCode).toBe(202);
    expect(b.json().id).not.toBe(a.json().id);
  });
});

describe('bad submissions', () => {
  it.each([
    [{ problem: 'no-such-problem', language: 'python', source: 'x' }, 'problem'],
    [{ problem: 'two-sum-function', language: 'cpp', source: 'int main(){}' }, 'language'],
    [{ problem: 'sum-stdio', language: 'cobol', source: 'x' }, 'language'],
    [{ problem: 'sum-stdio', language: 'python', source: '' }, 'source'],
    [{ problem: 'sum-stdio', language: 'python', source: 'x', input: '1 2' }, 'input'],
    [{ problem: 'two-sum-function', language: 'python', source: 'x', mode: 'run', input: '[]' }, 'input'],
    [{ problem: 'guess-number', language: 'python', source: 'x', mode: 'run', input: '5' }, 'input'],
  ])('refuses %j naming the field', async (body, field) => {
    const response = await submit(learner, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('needs a signed-in caller', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      payload: { problem: 'sum-stdio', language: 'python', source: 'print(1)' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('who sees what', () => {
  it("hides a learner's submission from other learners (404) but not from admins", async () => {
    const response = await submit(learner, { problem: 'sum-stdio', language: 'python', source: 'print(4)' });
    const id = response.json().id;
    const stranger = await signUp(t.app);
    const admin = await signUpAdmin(t.app, t.database);
    const url = `/api/v1/submissions/${id}`;
    expect((await t.app.inject({ method: 'GET', url, headers: stranger.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url, headers: admin.headers })).statusCode).toBe(200);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/submissions?user=${learner.id}`,
      headers: stranger.headers,
    });
    expect(list.statusCode).toBe(403);
    const adminList = await t.app.inject({
      method: 'GET',
      url: `/api/v1/submissions?user=${learner.id}`,
      headers: admin.headers,
    });
    expect(adminList.json().data.some((s: { id: string }) => s.id === id)).toBe(true);
  });

  it('lists with filters and pages without gaps or repeats', async () => {
    const author = await signUp(t.app);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await submit(author, { problem: 'sum-stdio', language: 'python', source: `print(${i})` });
      ids.push(r.json().id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/submissions?limit=2&problem=sum-stdio${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.app.inject({ method: 'GET', url, headers: author.headers })).json();
      seen.push(...page.data.map((s: { id: string }) => s.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual([...ids].reverse());
    const none = await t.app.inject({
      method: 'GET',
      url: '/api/v1/submissions?problem=two-sum-function',
      headers: author.headers,
    });
    expect(none.json().data).toEqual([]);
  });

  it("lists a problem's accepted submissions without their source", async () => {
    const response = await submit(learner, {
      problem: 'two-sum-function',
      language: 'javascript',
      source: await source('two-sum-function', 'accepted/hash_map.js'),
    });
    const id = response.json().id;
    await waitForVerdict(t, id, learner.headers);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/problems/two-sum-function/submissions',
      headers: learner.headers,
    });
    expect(list.statusCode).toBe(200);
    const item = list.json().data.find((s: { id: string }) => s.id === id);
    expect(item).toMatchObject({ verdict: 'AC', language: 'javascript', author: 'Test Learner' });
    expect(item).not.toHaveProperty('source');
    expect(list.json().data.every((s: { verdict: string }) => s.verdict === 'AC')).toBe(true);

    const url = '/api/v1/problems/two-sum-function/submissions';
    const python = await t.app.inject({
      method: 'GET',
      url: `${url}?language=python`,
      headers: learner.headers,
    });
    expect(python.json().data.map((s: { id: string }) => s.id)).not.toContain(id);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const later = await t.app.inject({
      method: 'GET',
      url: `${url}?from=${future}`,
      headers: learner.headers,
    });
    expect(later.json().data).toEqual([]);
    const before = await t.app.inject({
      method: 'GET',
      url: `${url}?to=${future}&language=javascript`,
      headers: learner.headers,
    });
    expect(before.json().data.map((s: { id: string }) => s.id)).toContain(id);
    const bad = await t.app.inject({ method: 'GET', url: `${url}?from=yesterday`, headers: learner.headers });
    expect(bad.statusCode).toBe(400);
  });
});

describe('delivered more than once', () => {
  it('writes one result set when the same job arrives twice', async () => {
    const response = await submit(learner, {
      problem: 'two-sum-function',
      language: 'python',
      source: await source('two-sum-function', 'accepted/hash_map.py'),
    });
    const id = response.json().id;
    await t.queue.publish({ submissionId: id });
    await t.queue.publish({ submissionId: id });
    const done = await waitForVerdict(t, id, learner.headers);
    // Let the duplicates be consumed too.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [rows] = await t.database.db
      .select({ n: count() })
      .from(submissionResults)
      .where(eq(submissionResults.submissionId, id));
    expect(rows!.n).toBe(done.testsRun);
  });
});
