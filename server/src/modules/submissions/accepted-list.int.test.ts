/**
 * The public list of a problem's accepted submissions: only full submissions judged AC (a run on
 * the samples proves nothing), and a learner who chose anonymity appears as "Anonymous" to others.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCases } from '../../infra/db/schema.js';
import { signUp, type TestAccount } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createSubmissionRepository, type Verdict } from './repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const problem = 'rope-pairs';

/** Submits, then records the verdict as a worker would (judging itself is tested elsewhere). */
async function judged(account: TestAccount, mode: 'run' | 'submit', verdict: Verdict): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: account.headers,
    payload: { problem, language: 'python', mode, source: `print("${mode} ${verdict}")` },
  });
  expect(response.statusCode, response.body).toBe(202);
  const submissions = createSubmissionRepository(t.database.db);
  const claimed = (await submissions.claim(response.json().id))!;
  const [test] = await t.database.db
    .select({ name: testCases.name })
    .from(testCases)
    .where(eq(testCases.problemVersionId, claimed.problemVersionId))
    .limit(1);
  await submissions.finish(claimed, {
    verdict,
    testsRun: 1,
    testsTotal: 1,
    compileMs: 0,
    tests: [{ name: test!.name, verdict, timeMs: 1, memoryKb: 1024 }],
  });
  return claimed.id;
}

const accepted = async (reader: TestAccount) => {
  const response = await t.app.inject({
    url: `/api/v1/problems/${problem}/submissions`,
    headers: reader.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json().data as Array<{ id: string; author: string; mode: string; verdict: string }>;
};

describe("a problem's accepted submissions", () => {
  it('list only full accepted submissions, not runs on the samples nor other verdicts', async () => {
    const learner = await signUp(t.app);
    const full = await judged(learner, 'submit', 'AC');
    const sampleRun = await judged(learner, 'run', 'AC');
    const wrong = await judged(learner, 'submit', 'WA');
    const ids = (await accepted(learner)).map((item) => item.id);
    expect(ids).toContain(full);
    expect(ids).not.toContain(sampleRun);
    expect(ids).not.toContain(wrong);
    expect((await accepted(learner)).every((item) => item.mode === 'submit' && item.verdict === 'AC')).toBe(
      true,
    );
  });

  it('show a learner who chose anonymity as "Anonymous", never by name; their own list still names them', async () => {
    const shy = await signUp(t.app);
    const reader = await signUp(t.app);
    const named = await judged(shy, 'submit', 'AC');
    expect((await accepted(reader)).find((item) => item.id === named)?.author).toBe('Test Learner');

    const settings = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/me',
      headers: shy.headers,
      payload: { anonymous: true },
    });
    expect(settings.statusCode).toBe(200);
    const later = await judged(shy, 'submit', 'AC');
    const list = await accepted(reader);
    // Anonymity covers the learner's earlier submissions too.
    for (const id of [named, later]) expect(list.find((item) => item.id === id)?.author).toBe('Anonymous');
    expect(JSON.stringify(list)).not.toContain(shy.email);

    const own = await t.app.inject({ url: '/api/v1/submissions', headers: shy.headers });
    expect(own.json().data.map((item: { author: string }) => item.author)).toContain('Test Learner');
  });
});
