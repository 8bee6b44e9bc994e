/**
 * The catalogue as a learner browses it: the seeded starter problems filtered by roadmap week and
 * topic, the pattern vocabulary behind the pattern filter, and the learner's own status per problem
 * (new / attempted / solved) as a filter and as a list.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problems, problemVersions, submissions } from '../../infra/db/schema.js';
import { repoPaths } from '../../infra/paths.js';
import { signUp, type TestAccount } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { loadRoadmapContent } from '../roadmap/content.js';
import { loadProblemCatalog, type ProblemCatalog } from './seed-problems.js';

type Item = { slug: string; topics: string[]; tags: string[] };

let t: TestApp;
let catalog: ProblemCatalog;
let weekOfTopic: Map<string, string>;
beforeAll(async () => {
  // The test database comes seeded with content/roadmap and content/problems (the global setup).
  t = await startTestApp();
  catalog = await loadProblemCatalog(repoPaths.problemsContent);
  const roadmap = await loadRoadmapContent(repoPaths.roadmapContent);
  weekOfTopic = new Map(
    roadmap.flatMap((session) =>
      session.weeks.flatMap((week) =>
        week.bullets.flatMap((bullet) => bullet.topics.map((topic) => [topic.slug, week.slug] as const)),
      ),
    ),
  );
});
afterAll(() => t.close());

async function list(query: string, account?: TestAccount): Promise<Item[]> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/problems?limit=100&${query}`,
    ...(account === undefined ? {} : { headers: account.headers }),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data;
}

const slugs = (items: Item[]) => items.map((item) => item.slug).sort();

/** A finished run or submission of `slug` by `account`, as the pipeline leaves one. */
async function sent(account: TestAccount, slug: string, mode: 'run' | 'submit', verdict: 'AC' | 'WA') {
  const [version] = await t.database.db
    .select({ id: problemVersions.id, problemId: problems.id })
    .from(problemVersions)
    .innerJoin(problems, eq(problems.id, problemVersions.problemId))
    .where(eq(problems.slug, slug))
    .orderBy(desc(problemVersions.version))
    .limit(1);
  await t.database.db.insert(submissions).values({
    userId: account.id,
    problemVersionId: version!.id,
    problemId: version!.problemId,
    language: 'python',
    mode,
    source: 'print(1)\n',
    status: 'done',
    verdict,
  });
}

describe('the problem catalogue by roadmap week and topic', () => {
  it('gives every problem its topics, main topic first, as catalog.yaml lists them', async () => {
    const items = await list('');
    expect(slugs(items)).toEqual(catalog.entries.map((entry) => entry.slug).sort());
    for (const entry of catalog.entries) {
      expect(items.find((item) => item.slug === entry.slug)?.topics, entry.slug).toEqual(entry.topics);
    }
  });

  it('filters by topic and by week', async () => {
    const topic = catalog.entries[0]!.topics[0]!;
    expect(slugs(await list(`topic=${topic}`))).toEqual(
      slugs(catalog.entries.filter((entry) => entry.topics.includes(topic)) as unknown as Item[]),
    );
    const week = weekOfTopic.get(topic)!;
    const inWeek = catalog.entries.filter((entry) => entry.topics.some((tp) => weekOfTopic.get(tp) === week));
    expect(inWeek.length).toBeGreaterThan(1);
    expect(slugs(await list(`week=${week}`))).toEqual(inWeek.map((entry) => entry.slug).sort());
    expect(await list('week=s2-w06-dbms-concepts&topic=ds-stacks')).toEqual([]);
  });

  it('answers an unknown topic or week with an empty list, and a malformed one with 400 naming it', async () => {
    expect(await list('topic=no-such-topic')).toEqual([]);
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/problems?week=Week%203' });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail ?? JSON.stringify(response.json())).toMatch(/week/);
  });
});

