import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisCache } from '../../infra/cache/redis-cache.js';
import { problems } from '../../infra/db/schema.js';
import { problemTypes } from '../../infra/http/problem.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { importProblemPackage } from './import.js';
import { invalidateProblemCache } from './response-cache.js';

const conformance = fileURLToPath(new URL('../../../../judge/src/conformance/packages/', import.meta.url));

/** The catalogue the tests read: the judge's conformance packages with a difficulty and tags each. */
const catalogue = [
  { dir: 'sum-stdio', difficulty: 1, tags: ['math'] },
  { dir: 'two-sum-function', difficulty: 2, tags: ['arrays', 'hash-map'] },
  { dir: 'closest-float', difficulty: 2, tags: ['math'] },
  { dir: 'linked-list-function', difficulty: 3, tags: ['linked-list'] },
  { dir: 'guess-number', difficulty: 3, tags: ['binary-search'] },
  { dir: 'custom-checker', difficulty: 4, tags: [] },
  { dir: 'scoring-groups', difficulty: 5, tags: ['math', 'counting'] },
] as const;

/**
 * The test database comes seeded with the starter problems; this file states exactly which problems
 * exist, so it removes them first (nothing has been submitted to them in a fresh test database).
 */
async function clearProblems(app: TestApp) {
  await app.database.db.delete(problems);
}

async function importCatalogue(app: TestApp) {
  await clearProblems(app);
  for (const { dir, difficulty, tags } of catalogue) {
    await importProblemPackage(app.database.db, path.join(conformance, dir), { difficulty, tags: [...tags] });
  }
}

/** A private copy of a conformance package that a test may change. */
async function copyPackage(name: string, as: string): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'winterarc-problem-')), as);
  await cp(path.join(conformance, name), dir, { recursive: true });
  return dir;
}

