import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../infra/db/database.js';
import {
  problems,
  problemTags,
  problemVersionFiles,
  problemVersions,
  tags,
  testCases,
  testFiles,
} from '../../infra/db/schema.js';
import { openTestDatabase } from '../../test/test-app.js';
import { importProblemPackage, ProblemImportError } from './import.js';
import { databaseTestDataSource } from './test-data-source.js';

const conformance = fileURLToPath(new URL('../../../../judge/src/conformance/packages/', import.meta.url));
const twoSum = path.join(conformance, 'two-sum-function');

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** A private copy of a conformance package that a test may edit. */
async function copyPackage(name: string, as = name): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'winterarc-problem-')), as);
  await cp(path.join(conformance, name), dir, { recursive: true });
  return dir;
}

async function rowCounts() {
  const db = database.db;
  const [p] = await db.select({ n: count() }).from(problems);
  const [v] = await db.select({ n: count() }).from(problemVersions);
  const [c] = await db.select({ n: count() }).from(testCases);
  const [f] = await db.select({ n: count() }).from(testFiles);
  return { problems: p!.n, versions: v!.n, cases: c!.n, files: f!.n };
}

async function casesOf(slug: string, version: number) {
  return database.db
    .select({
      name: testCases.name,
      position: testCases.position,
      isSample: testCases.isSample,
      input: testCases.inputSha256,
      answer: testCases.answerSha256,
    })
    .from(testCases)
    .innerJoin(problemVersions, eq(testCases.problemVersionId, problemVersions.id))
    .innerJoin(problems, eq(problemVersions.problemId, problems.id))
    .where(and(eq(problems.slug, slug), eq(problemVersions.version, version)))
    .orderBy(asc(testCases.position));
}