describe('the pattern vocabulary', () => {
  it('lists every pattern with its group, meaning and number of problems', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/patterns' });
    expect(response.statusCode).toBe(200);
    const items: { slug: string; group: string; about: string; problems: number }[] = response.json().items;
    expect(items.map((item) => item.slug).sort()).toEqual(catalog.patterns!.map((p) => p.slug).sort());
    const used = new Map<string, number>();
    for (const entry of catalog.entries)
      for (const tag of entry.tags) used.set(tag, (used.get(tag) ?? 0) + 1);
    for (const item of items) {
      expect(item.problems, item.slug).toBe(used.get(item.slug) ?? 0);
      expect(item.about.length, item.slug).toBeGreaterThan(10);
    }
    expect(items.find((item) => item.slug === 'bfs')?.group).toBe('graph');
  });
});

describe("a learner's status on each problem", () => {
  it('needs sign-in to filter by status', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/problems?status=solved' });
    expect(response.statusCode).toBe(401);
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/me/problems' });
    expect(mine.statusCode).toBe(401);
  });

  it('is new until something is sent, attempted after a run or a wrong answer, solved after an accepted submission', async () => {
    const learner = await signUp(t.app);
    const other = await signUp(t.app);
    const all = slugs(await list(''));
    expect(slugs(await list('status=new', learner))).toEqual(all);
    expect(await list('status=solved', learner)).toEqual([]);

    const [first, second, third] = catalog.entries.map((entry) => entry.slug);
    await sent(learner, first!, 'run', 'AC'); // a run is practice, not a solution
    await sent(learner, second!, 'submit', 'WA');
    await sent(learner, third!, 'submit', 'WA');
    await sent(learner, third!, 'submit', 'AC');
    await sent(other, first!, 'submit', 'AC'); // someone else's solution is not mine

    expect(slugs(await list('status=solved', learner))).toEqual([third!]);
    expect(slugs(await list('status=attempted', learner))).toEqual([first!, second!].sort());
    expect(slugs(await list('status=new', learner))).toEqual(
      all.filter((slug) => ![first, second, third].includes(slug)),
    );
    expect(slugs(await list('status=solved', other))).toEqual([first!]);

    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/me/problems', headers: learner.headers });
    expect(mine.statusCode).toBe(200);
    const statuses = Object.fromEntries(
      (mine.json().items as { slug: string; status: string }[]).map((item) => [item.slug, item.status]),
    );
    expect(statuses).toEqual({ [first!]: 'attempted', [second!]: 'attempted', [third!]: 'solved' });
  });

  it("never shares one learner's filtered list through the cache", async () => {
    const learner = await signUp(t.app);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/problems?status=new',
      headers: learner.headers,
    });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });
});

describe("a problem's editorial", () => {
  it('needs sign-in, and names a missing problem', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/problems/mast-shelter/editorial' });
    expect(anonymous.statusCode).toBe(401);
    const learner = await signUp(t.app);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/problems/no-such-problem/editorial',
      headers: learner.headers,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toMatch(/no problem "no-such-problem"/);
  });

  it("serves the package's editorial and records the first opening as help before solving", async () => {
    const learner = await signUp(t.app);
    const open = () =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/problems/mast-shelter/editorial',
        headers: learner.headers,
      });
    const first = await open();
    expect(first.statusCode).toBe(200);
    const expected = await readFile(
      path.join(repoPaths.problemsContent, 'mast-shelter/problem_statement/editorial.en.md'),
      'utf8',
    );
    expect(first.json().markdown).toBe(expected);
    expect(first.json().solvedBefore).toBe(false);
    await sent(learner, 'mast-shelter', 'submit', 'AC');
    const again = (await open()).json();
    // The first opening counts: solving afterwards does not turn it into "read after solving".
    expect(again.firstViewedAt).toBe(first.json().firstViewedAt);
    expect(again.solvedBefore).toBe(false);
  });

  it('counts an opening after an accepted submission as reading, not help', async () => {
    const learner = await signUp(t.app);
    await sent(learner, 'qualifier-board', 'submit', 'AC');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/problems/qualifier-board/editorial',
      headers: learner.headers,
    });
    expect(response.json().solvedBefore).toBe(true);
  });

  it('never serves other package files, such as the reference solutions', async () => {
    const learner = await signUp(t.app);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/problems/mast-shelter/editorial',
      headers: learner.headers,
    });
    expect(response.json().markdown).not.toMatch(/^def solve/m);
  });
});
