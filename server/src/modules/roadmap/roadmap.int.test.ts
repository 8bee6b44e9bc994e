import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPaths } from '../../infra/paths.js';
import { signUp } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { loadRoadmapContent, type SessionContent } from './content.js';

let t: TestApp;
let content: SessionContent[];
beforeAll(async () => {
  t = await startTestApp();
  content = await loadRoadmapContent(repoPaths.roadmapContent);
});
afterAll(() => t.close());

const topicSlugsOf = (sessions: SessionContent[]) =>
  sessions.flatMap((s) =>
    s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics.map((topic) => topic.slug))),
  );

describe('the roadmap tree', () => {
  it('shows every session, week, bullet and topic of the curriculum in order', async () => {
    const response = await t.app.inject({ url: '/api/v1/roadmap' });
    expect(response.statusCode).toBe(200);
    const tree = response.json();
    expect(tree.sessions.map((s: { slug: string }) => s.slug)).toEqual(content.map((s) => s.slug));
    expect(tree.sessions.flatMap((s: { weeks: { label: string }[] }) => s.weeks.map((w) => w.label))).toEqual(
      content.flatMap((s) => s.weeks.map((w) => w.label)),
    );
    const treeTopics = tree.sessions.flatMap(
      (s: { weeks: { bullets: { topics: { slug: string }[] }[] }[] }) =>
        s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics.map((topic) => topic.slug))),
    );
    expect(treeTopics).toEqual(topicSlugsOf(content));
    expect(tree.completion).toMatchObject({ total: treeTopics.length, done: 0, percent: 0 });
  });

  it("counts the caller's own progress into each week's and session's completion", async () => {
    const learner = await signUp(t.app);
    const week = content[0]!.weeks[0]!;
    const weekTopics = week.bullets.flatMap((b) => b.topics.map((topic) => topic.slug));
    const set = (slug: string, status: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/roadmap/topics/${slug}/progress`,
        headers: learner.headers,
        payload: { status },
      });
    expect((await set(weekTopics[0]!, 'done')).statusCode).toBe(200);
    await set(weekTopics[1]!, 'done');
    await set(weekTopics[2]!, 'skipped');
    await set(weekTopics[3]!, 'learning');

    const tree = (await t.app.inject({ url: '/api/v1/roadmap', headers: learner.headers })).json();
    const weekNode = tree.sessions[0].weeks[0];
    expect(weekNode.completion).toEqual({
      total: weekTopics.length,
      done: 2,
      learning: 1,
      skipped: 1,
      percent: Math.floor((2 / (weekTopics.length - 1)) * 100),
    });
    expect(tree.sessions[0].completion.done).toBe(2);
    expect(weekNode.bullets[0].topics[0]).toMatchObject({ slug: weekTopics[0], status: 'done', version: 1 });

    // Someone else's tree is untouched by it.
    const other = await signUp(t.app);
    const theirs = (await t.app.inject({ url: '/api/v1/roadmap', headers: other.headers })).json();
    expect(theirs.completion.done).toBe(0);
  });

  it('refuses a bad token instead of silently showing the anonymous tree', async () => {
    const response = await t.app.inject({
      url: '/api/v1/roadmap',
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('a topic', () => {
  it('has its explanation, objectives and tags', async () => {
    const topic = content[0]!.weeks[0]!.bullets[0]!.topics[0]!;
    const response = await t.app.inject({ url: `/api/v1/roadmap/topics/${topic.slug}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      slug: topic.slug,
      title: topic.title,
      objectives: topic.objectives,
    });
  });

  it('answers an unknown slug with 404 and a malformed one with 400', async () => {
    expect((await t.app.inject({ url: '/api/v1/roadmap/topics/no-such-topic' })).statusCode).toBe(404);
    const bad = await t.app.inject({ url: '/api/v1/roadmap/topics/Bad%20Slug!' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ in: 'params', field: 'slug' });
  });
});