type Item = {
  slug: string;
  title: string;
  difficulty: number;
  style: string;
  tags: string[];
  version: number;
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await importCatalogue(t);
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
const slugsOf = async (url: string) => (await get(url)).json().data.map((item: Item) => item.slug);

describe('the problem list', () => {
  it('lists every problem to anyone, easiest first, with its tags and latest version', async () => {
    const response = await get('/api/v1/problems');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.nextCursor).toBeNull();
    expect(body.data.map((item: Item) => item.slug)).toEqual([
      'sum-stdio',
      'closest-float',
      'two-sum-function',
      'guess-number',
      'linked-list-function',
      'custom-checker',
      'scoring-groups',
    ]);
    expect(body.data[2]).toEqual({
      slug: 'two-sum-function',
      title: 'Two Sum',
      style: 'function',
      difficulty: 2,
      tags: ['arrays', 'hash-map'],
      topics: [],
      version: 1,
    });
  });

  it('filters by tag, difficulty, style and text in the title, and combines them', async () => {
    expect(await slugsOf('/api/v1/problems?tag=math')).toEqual([
      'sum-stdio',
      'closest-float',
      'scoring-groups',
    ]);
    expect(await slugsOf('/api/v1/problems?difficulty=2')).toEqual(['closest-float', 'two-sum-function']);
    expect(await slugsOf('/api/v1/problems?style=function')).toEqual([
      'two-sum-function',
      'linked-list-function',
    ]);
    expect(await slugsOf('/api/v1/problems?q=SUM')).toEqual(['sum-stdio', 'two-sum-function']);
    expect(await slugsOf('/api/v1/problems?tag=math&difficulty=1&style=stdio&q=integers')).toEqual([
      'sum-stdio',
    ]);
    expect(await slugsOf('/api/v1/problems?tag=no-such-tag')).toEqual([]);
    // % and _ are text to look for, not wildcards.
    expect(await slugsOf('/api/v1/problems?q=%25')).toEqual([]);
  });

  it('pages through the whole list with cursors, in any sort order, without gaps or repeats', async () => {
    for (const sort of ['difficulty', 'title', 'slug']) {
      for (const direction of ['asc', 'desc']) {
        const all = await slugsOf(`/api/v1/problems?sort=${sort}&direction=${direction}&limit=100`);
        const paged: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const response = await get(
            `/api/v1/problems?sort=${sort}&direction=${direction}&limit=3${cursor === null ? '' : `&cursor=${cursor}`}`,
          );
          expect(response.statusCode).toBe(200);
          const body: { data: Item[]; nextCursor: string | null } = response.json();
          paged.push(...body.data.map((item) => item.slug));
          cursor = body.nextCursor;
          pages += 1;
        } while (cursor !== null);
        expect(pages).toBe(3);
        expect(paged).toEqual(all);
      }
    }
    const byTitle = await get('/api/v1/problems?sort=title');
    expect(byTitle.json().data.map((item: Item) => item.title)).toEqual([
      'Average',
      'Guess the Number',
      'Reverse a Linked List',
      'Spread Out',
      'Sum of Two Integers',
      'Two Sum',
      'Zero Pairs',
    ]);
  });

  it('refuses bad filters with a 400 naming each wrong field', async () => {
    const response = await get(
      '/api/v1/problems?difficulty=6&style=graph&tag=Not%20A%20Tag&limit=0&colour=red',
    );
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.type).toBe(problemTypes.validation);
    const fields = problem.errors.map((error: { field: string }) => error.field).sort();
    expect(fields).toEqual(['colour', 'difficulty', 'limit', 'style', 'tag']);
    expect(problem.errors.every((error: { in: string }) => error.in === 'querystring')).toBe(true);
  });

  it("refuses another sort order's cursor", async () => {
    const first = (await get('/api/v1/problems?limit=2')).json();
    const response = await get(`/api/v1/problems?limit=2&sort=title&cursor=${first.nextCursor}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('cursor');
  });
});

describe('one problem', () => {
  it('gives a function problem its statement, samples as values, limits, signature and starter code', async () => {
    const response = await get('/api/v1/problems/two-sum-function');
    expect(response.statusCode).toBe(200);
    const problem = response.json();
    expect(problem).toMatchObject({
      slug: 'two-sum-function',
      title: 'Two Sum',
      style: 'function',
      difficulty: 2,
      tags: ['arrays', 'hash-map'],
      version: 1,
      statementMarkdown: await readFile(
        path.join(conformance, 'two-sum-function/problem_statement/problem.en.md'),
        'utf8',
      ),
      limits: { timeMs: 1000, memoryMb: 256 },
      interactive: false,
      scoring: false,
      function: {
        name: 'solve',
        params: [
          { name: 'nums', type: 'list<int>' },
          { name: 'target', type: 'int' },
        ],
        returns: 'list<int>',
      },
    });
    expect(problem.samples).toEqual([
      {
        name: 'sample/1',
        input: '[[2,7,11,15],9]\n',
        answer: '[0, 1]\n',
        args: [[2, 7, 11, 15], 9],
        expected: [0, 1],
      },
    ]);
    expect(problem.languages.map((l: { id: string }) => l.id)).toEqual([
      'python',
      'javascript',
      'typescript',
    ]);
    const starter = Object.fromEntries(
      problem.languages.map((l: { id: string; starterCode: string }) => [l.id, l.starterCode]),
    );
    expect(starter.python).toContain('def solve(nums: list[int], target: int) -> list[int]:');
    expect(starter.javascript).toContain('function solve(nums, target) {');
    expect(starter.typescript).toContain('function solve(nums: number[], target: number): number[] {');
  });

  it('shows the node classes a linked-list problem uses', async () => {
    const problem = (await get('/api/v1/problems/linked-list-function')).json();
    const python = problem.languages.find((l: { id: string }) => l.id === 'python').starterCode;
    expect(python).toContain('# class ListNode:');
    expect(problem.samples[0]).toMatchObject({ args: [[1, 2, 3, 4, 5]], expected: [5, 4, 3, 2, 1] });
  });

  it('gives a class problem its class, its calls as samples, the function languages and class starters', async () => {
    await importProblemPackage(t.database.db, path.join(conformance, 'scoreboard-class'), {
      difficulty: 2,
      tags: [],
    });
    const problem = (await get('/api/v1/problems/scoreboard-class')).json();
    expect(problem).toMatchObject({
      style: 'function',
      function: null,
      class: {
        name: 'Scoreboard',
        constructorParams: [],
        methods: [
          {
            name: 'record',
            params: [
              { name: 'player', type: 'string' },
              { name: 'points', type: 'int' },
            ],
            returns: null,
          },
          { name: 'total', params: [{ name: 'player', type: 'string' }], returns: 'int' },
          { name: 'leader', params: [], returns: 'string' },
        ],
      },
    });
    expect(problem.samples[0].args[0]).toEqual(['Scoreboard']);
    expect(problem.languages.map((l: { id: string }) => l.id)).toEqual([
      'python',
      'javascript',
      'typescript',
    ]);
    const python = problem.languages.find((l: { id: string }) => l.id === 'python').starterCode;
    expect(python).toContain('    def record(self, player: str, points: int) -> None:');
  });

  it('gives a test-suite problem the languages that have a suite and a note on the module to write', async () => {
    await importProblemPackage(t.database.db, path.join(conformance, 'call-counter-suite'), {
      difficulty: 2,
      tags: [],
    });
    const problem = (await get('/api/v1/problems/call-counter-suite')).json();
    expect(problem).toMatchObject({ style: 'function', function: null, class: null });
    const starter = Object.fromEntries(
      problem.languages.map((l: { id: string; starterCode: string }) => [l.id, l.starterCode]),
    );
    expect(Object.keys(starter)).toEqual(['python', 'javascript', 'typescript']);
    expect(starter.python).toContain('import it as `solution`');
    expect(starter.typescript).toContain('./solution.mjs');
  });

  it('gives a stdio problem its sample files as text and every language with a stdin template', async () => {
    const problem = (await get('/api/v1/problems/sum-stdio')).json();
    expect(problem.function).toBeNull();
    expect(problem.samples).toEqual([{ name: 'sample/1', input: '3 4\n', answer: '7\n' }]);
    expect(problem.languages.map((l: { id: string }) => l.id)).toEqual([
      'python',
      'javascript',
      'typescript',
      'c',
      'cpp',
      'java',
    ]);
    expect(problem.languages.find((l: { id: string }) => l.id === 'java')).toMatchObject({
      name: 'Java 17',
      starterCode: expect.stringContaining('public class Main'),
    });
  });

  it('says which problems are interactive and which are scored', async () => {
    expect((await get('/api/v1/problems/guess-number')).json()).toMatchObject({
      interactive: true,
      scoring: false,
    });
    expect((await get('/api/v1/problems/scoring-groups')).json()).toMatchObject({
      interactive: false,
      scoring: true,
    });
  });

  it('answers an unknown slug with 404 and a malformed one with 400', async () => {
    const missing = await get('/api/v1/problems/no-such-problem');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      type: problemTypes.notFound,
      detail: expect.stringContaining('no-such-problem'),
    });
    const malformed = await get('/api/v1/problems/Not_A_Slug');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0]).toMatchObject({ in: 'params', field: 'slug' });
  });
});

describe('ETag and If-None-Match', () => {
  for (const url of ['/api/v1/problems?tag=math', '/api/v1/problems/two-sum-function']) {
    it(`answers 304 with no body when the copy is current (${url})`, async () => {
      const first = await get(url);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(first.headers['cache-control']).toBe('no-cache');

      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      // A weak form of the tag (as a proxy may send it), in a list, still matches.
      expect((await get(url, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);

      const stale = await get(url, { 'if-none-match': '"something-else"' });
      expect(stale.statusCode).toBe(200);
      expect(stale.json()).toEqual(first.json());
    });
  }

  it('gives different documents different tags', async () => {
    const a = await get('/api/v1/problems/two-sum-function');
    const b = await get('/api/v1/problems/sum-stdio');
    const list = await get('/api/v1/problems?tag=math');
    expect(new Set([a.headers.etag, b.headers.etag, list.headers.etag]).size).toBe(3);
  });
});

describe('caching', () => {
  it('serves the new version as soon as a changed package is re-imported', async () => {
    const dir = await copyPackage('two-sum-function', 'pair-sum');
    await importProblemPackage(t.database.db, dir, { difficulty: 3, tags: ['arrays'] });
    const before = await get('/api/v1/problems/pair-sum');
    const listBefore = await get('/api/v1/problems?tag=arrays');
    expect(before.json().version).toBe(1);

    const statement = path.join(dir, 'problem_statement/problem.en.md');
    await writeFile(statement, `${await readFile(statement, 'utf8')}\nA note added in version 2.\n`);
    await importProblemPackage(t.database.db, dir);

    const after = await get('/api/v1/problems/pair-sum', { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(after.json().version).toBe(2);
    expect(after.json().statementMarkdown).toContain('A note added in version 2.');
    expect(after.headers.etag).not.toBe(before.headers.etag);

    const listAfter = await get('/api/v1/problems?tag=arrays', {
      'if-none-match': listBefore.headers.etag as string,
    });
    expect(listAfter.statusCode).toBe(200);
    expect(listAfter.json().data.find((item: Item) => item.slug === 'pair-sum').version).toBe(2);
  });

  it('shows a new difficulty and tags at once when only those change (no new version)', async () => {
    const dir = await copyPackage('two-sum-function', 'tag-shift');
    await importProblemPackage(t.database.db, dir, { difficulty: 2, tags: ['arrays'] });
    const before = await get('/api/v1/problems/tag-shift');
    expect(before.json()).toMatchObject({ difficulty: 2, tags: ['arrays'] });

    const result = await importProblemPackage(t.database.db, dir, { difficulty: 4, tags: ['hashing'] });
    expect(result).toMatchObject({ created: false, updated: true, version: 1 });
    const after = await get('/api/v1/problems/tag-shift', { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({ difficulty: 4, tags: ['hashing'], version: 1 });
    expect(await slugsOf('/api/v1/problems?tag=hashing')).toContain('tag-shift');
  });

  it('keeps serving the cached document until the cache is invalidated, then the fresh one', async () => {
    const url = '/api/v1/problems/closest-float';
    expect((await get(url)).json().title).toBe('Average');
    expect(await slugsOf('/api/v1/problems?q=mean')).toEqual([]);
    // A change that adds no version (as an admin edit would): only the generation bump reveals it.
    await t.database.db
      .update(problems)
      .set({ title: 'Mean Value' })
      .where(eq(problems.slug, 'closest-float'));
    expect((await get(url)).json().title).toBe('Average');
    expect(await slugsOf('/api/v1/problems?q=mean')).toEqual([]);

    await invalidateProblemCache(t.cache);
    expect((await get(url)).json().title).toBe('Mean Value');
    expect(await slugsOf('/api/v1/problems?q=mean')).toEqual(['closest-float']);
  });
});

describe('with Redis unreachable', () => {
  let down: TestApp;
  beforeAll(async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    down = await startTestApp({}, { cache: createRedisCache(`redis://127.0.0.1:${port}`) });
    await clearProblems(down);
    await importProblemPackage(down.database.db, path.join(conformance, 'two-sum-function'), {
      tags: ['arrays'],
    });
  });
  afterAll(() => down.close());

  it('still answers every request, from the database, with ETags and 304', { timeout: 10_000 }, async () => {
    const list = await down.app.inject({ url: '/api/v1/problems' });
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((item: Item) => item.slug)).toEqual(['two-sum-function']);
    const detail = await down.app.inject({ url: '/api/v1/problems/two-sum-function' });
    expect(detail.statusCode).toBe(200);
    const revalidated = await down.app.inject({
      url: '/api/v1/problems/two-sum-function',
      headers: { 'if-none-match': detail.headers.etag as string },
    });
    expect(revalidated.statusCode).toBe(304);

    await down.database.db
      .update(problems)
      .set({ title: 'Two Sum, Again' })
      .where(eq(problems.slug, 'two-sum-function'));
    expect((await down.app.inject({ url: '/api/v1/problems/two-sum-function' })).json().title).toBe(
      'Two Sum, Again',
    );
    await invalidateProblemCache(down.cache);
  });
});

describe('OpenAPI', () => {
  it('documents both routes', async () => {
    const document = (await get('/openapi.json')).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/problems', '/api/v1/problems/{slug}']),
    );
    expect(document.paths['/api/v1/problems/{slug}'].get.responses).toHaveProperty('304');
  });
});
