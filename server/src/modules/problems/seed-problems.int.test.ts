import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readProblemPackage } from '@winterarc/judge';
import { asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../infra/db/database.js';
import {
  problems,
  problemTags,
  problemTopics,
  problemVersions,
  tags,
  testCases,
  topics,
} from '../../infra/db/schema.js';
import { repoPaths } from '../../infra/paths.js';
import { openTestDatabase } from '../../test/test-app.js';
import { ContentError } from '../roadmap/content.js';
import { loadProblemCatalog, type ProblemCatalog, seedProblems } from './seed-problems.js';

let database: DatabaseHandle;
let catalog: ProblemCatalog;
beforeAll(async () => {
  // The template database was seeded from content/problems by the global setup.
  database = await openTestDatabase();
  catalog = await loadProblemCatalog(repoPaths.problemsContent);
});
afterAll(() => database.close());

async function versionCount() {
  const [row] = await database.db.select({ n: count() }).from(problemVersions);
  return row!.n;
}

async function tagsOf(problemId: number) {
  const rows = await database.db
    .select({ slug: tags.slug })
    .from(problemTags)
    .innerJoin(tags, eq(tags.id, problemTags.tagId))
    .where(eq(problemTags.problemId, problemId));
  return rows.map((r) => r.slug).sort();
}

describe('seeding the starter problems', () => {
  it("holds every catalog problem with the catalog's difficulty and tags", async () => {
    const rows = await database.db.select().from(problems).orderBy(asc(problems.slug));
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    for (const entry of catalog.entries) {
      const row = bySlug.get(entry.slug);
      expect(row, entry.slug).toBeDefined();
      expect(row!.difficulty, entry.slug).toBe(entry.difficulty);
      expect(await tagsOf(row!.id), entry.slug).toEqual([...entry.tags].sort());
    }
    const styles = catalog.entries.map((entry) => bySlug.get(entry.slug)!.style);
    expect(styles.filter((s) => s === 'function').length).toBeGreaterThanOrEqual(4);
    expect(styles.filter((s) => s === 'stdio').length).toBeGreaterThanOrEqual(3);
  });

  it('stores each package with its statement, limits and samples', async () => {
    const [version] = await database.db
      .select()
      .from(problemVersions)
      .innerJoin(problems, eq(problems.id, problemVersions.problemId))
      .where(eq(problems.slug, 'hut-spacing'));
    expect(version!.problems.title).toBe('Hut Spacing');
    expect(version!.problem_versions.statementMarkdown).toContain('# Hut Spacing');
    const { limits } = await readProblemPackage(path.join(repoPaths.problemsContent, 'hut-spacing'));
    expect(version!.problem_versions.timeLimitMs).toBe(limits.timeLimit! * 1000);
    const cases = await database.db
      .select({ name: testCases.name, isSample: testCases.isSample })
      .from(testCases)
      .where(eq(testCases.problemVersionId, version!.problem_versions.id))
      .orderBy(asc(testCases.position));
    expect(cases[0]).toEqual({ name: 'sample/1', isSample: true });
    expect(cases.filter((c) => !c.isSample).length).toBeGreaterThanOrEqual(5);
  });

  it('is idempotent: seeding again adds no version', async () => {
    const before = await versionCount();
    expect(await seedProblems(database.db, catalog)).toEqual({
      imported: 0,
      updated: 0,
      unchanged: catalog.entries.length,
    });
    expect(await versionCount()).toBe(before);
  });

  it('applies a catalog-only change of difficulty and tags, without a new version', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-problems-'));
    const entry = catalog.entries.find((e) => e.slug === 'rope-pairs')!;
    await cp(entry.dir, path.join(dir, entry.slug), { recursive: true });
    await writeFile(
      path.join(dir, 'catalog.yaml'),
      `problems:\n  - slug: ${entry.slug}\n    difficulty: 5\n    tags: [two-pointers]\n`,
    );
    const before = await versionCount();
    expect(await seedProblems(database.db, await loadProblemCatalog(dir))).toEqual({
      imported: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await versionCount()).toBe(before);
    const [row] = await database.db.select().from(problems).where(eq(problems.slug, entry.slug));
    expect(row!.difficulty).toBe(5);
    const tagged = await database.db
      .select({ slug: tags.slug })
      .from(problemTags)
      .innerJoin(tags, eq(tags.id, problemTags.tagId))
      .where(eq(problemTags.problemId, row!.id));
    expect(tagged.map((t) => t.slug)).toEqual(['two-pointers']);
    // And back: the catalog is the truth.
    expect((await seedProblems(database.db, catalog)).updated).toBe(1);
  });

  it('imports an edited package as a new version of the same problem', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-problems-'));
    const entry = catalog.entries.find((e) => e.slug === 'whiteout-summit')!;
    await cp(entry.dir, path.join(dir, entry.slug), { recursive: true });
    await writeFile(
      path.join(dir, 'catalog.yaml'),
      `problems:\n  - slug: ${entry.slug}\n    difficulty: 4\n`,
    );
    const statement = path.join(dir, entry.slug, 'problem_statement', 'problem.en.md');
    await writeFile(statement, `${await readFile(statement, 'utf8')}\nA clarified sentence.\n`);

    const before = await versionCount();
    expect(await seedProblems(database.db, await loadProblemCatalog(dir))).toEqual({
      imported: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(await versionCount()).toBe(before + 1);
    const versions = await database.db
      .select({ version: problemVersions.version })
      .from(problemVersions)
      .innerJoin(problems, eq(problems.id, problemVersions.problemId))
      .where(eq(problems.slug, entry.slug));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });

  it('refuses a broken package, naming its directory and the problem', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-problems-'));
    const entry = catalog.entries.find((e) => e.slug === 'whiteout-summit')!;
    await cp(entry.dir, path.join(dir, 'broken-limits'), { recursive: true });
    await writeFile(
      path.join(dir, 'catalog.yaml'),
      'problems:\n  - slug: broken-limits\n    difficulty: 2\n',
    );
    await writeFile(
      path.join(dir, 'broken-limits', 'problem.yaml'),
      'name: No limits\nvalidation: custom interactive\n',
    );

    const seeding = seedProblems(database.db, await loadProblemCatalog(dir));
    await expect(seeding).rejects.toThrow(ContentError);
    await expect(seeding).rejects.toThrow(/broken-limits: cannot be imported: .*limits\.time_limit/);
  });

  it("links every problem to the catalog's roadmap topics, main topic first", async () => {
    await seedProblems(database.db, catalog); // earlier tests seeded catalogs of their own
    const rows = await database.db
      .select({ problem: problems.slug, topic: topics.slug, position: problemTopics.position })
      .from(problemTopics)
      .innerJoin(problems, eq(problems.id, problemTopics.problemId))
      .innerJoin(topics, eq(topics.id, problemTopics.topicId))
      .orderBy(asc(problems.slug), asc(problemTopics.position));
    for (const entry of catalog.entries) {
      expect(
        rows.filter((row) => row.problem === entry.slug).map((row) => row.topic),
        entry.slug,
      ).toEqual(entry.topics);
    }
  });

  it('stores the pattern vocabulary with its groups, and moves a problem to new topics', async () => {
    await seedProblems(database.db, catalog);
    const [pattern] = await database.db
      .select({ group: tags.patternGroup, about: tags.patternAbout })
      .from(tags)
      .where(eq(tags.slug, 'monotonic-stack'));
    expect(pattern?.group).toBe('structure');
    expect(pattern?.about).toMatch(/next greater/);

    const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-problems-'));
    const entry = catalog.entries.find((e) => e.slug === 'rope-pairs')!;
    await cp(entry.dir, path.join(dir, entry.slug), { recursive: true });
    await writeFile(
      path.join(dir, 'catalog.yaml'),
      `problems:\n  - slug: ${entry.slug}\n    difficulty: ${entry.difficulty}\n    tags: [${entry.tags.join(', ')}]\n    topics: [ds-sets, ds-hash-maps]\n`,
    );
    expect(await seedProblems(database.db, await loadProblemCatalog(dir))).toEqual({
      imported: 0,
      updated: 1,
      unchanged: 0,
    });
    const linked = await database.db
      .select({ topic: topics.slug })
      .from(problemTopics)
      .innerJoin(problems, eq(problems.id, problemTopics.problemId))
      .innerJoin(topics, eq(topics.id, problemTopics.topicId))
      .where(eq(problems.slug, entry.slug))
      .orderBy(asc(problemTopics.position));
    expect(linked.map((row) => row.topic)).toEqual(['ds-sets', 'ds-hash-maps']);
    expect((await seedProblems(database.db, catalog)).updated).toBe(1);
  });

  it('refuses a topic the roadmap does not have, naming the entry, before importing anything', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-problems-'));
    const entry = catalog.entries.find((e) => e.slug === 'rope-pairs')!;
    await cp(entry.dir, path.join(dir, entry.slug), { recursive: true });
    await writeFile(
      path.join(dir, 'catalog.yaml'),
      `problems:\n  - slug: ${entry.slug}\n    difficulty: 1\n    topic: ds-quantum-heaps\n`,
    );
    const before = await versionCount();
    await expect(seedProblems(database.db, await loadProblemCatalog(dir))).rejects.toThrow(
      /"rope-pairs" names the topic "ds-quantum-heaps", which the roadmap does not have/,
    );
    expect(await versionCount()).toBe(before);
  });
});