describe('progress and notes', () => {
  const slug = () => content[1]!.weeks[0]!.bullets[0]!.topics[0]!.slug;
  const url = () => `/api/v1/roadmap/topics/${slug()}/progress`;

  it("are private: nobody reads another learner's note or status", async () => {
    const author = await signUp(t.app);
    await t.app.inject({
      method: 'PATCH',
      url: url(),
      headers: author.headers,
      payload: { status: 'learning', note: 'my secret plan' },
    });
    const intruder = await signUp(t.app);
    const theirs = await t.app.inject({ url: url(), headers: intruder.headers });
    expect(theirs.json()).toMatchObject({ status: 'todo', note: '', version: 0 });
    const topic = await t.app.inject({ url: `/api/v1/roadmap/topics/${slug()}`, headers: intruder.headers });
    expect(topic.json().progress.note).toBe('');
    expect((await t.app.inject({ url: url() })).statusCode).toBe(401);
  });

  it('carry an ETag; a write with the current one succeeds and one with a stale one gets 412', async () => {
    const learner = await signUp(t.app);
    const first = await t.app.inject({ url: url(), headers: learner.headers });
    expect(first.headers.etag).toBe('"0"');

    const tabA = await t.app.inject({
      method: 'PATCH',
      url: url(),
      headers: { ...learner.headers, 'if-match': '"0"' },
      payload: { note: 'from tab A' },
    });
    expect(tabA.statusCode).toBe(200);
    expect(tabA.headers.etag).toBe('"1"');

    // Tab B still holds version 0: its write must not silently overwrite tab A's note.
    const tabB = await t.app.inject({
      method: 'PATCH',
      url: url(),
      headers: { ...learner.headers, 'if-match': '"0"' },
      payload: { note: 'from tab B' },
    });
    expect(tabB.statusCode).toBe(412);
    expect(tabB.json()).toMatchObject({
      type: 'urn:winterarc:problem:precondition-failed',
      currentVersion: 1,
    });

    const retry = await t.app.inject({
      method: 'PATCH',
      url: url(),
      headers: { ...learner.headers, 'if-match': '"1"' },
      payload: { status: 'done' },
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'done', note: 'from tab A', version: 2 });
  });

  it('let exactly one of two racing writes with the same If-Match win', async () => {
    const learner = await signUp(t.app);
    await t.app.inject({
      method: 'PATCH',
      url: url(),
      headers: learner.headers,
      payload: { status: 'learning' },
    });
    const race = await Promise.all(
      ['a', 'b'].map((note) =>
        t.app.inject({
          method: 'PATCH',
          url: url(),
          headers: { ...learner.headers, 'if-match': '"1"' },
          payload: { note },
        }),
      ),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 412]);
  });

  it('refuse a malformed If-Match, an empty patch and an unknown status', async () => {
    const learner = await signUp(t.app);
    const patch = (payload: object, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'PATCH', url: url(), headers: { ...learner.headers, ...headers }, payload });
    expect((await patch({ status: 'done' }, { 'if-match': 'W/"weak"' })).statusCode).toBe(412);
    expect((await patch({})).statusCode).toBe(400);
    const bad = await patch({ status: 'finished' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'status', message: expect.stringContaining('todo') });
  });
});

describe('export and import', () => {
  it("round-trips a learner's progress into another account", async () => {
    const source = await signUp(t.app);
    const slugs = topicSlugsOf(content).slice(0, 3);
    for (const [i, slug] of slugs.entries()) {
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/roadmap/topics/${slug}/progress`,
        headers: source.headers,
        payload: { status: 'done', note: `note ${i}` },
      });
    }
    const exported = await t.app.inject({ url: '/api/v1/me/progress/export', headers: source.headers });
    expect(exported.headers['content-disposition']).toContain('attachment');
    const document = exported.json();
    expect(document.items).toHaveLength(3);

    const target = await signUp(t.app);
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/progress/import',
      headers: target.headers,
      payload: document,
    });
    expect(imported.json()).toEqual({ imported: 3, quizAttempts: 0 });
    const again = (await t.app.inject({ url: '/api/v1/me/progress/export', headers: target.headers })).json();
    expect(
      again.items.map(({ topic, status, note }: Record<string, string>) => ({ topic, status, note })),
    ).toEqual(
      document.items.map(({ topic, status, note }: Record<string, string>) => ({ topic, status, note })),
    );
  });

  it('keeps an existing note when an imported item has none', async () => {
    const learner = await signUp(t.app);
    const slug = topicSlugsOf(content)[5]!;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/roadmap/topics/${slug}/progress`,
      headers: learner.headers,
      payload: { note: 'written by hand' },
    });
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/progress/import',
      headers: learner.headers,
      payload: { format: 'winterarc.progress/v1', items: [{ topic: slug, status: 'done' }] },
    });
    expect(imported.statusCode).toBe(200);
    const progress = (
      await t.app.inject({ url: `/api/v1/roadmap/topics/${slug}/progress`, headers: learner.headers })
    ).json();
    expect(progress).toMatchObject({ status: 'done', note: 'written by hand' });
  });

  it('imports nothing when any item names an unknown topic, and says which', async () => {
    const learner = await signUp(t.app);
    const known = topicSlugsOf(content)[0]!;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/progress/import',
      headers: learner.headers,
      payload: {
        format: 'winterarc.progress/v1',
        items: [
          { topic: known, status: 'done' },
          { topic: 'made-up-topic', status: 'done' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'items.1.topic' })]);
    const after = (
      await t.app.inject({ url: '/api/v1/me/progress/export', headers: learner.headers })
    ).json();
    expect(after.items).toEqual([]);
  });
});
