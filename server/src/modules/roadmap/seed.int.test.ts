import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { repoPaths } from '../../infra/paths.js';
import { signUp } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { ContentError, loadRoadmapContent, type WeekContent } from './content.js';
import { seedRoadmap } from './seed.js';

let t: TestApp;
let contentDir: string;
beforeAll(async () => {
  t = await startTestApp();
  // A private copy of the real curriculum that the tests may edit.
  contentDir = await mkdtemp(path.join(tmpdir(), 'winterarc-content-'));
  await cp(repoPaths.roadmapContent, contentDir, { recursive: true });
});
afterAll(() => t.close());

const firstWeekFile = async () => {
  const sessions = parse(await readFile(path.join(contentDir, 'sessions.yaml'), 'utf8'));
  return path.join(contentDir, 'weeks', `${sessions[0].weeks[0]}.yaml`);
};
const editFirstWeek = async (edit: (week: WeekContent) => void) => {
  const file = await firstWeekFile();
  const week = parse(await readFile(file, 'utf8')) as WeekContent;
  edit(week);
  await writeFile(file, stringify(week));
};

describe('seeding the roadmap', () => {
  it('changes nothing when run again on the same content', async () => {
    // The template database was seeded from this same content.
    const report = await seedRoadmap(t.database.db, await loadRoadmapContent(contentDir));
    expect(report).toMatchObject({ created: 0, updated: 0, retired: 0 });
    expect(report.unchanged).toBeGreaterThan(90);
  });

  it("updates an edited topic in place and keeps learners' progress and notes", async () => {
    const learner = await signUp(t.app);
    const slug = (await loadRoadmapContent(contentDir))[0]!.weeks[0]!.bullets[0]!.topics[0]!.slug;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/roadmap/topics/${slug}/progress`,
      headers: learner.headers,
      payload: { status: 'done', note: 'keep me' },
    });

    await editFirstWeek((week) => {
      week.bullets[0]!.topics[0]!.explanation = 'A rewritten explanation.';
      week.bullets[0]!.topics[0]!.objectives.push('Explain the new objective.');
    });
    const report = await seedRoadmap(t.database.db, await loadRoadmapContent(contentDir));
    expect(report).toMatchObject({ created: 0, updated: 1, retired: 0 });

    const topic = (
      await t.app.inject({ url: `/api/v1/roadmap/topics/${slug}`, headers: learner.headers })
    ).json();
    expect(topic.explanation).toBe('A rewritten explanation.');
    expect(topic.objectives.at(-1)).toBe('Explain the new objective.');
    expect(topic.progress).toMatchObject({ status: 'done', note: 'keep me' });
  });

  it("stores a topic's sources, versions, review date and extra flag, serves them, and keeps progress", async () => {
    const learner = await signUp(t.app);
    const slug = (await loadRoadmapContent(contentDir))[0]!.weeks[0]!.bullets[0]!.topics[0]!.slug;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/roadmap/topics/${slug}/progress`,
      headers: learner.headers,
      payload: { status: 'learning', note: 'sources must not cost me this' },
    });
    const references = [
      { title: 'First', url: 'https://docs.python.org/3/reference/', read: 'Chapter 1.' },
      { title: 'Second', url: 'https://peps.python.org/pep-0008/', read: 'Naming.' },
    ];
    await editFirstWeek((week) => {
      const topic = week.bullets[0]!.topics[0]!;
      topic.references = references;
      topic.versions = ['Python 3.14'];
      topic.reviewed = '2026-12-01';
      topic.extra = true;
    });
    const report = await seedRoadmap(t.database.db, await loadRoadmapContent(contentDir));
    expect(report).toMatchObject({ created: 0, updated: 1, retired: 0 });
    // Seeding again finds nothing to do: the arrays and the date compare equal to what was stored.
    expect(await seedRoadmap(t.database.db, await loadRoadmapContent(contentDir))).toMatchObject({
      created: 0,
      updated: 0,
    });

    const topic = (
      await t.app.inject({ url: `/api/v1/roadmap/topics/${slug}`, headers: learner.headers })
    ).json();
    expect(topic).toMatchObject({
      references,
      versions: ['Python 3.14'],
      reviewedOn: '2026-12-01',
      extra: true,
      progress: { status: 'learning', note: 'sources must not cost me this' },
    });
    const tree = (await t.app.inject({ url: '/api/v1/roadmap' })).json();
    expect(tree.sessions[0].weeks[0].bullets[0].topics[0]).toMatchObject({ slug, extra: true });

    // Reordering the sources is a change too.
    await editFirstWeek((week) => {
      week.bullets[0]!.topics[0]!.references = [...references].reverse();
    });
    expect((await seedRoadmap(t.database.db, await loadRoadmapContent(contentDir))).updated).toBe(1);
    const reordered = (await t.app.inject({ url: `/api/v1/roadmap/topics/${slug}` })).json();
    expect(reordered.references.map((r: { title: string }) => r.title)).toEqual(['Second', 'First']);
    await cp(repoPaths.roadmapContent, contentDir, { recursive: true });
  });

  it('rejects a reference that is not https, naming the file, the topic and the field', async () => {
    let slug = '';
    await editFirstWeek((week) => {
      const topic = week.bullets[0]!.topics[0]!;
      slug = topic.slug;
      topic.references = [{ title: 'Plain', url: 'http://example.org/', read: 'Anything.' }];
    });
    const load = loadRoadmapContent(contentDir);
    await expect(load).rejects.toBeInstanceOf(ContentError);
    await expect(load).rejects.toThrow(
      new RegExp(`\\.yaml: topic "${slug}", references\\.0\\.url must match pattern`),
    );
    await cp(repoPaths.roadmapContent, contentDir, { recursive: true });
  });

  it('rejects a review date that is not a calendar day', async () => {
    await editFirstWeek((week) => {
      week.bullets[0]!.topics[0]!.reviewed = '2026-02-30';
    });
    await expect(loadRoadmapContent(contentDir)).rejects.toThrow(
      /reviewed: "2026-02-30" is not a calendar date/,
    );
    await cp(repoPaths.roadmapContent, contentDir, { recursive: true });
  });

  it('retires a removed topic (hidden, progress kept) and brings it back when restored', async () => {
    const learner = await signUp(t.app);
    let removed: WeekContent['bullets'][number]['topics'][number] | undefined;
    await editFirstWeek((week) => {
      removed = week.bullets[0]!.topics.pop();
    });
    const slug = removed!.slug;
    // Progress made before the removal must survive it.
    await seedRoadmap(t.database.db, await loadRoadmapContent(repoPaths.roadmapContent));
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/roadmap/topics/${slug}/progress`,
      headers: learner.headers,
      payload: { note: 'still mine' },
    });

    expect((await seedRoadmap(t.database.db, await loadRoadmapContent(contentDir))).retired).toBe(1);
    expect((await t.app.inject({ url: `/api/v1/roadmap/topics/${slug}` })).statusCode).toBe(404);
    const tree = JSON.stringify((await t.app.inject({ url: '/api/v1/roadmap' })).json());
    expect(tree).not.toContain(`"${slug}"`);

    await cp(repoPaths.roadmapContent, contentDir, { recursive: true });
    await seedRoadmap(t.database.db, await loadRoadmapContent(contentDir));
    const back = (
      await t.app.inject({ url: `/api/v1/roadmap/topics/${slug}`, headers: learner.headers })
    ).json();
    expect(back.progress.note).toBe('still mine');
  });

  it('rejects content with a duplicate topic slug, naming the file, before writing anything', async () => {
    await editFirstWeek((week) => {
      week.bullets[0]!.topics[1]!.slug = week.bullets[0]!.topics[0]!.slug;
    });
    const load = loadRoadmapContent(contentDir);
    await expect(load).rejects.toBeInstanceOf(ContentError);
    await expect(load).rejects.toThrow(/topic slug ".+" is also used in .+\.yaml/);
    await cp(repoPaths.roadmapContent, contentDir, { recursive: true });
  });
});