describe('importing a problem package', () => {
  it('creates the problem, version 1 and its test cases in judging order, each file stored once', async () => {
    const before = await rowCounts();
    // The seeded bank may already hold some of these files (a tiny answer like `[0, 1]`): only the
    // others are new rows, since every file is stored once by its hash.
    const dataFiles = ['sample/1', ...[1, 2, 3, 4, 5, 6].map((n) => `secret/0${n}`)].flatMap((name) => [
      path.join(twoSum, 'data', `${name}.in`),
      path.join(twoSum, 'data', `${name}.ans`),
    ]);
    const hashes = new Set(await Promise.all(dataFiles.map((file) => sha256(file))));
    const stored = await database.db
      .select({ sha256: testFiles.sha256 })
      .from(testFiles)
      .where(inArray(testFiles.sha256, [...hashes]));
    const result = await importProblemPackage(database.db, twoSum, { tags: ['hashing', 'arrays'] });
    expect(result).toEqual({ slug: 'two-sum-function', version: 1, created: true, updated: false });

    const [problem] = await database.db.select().from(problems).where(eq(problems.slug, 'two-sum-function'));
    expect(problem).toMatchObject({ title: 'Two Sum', style: 'function', difficulty: 2 });
    const [version] = await database.db
      .select()
      .from(problemVersions)
      .where(eq(problemVersions.problemId, problem!.id));
    expect(version).toMatchObject({ version: 1, timeLimitMs: 1000, memoryLimitMb: 256 });
    expect(version!.statementMarkdown).toBe(
      await readFile(path.join(twoSum, 'problem_statement/problem.en.md'), 'utf8'),
    );
    expect(version!.settings).toMatchObject({
      function: { name: 'solve', returns: 'list<int>' },
      scoring: false,
      interactive: false,
    });

    const cases = await casesOf('two-sum-function', 1);
    expect(cases.map((c) => c.name)).toEqual([
      'sample/1',
      'secret/01',
      'secret/02',
      'secret/03',
      'secret/04',
      'secret/05',
      'secret/06',
    ]);
    expect(cases.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(cases.map((c) => c.isSample)).toEqual([true, false, false, false, false, false, false]);

    const first = cases[1]!;
    expect(first.input).toBe(await sha256(path.join(twoSum, 'data/secret/01.in')));
    const [firstInput] = await database.db.select().from(testFiles).where(eq(testFiles.sha256, first.input));
    expect(firstInput!.content).toBe(await readFile(path.join(twoSum, 'data/secret/01.in'), 'utf8'));

    const distinct = new Set(cases.flatMap((c) => [c.input, c.answer]));
    expect(distinct).toEqual(hashes);
    const after = await rowCounts();
    expect(after.files - before.files).toBe(distinct.size - stored.length);
    expect(after.cases - before.cases).toBe(7);

    const tagged = await database.db
      .select({ slug: tags.slug })
      .from(problemTags)
      .innerJoin(tags, eq(problemTags.tagId, tags.id))
      .where(eq(problemTags.problemId, problem!.id));
    expect(tagged.map((t) => t.slug).sort()).toEqual(['arrays', 'hashing']);
  });

  it('changes nothing when the same package is imported again', async () => {
    const before = await rowCounts();
    const result = await importProblemPackage(database.db, twoSum);
    expect(result).toEqual({ slug: 'two-sum-function', version: 1, created: false, updated: false });
    expect(await rowCounts()).toEqual(before);
  });

  it('ignores dotfiles, as the judge does: a package with .git and .DS_Store is unchanged', async () => {
    const dir = await copyPackage('two-sum-function');
    await writeFile(path.join(dir, '.DS_Store'), 'finder');
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
    expect(await importProblemPackage(database.db, dir)).toEqual({
      slug: 'two-sum-function',
      version: 1,
      created: false,
      updated: false,
    });
  });

  it('refuses a file name that could not be written back safely, naming it', async () => {
    const dir = await copyPackage('sum-stdio', 'odd-names');
    await writeFile(path.join(dir, 'notes\\..\\x.txt'), 'a Windows-style path');
    const before = await rowCounts();
    await expect(importProblemPackage(database.db, dir)).rejects.toThrow(
      'the package could not be read: "notes\\\\..\\\\x.txt" contains a backslash; use / between folders; rename it.',
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('makes a changed package a new version and keeps the old version and its test cases', async () => {
    const dir = await copyPackage('two-sum-function', 'changing-two-sum');
    const first = await importProblemPackage(database.db, dir);
    expect(first).toEqual({ slug: 'changing-two-sum', version: 1, created: true, updated: false });
    const v1 = await casesOf('changing-two-sum', 1);

    const answer = path.join(dir, 'data/secret/01.ans');
    await writeFile(answer, `${(await readFile(answer, 'utf8')).trim()}\n\n`);
    const second = await importProblemPackage(database.db, dir);
    expect(second).toEqual({ slug: 'changing-two-sum', version: 2, created: true, updated: false });

    expect(await casesOf('changing-two-sum', 1)).toEqual(v1);
    const v2 = await casesOf('changing-two-sum', 2);
    expect(v2.map((c) => c.name)).toEqual(v1.map((c) => c.name));
    expect(v2[1]!.answer).toBe(await sha256(answer));
    expect(v2[1]!.answer).not.toBe(v1[1]!.answer);
    expect(v2[2]).toEqual(v1[2]);

    expect(await importProblemPackage(database.db, dir)).toEqual({
      slug: 'changing-two-sum',
      version: 2,
      created: false,
      updated: false,
    });
  });

  it('stores test files shared by two packages once', async () => {
    const before = await rowCounts();
    const result = await importProblemPackage(database.db, twoSum, { slug: 'two-sum-twin', difficulty: 3 });
    expect(result).toEqual({ slug: 'two-sum-twin', version: 1, created: true, updated: false });
    const after = await rowCounts();
    expect(after.files).toBe(before.files);
    expect(after.cases - before.cases).toBe(7);
    const [problem] = await database.db.select().from(problems).where(eq(problems.slug, 'two-sum-twin'));
    expect(problem!.difficulty).toBe(3);
  });

  it('imports a stdio package', async () => {
    const result = await importProblemPackage(database.db, path.join(conformance, 'sum-stdio'));
    expect(result).toEqual({ slug: 'sum-stdio', version: 1, created: true, updated: false });
    const [problem] = await database.db.select().from(problems).where(eq(problems.slug, 'sum-stdio'));
    expect(problem!.style).toBe('stdio');
  });

  /** A copy of a conformance package whose problem.yaml gives no time limit. */
  const withoutTimeLimit = async (name: string, as: string) => {
    const dir = await copyPackage(name, as);
    const yamlFile = path.join(dir, 'problem.yaml');
    const yaml = await readFile(yamlFile, 'utf8');
    await writeFile(yamlFile, yaml.replace(/^ {2}time_limit:.*\n/m, ''));
    return dir;
  };

  it('rejects a package without a time limit when no self-test derives one, and writes nothing', async () => {
    const dir = await withoutTimeLimit('two-sum-function', 'no-time-limit');
    const before = await rowCounts();
    const attempt = importProblemPackage(database.db, dir);
    await expect(attempt).rejects.toBeInstanceOf(ProblemImportError);
    await expect(attempt).rejects.toThrow(/gives no time limit .* import without --skip-self-test/);
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps the time limit the self-test derived with the version', async () => {
    const dir = await withoutTimeLimit('sum-stdio', 'derived-limit');
    let runs = 0;
    const selfTest = async () => {
      runs += 1;
      return { timeLimitMs: 2000 };
    };
    const result = await importProblemPackage(database.db, dir, { selfTest });
    expect(result).toMatchObject({ created: true, version: 1 });
    const [version] = await database.db
      .select({ timeLimitMs: problemVersions.timeLimitMs })
      .from(problemVersions)
      .innerJoin(problems, eq(problemVersions.problemId, problems.id))
      .where(eq(problems.slug, 'derived-limit'));
    expect(version!.timeLimitMs).toBe(2000);
    // The same content again is the same version, without a second self-test.
    expect(await importProblemPackage(database.db, dir, { selfTest })).toMatchObject({ created: false });
    expect(runs).toBe(1);
  });

  it('stores every file that is not test data with its version, so validators and submissions travel too', async () => {
    const dir = path.join(conformance, 'custom-checker');
    await importProblemPackage(database.db, dir);
    const rows = await database.db
      .select({
        path: problemVersionFiles.path,
        sha256: problemVersionFiles.sha256,
        data: problemVersionFiles.data,
      })
      .from(problemVersionFiles)
      .innerJoin(problemVersions, eq(problemVersionFiles.problemVersionId, problemVersions.id))
      .innerJoin(problems, eq(problemVersions.problemId, problems.id))
      .where(eq(problems.slug, 'custom-checker'));
    expect(rows.map((r) => r.path).sort()).toEqual([
      'generators/generate.py',
      'input_validators/validate.py',
      'output_validators/checker/checker.py',
      'problem.yaml',
      'problem_statement/problem.en.md',
      'submissions/accepted/evens_then_odds.py',
      'submissions/accepted/odds_then_evens_descending.cpp',
      'submissions/wrong_answer/in_order.py',
    ]);
    const checker = rows.find((r) => r.path === 'output_validators/checker/checker.py')!;
    const original = await readFile(path.join(dir, checker.path));
    expect(Buffer.compare(checker.data, original)).toBe(0);
    expect(checker.sha256).toBe(await sha256(path.join(dir, checker.path)));
  });

  it('runs the self-test only for new content, and writes nothing when it refuses', async () => {
    const dir = await copyPackage('sum-stdio', 'self-tested');
    const before = await rowCounts();
    const refusing = importProblemPackage(database.db, dir, {
      selfTest: async () => {
        throw new ProblemImportError('self-test failed');
      },
    });
    await expect(refusing).rejects.toThrow('self-test failed');
    expect(await rowCounts()).toEqual(before);

    let runs = 0;
    const selfTest = async () => {
      runs += 1;
      return undefined;
    };
    expect(await importProblemPackage(database.db, dir, { selfTest })).toMatchObject({ created: true });
    expect(await importProblemPackage(database.db, dir, { selfTest })).toMatchObject({ created: false });
    expect(runs).toBe(1);
  });

  it('stores a link inside the package as a copy of its file, and refuses one that leaves it', async () => {
    const dir = await copyPackage('sum-stdio', 'linked-data');
    await rm(path.join(dir, 'data/secret/05.in'));
    await symlink('04.in', path.join(dir, 'data/secret/05.in'));
    await rm(path.join(dir, 'data/secret/05.ans'));
    await symlink('../secret/04.ans', path.join(dir, 'data/secret/05.ans'));
    await importProblemPackage(database.db, dir);
    const cases = await database.db
      .select({ name: testCases.name, input: testCases.inputSha256, answer: testCases.answerSha256 })
      .from(testCases)
      .innerJoin(problemVersions, eq(testCases.problemVersionId, problemVersions.id))
      .innerJoin(problems, eq(problemVersions.problemId, problems.id))
      .where(eq(problems.slug, 'linked-data'));
    const byName = new Map(cases.map((row) => [row.name, row]));
    expect(byName.get('secret/05')).toEqual({ ...byName.get('secret/04'), name: 'secret/05' });

    const leaving = await copyPackage('sum-stdio', 'leaving-link');
    await rm(path.join(leaving, 'data/secret/05.in'));
    await symlink('../../../sum-stdio/data/secret/04.in', path.join(leaving, 'data/secret/05.in'));
    await expect(importProblemPackage(database.db, leaving)).rejects.toThrow(
      /data\/secret\/05\.in: is a symbolic link that leads outside the package/,
    );
  });

  it('keeps a test file byte for byte, a leading byte-order mark included', async () => {
    const dir = await copyPackage('sum-stdio', 'bom-input');
    const input = path.join(dir, 'data/secret/01.in');
    await writeFile(input, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(input)]));
    await importProblemPackage(database.db, dir);
    const hash = await sha256(input);
    const fetched = await databaseTestDataSource(database.db).fetch([hash]);
    expect(Buffer.from(fetched.get(hash)!)).toEqual(await readFile(input));
  });
});
