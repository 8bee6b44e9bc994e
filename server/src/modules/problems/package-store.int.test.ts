import { chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createJudge,
  createSandbox,
  type ProblemPackage,
  readProblemPackage,
  verifyPackage,
} from '@winterarc/judge';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../infra/db/database.js';
import { problems, problemVersionFiles, problemVersions } from '../../infra/db/schema.js';
import { openTestDatabase } from '../../test/test-app.js';
import { exportProblemPackage, ProblemExportError } from './export.js';
import { importProblemPackage } from './import.js';
import { openPackageSource } from './package-source.js';
import { materializeProblemVersion } from './package-store.js';
import { databaseTestDataSource, type TestDataSource } from './test-data-source.js';

const conformance = fileURLToPath(new URL('../../../../judge/src/conformance/packages/', import.meta.url));

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
  for (const name of ['custom-checker', 'guess-number']) {
    await importProblemPackage(database.db, path.join(conformance, name));
  }
});
afterAll(() => database.close());

/** A fresh directory, private to the judge's user as a cache root is (the sandbox never reads it). */
async function scratch(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `winterarc-${name}-`));
  await chmod(dir, 0o700);
  return dir;
}

/** Every entry under `root` with its type and permission bits. */
async function modesUnder(root: string): Promise<Array<[string, string, number]>> {
  const found: Array<[string, string, number]> = [];
  for (const entry of await readdir(root, { recursive: true })) {
    const st = await lstat(path.join(root, entry));
    found.push([entry, st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other', st.mode & 0o777]);
  }
  return found;
}

async function versionId(slug: string, version = 1): Promise<number> {
  const [row] = await database.db
    .select({ id: problemVersions.id })
    .from(problemVersions)
    .innerJoin(problems, eq(problemVersions.problemId, problems.id))
    .where(and(eq(problems.slug, slug), eq(problemVersions.version, version)));
  return row!.id;
}

/** A package without a time limit, imported with the limit its self-test derived, judges with it. */
describe('a derived time limit', () => {
  it('travels with the stored package: the judge reads it from the materialized .timelimit', async () => {
    const dir = path.join(await scratch('no-limit'), 'derived-sum');
    await cp(path.join(conformance, 'sum-stdio'), dir, { recursive: true });
    const yamlFile = path.join(dir, 'problem.yaml');
    await writeFile(yamlFile, (await readFile(yamlFile, 'utf8')).replace(/^ {2}time_limit:.*\n/m, ''));
    await importProblemPackage(database.db, dir, { selfTest: async () => ({ timeLimitMs: 3000 }) });
    const materialized = await materializeProblemVersion(
      database.db,
      await versionId('derived-sum'),
      await scratch('cache'),
    );
    expect((await readProblemPackage(materialized)).limits.timeLimit).toBe(3);
  });
});

/** The database source, counting what it is asked for. */
function countingSource(): TestDataSource & { requested: string[]; calls: number } {
  const inner = databaseTestDataSource(database.db);
  const counter = {
    requested: [] as string[],
    calls: 0,
    fetch: async (sha256s: readonly string[]) => {
      counter.calls += 1;
      counter.requested.push(...sha256s);
      return inner.fetch(sha256s);
    },
  };
  return counter;
}

/** What judging depends on, with absolute paths replaced by file contents. */
async function judgedShape(pkg: ProblemPackage) {
  const program = (p: { path: string; files: string[]; language?: string }) => ({
    path: p.path,
    files: p.files,
    language: p.language,
  });
  return {
    name: pkg.name,
    interactive: pkg.interactive,
    limits: pkg.limits,
    validatorFlags: pkg.validatorFlags,
    outputValidation:
      pkg.outputValidation.kind === 'custom'
        ? { kind: 'custom', program: program(pkg.outputValidation.program) }
        : { kind: 'default' },
    inputValidators: pkg.inputValidators.map(program),
    submissions: pkg.submissions.map((s) => ({ ...program(s), expected: s.expected })),
    statements: pkg.statements.map((s) => ({ path: s.path, text: s.text })),
    cases: await Promise.all(
      pkg.testData.cases.map(async (c) => ({
        name: c.name,
        input: await readFile(c.input, 'utf8'),
        answer: await readFile(c.answer, 'utf8'),
        args: c.outputValidatorArgs,
      })),
    ),
  };
}

describe('rebuilding a stored package', () => {
  it.each([
    ['custom-checker', 'custom'],
    ['guess-number', 'custom'],
  ])(
    'rebuilds %s with its validators, submissions and test data as the judge reads them',
    async (name, kind) => {
      await importProblemPackage(database.db, path.join(conformance, name));
      const cacheRoot = await scratch('cache');
      const dir = await materializeProblemVersion(database.db, await versionId(name), cacheRoot);

      const original = await readProblemPackage(path.join(conformance, name));
      const rebuilt = await readProblemPackage(dir);
      expect(rebuilt.outputValidation.kind).toBe(kind);
      expect(rebuilt.inputValidators).toHaveLength(1);
      expect(await judgedShape(rebuilt)).toEqual(await judgedShape(original));
      expect(rebuilt.warnings).toEqual(original.warnings);
      // Files the judge does not read (generators) are part of the package too.
      if (name === 'custom-checker') {
        expect(await readFile(path.join(dir, 'generators/generate.py'), 'utf8')).toBe(
          await readFile(path.join(conformance, name, 'generators/generate.py'), 'utf8'),
        );
      }
      expect(dir).toBe(path.join(cacheRoot, 'packages', path.basename(dir)));
    },
  );

  it("judges the rebuilt packages as the originals: every submission gets its folder's verdict", {
    timeout: 120_000,
  }, async () => {
    const cacheRoot = await scratch('cache');
    const judge = createJudge(createSandbox());
    try {
      for (const name of ['custom-checker', 'guess-number']) {
        const dir = await materializeProblemVersion(database.db, await versionId(name), cacheRoot);
        const report = await verifyPackage(judge, await readProblemPackage(dir));
        expect(report.checks.map((c) => [c.submission.path, c.result.verdict])).toEqual(
          report.checks.map((c) => [c.submission.path, c.expected === 'accepted' ? 'AC' : 'WA']),
        );
        expect(report.ok).toBe(true);
      }
    } finally {
      judge.close();
    }
  });

  it('writes hidden answers for the judge only: every directory 0700 and file 0600, even under umask 000', async () => {
    const cacheRoot = await scratch('cache');
    const umask = process.umask(0);
    let dir: string;
    try {
      dir = await materializeProblemVersion(database.db, await versionId('custom-checker'), cacheRoot);
    } finally {
      process.umask(umask);
    }
    const found = await modesUnder(cacheRoot);
    expect(found.some(([entry]) => entry.endsWith('.ans'))).toBe(true);
    expect(found.filter(([, type]) => type === 'file').length).toBeGreaterThan(4);
    expect(found.filter(([, type, mode]) => mode !== (type === 'dir' ? 0o700 : 0o600))).toEqual([]);
    expect(path.dirname(path.dirname(dir))).toBe(cacheRoot);
  });

  it('builds once per content: a second call fetches no test data and returns the same directory', async () => {
    const id = await versionId('custom-checker');
    const cacheRoot = await scratch('cache');
    const first = countingSource();
    const dir = await materializeProblemVersion(database.db, id, cacheRoot, { source: first });
    const pkg = await readProblemPackage(dir);
    const blobs = new Set(pkg.testData.cases.flatMap((c) => [c.input, c.answer]));
    expect(first.requested).toHaveLength(new Set(first.requested).size);
    expect(first.requested.length).toBeGreaterThan(0);
    expect(first.requested.length).toBeLessThanOrEqual(blobs.size);
    expect((await readdir(path.join(cacheRoot, 'blobs'))).sort()).toEqual(
      [...new Set(first.requested)].sort(),
    );

    const second = countingSource();
    expect(await materializeProblemVersion(database.db, id, cacheRoot, { source: second })).toBe(dir);
    expect(second.calls).toBe(0);
  });

  it('fetches only the blobs the local cache lacks', async () => {
    const cacheRoot = await scratch('cache');
    const source = countingSource();
    await materializeProblemVersion(database.db, await versionId('custom-checker'), cacheRoot, { source });
    const fetched = source.requested.length;

    // A copy with one changed answer: a new version whose other test files are already cached.
    const dir = path.join(await scratch('pkg'), 'custom-checker-edited');
    await cp(path.join(conformance, 'custom-checker'), dir, { recursive: true });
    await writeFile(path.join(dir, 'data/secret/01.ans'), 'a changed answer\n');
    await importProblemPackage(database.db, dir);
    const again = countingSource();
    await materializeProblemVersion(database.db, await versionId('custom-checker-edited'), cacheRoot, {
      source: again,
    });
    expect(fetched).toBeGreaterThan(1);
    expect(again.requested).toHaveLength(1);
  });

  it('gives concurrent callers the same complete directory and leaves no partial one', async () => {
    const id = await versionId('guess-number');
    const cacheRoot = await scratch('cache');
    const dirs = await Promise.all(
      [1, 2, 3].map(() => materializeProblemVersion(database.db, id, cacheRoot)),
    );
    expect(new Set(dirs).size).toBe(1);
    await readProblemPackage(dirs[0]!);
    expect(await readdir(path.join(cacheRoot, 'packages'))).toEqual([path.basename(dirs[0]!)]);
  });

  it('refuses test data whose content does not match its hash, and caches nothing', async () => {
    const cacheRoot = await scratch('cache');
    const lying: TestDataSource = {
      fetch: async (sha256s) => new Map(sha256s.map((sha) => [sha, Buffer.from('tampered\n')])),
    };
    await expect(
      materializeProblemVersion(database.db, await versionId('custom-checker'), cacheRoot, { source: lying }),
    ).rejects.toThrow(/arrived with different content .*; not cached/);
    expect(await readdir(cacheRoot)).toEqual(['blobs']);
    expect(await readdir(path.join(cacheRoot, 'blobs'))).toEqual([]);
  });

  it('refuses a version whose stored files do not make up its package, saying to import again', async () => {
    const dir = path.join(await scratch('pkg'), 'sum-stdio-legacy');
    await cp(path.join(conformance, 'sum-stdio'), dir, { recursive: true });
    await importProblemPackage(database.db, dir);
    const id = await versionId('sum-stdio-legacy');
    // As a version imported before whole packages were stored: only test data, no other files.
    await database.db.delete(problemVersionFiles).where(eq(problemVersionFiles.problemVersionId, id));
    const cacheRoot = await scratch('cache');
    await expect(materializeProblemVersion(database.db, id, cacheRoot)).rejects.toThrow(
      /cannot be rebuilt from the database .*; import its package again/,
    );
    expect(await readdir(path.join(cacheRoot, 'packages'))).toEqual([]);
  });
});

describe('exporting a stored package', () => {
  it('exports a directory that imports again as the same version', async () => {
    const out = path.join(await scratch('export'), 'custom-checker');
    expect(await exportProblemPackage(database.db, 'custom-checker', out)).toEqual({
      slug: 'custom-checker',
      version: 1,
      format: 'directory',
    });
    expect(await importProblemPackage(database.db, out)).toEqual({
      slug: 'custom-checker',
      version: 1,
      created: false,
      updated: false,
    });
  });

  it('exports a zip under one folder that imports again as the same version', async () => {
    const out = path.join(await scratch('export'), 'guess.zip');
    await exportProblemPackage(database.db, 'guess-number', out);
    const source = await openPackageSource(out);
    try {
      expect(source.name).toBe('guess-number');
      expect(await importProblemPackage(database.db, source.dir, { slug: source.name })).toEqual({
        slug: 'guess-number',
        version: 1,
        created: false,
        updated: false,
      });
    } finally {
      await source.close();
    }
  });

  it('exports the latest version, or an older one on request', async () => {
    const v1 = path.join(await scratch('export'), 'custom-checker-edited');
    await exportProblemPackage(database.db, 'custom-checker-edited', v1);
    await writeFile(path.join(v1, 'data/secret/01.ans'), 'changed again\n');
    expect(await importProblemPackage(database.db, v1)).toMatchObject({ version: 2, created: true });

    const latest = path.join(await scratch('export'), 'latest');
    expect(await exportProblemPackage(database.db, 'custom-checker-edited', latest)).toMatchObject({
      version: 2,
    });
    expect(await readFile(path.join(latest, 'data/secret/01.ans'), 'utf8')).toBe('changed again\n');
    const out = path.join(await scratch('export'), 'v1');
    await exportProblemPackage(database.db, 'custom-checker-edited', out, { version: 1 });
    expect(await readFile(path.join(out, 'data/secret/01.ans'), 'utf8')).toBe('a changed answer\n');
    await expect(
      exportProblemPackage(database.db, 'custom-checker-edited', path.join(out, 'x'), { version: 7 }),
    ).rejects.toThrow('problem "custom-checker-edited" has no version 7.');
  });

  it('never overwrites an existing non-empty path, and names an unknown problem', async () => {
    const taken = await scratch('export');
    await writeFile(path.join(taken, 'keep.txt'), 'mine');
    const attempt = exportProblemPackage(database.db, 'custom-checker', taken);
    await expect(attempt).rejects.toBeInstanceOf(ProblemExportError);
    await expect(attempt).rejects.toThrow(`${taken} already exists and is not empty; choose a new path.`);
    expect(await readdir(taken)).toEqual(['keep.txt']);

    const zip = path.join(taken, 'keep.txt');
    await expect(exportProblemPackage(database.db, 'custom-checker', zip)).rejects.toThrow(/already exists/);
    expect(await readFile(zip, 'utf8')).toBe('mine');

    const empty = path.join(taken, 'empty');
    await mkdir(empty);
    await exportProblemPackage(database.db, 'custom-checker', empty);
    expect(await readdir(empty)).toContain('problem.yaml');

    await expect(exportProblemPackage(database.db, 'no-such-problem', path.join(taken, 'n'))).rejects.toThrow(
      'there is no problem "no-such-problem"; import it first.',
    );
  });
});
