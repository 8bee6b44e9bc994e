/**
 * The problem versions as stored: every read and write of the problem, version, test-case, test-file,
 * package-file and tag tables that the import, the package store and the export make goes through
 * here (the catalogue's reads are `repository.ts`). A version is written whole in one transaction.
 */
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../infra/db/database.js';
import type { ProblemSettings } from '../../infra/db/problem-settings.js';
import {
  problems,
  problemTags,
  problemVersionFiles,
  problemVersions,
  tags,
  testCases,
  testFiles,
} from '../../infra/db/schema.js';

/** Everything a new version stores, prepared from a package by the import. */
export interface NewVersion {
  slug: string;
  title: string;
  style: 'function' | 'stdio';
  contentHash: string;
  statementMarkdown: string;
  timeLimitMs: number;
  memoryLimitMb: number;
  settings: ProblemSettings;
  /** Test files by SHA-256, stored once whichever version refers to them. */
  testData: ReadonlyArray<{ sha256: string; sizeBytes: number; content: string }>;
  cases: ReadonlyArray<{ name: string; isSample: boolean; inputSha256: string; answerSha256: string }>;
  /** Every other file of the package, so the whole package can be rebuilt. */
  files: ReadonlyArray<{ path: string; sha256: string; data: Buffer }>;
}

/** The catalogue's say over a problem: a difficulty and a tag list, applied when given. */
export interface ProblemMetadata {
  difficulty: number | undefined;
  tagSlugs: string[] | undefined;
}

export interface StoredVersion {
  version: number;
  created: boolean;
  /** The content was unchanged but the given difficulty or tags were not: the problem was updated. */
  updated: boolean;
}

const insertChunk = 50;

export function createProblemVersionRepository(db: Database) {
  return {
    /** The version of `slug` with this content, if it was imported before. */
    async findByContent(slug: string, contentHash: string) {
      const [known] = await db
        .select({ version: problemVersions.version, timeLimitMs: problemVersions.timeLimitMs })
        .from(problemVersions)
        .innerJoin(problems, eq(problemVersions.problemId, problems.id))
        .where(and(eq(problems.slug, slug), eq(problemVersions.contentHash, contentHash)));
      return known;
    },

    /**
     * Stores `next` as the problem's next version, in one transaction under the problem's row lock;
     * content the problem already has only gets the metadata applied.
     */
    store(next: NewVersion, metadata: ProblemMetadata): Promise<StoredVersion> {
      return db.transaction(async (tx) => {
        const same = await sameContent(tx, next.slug, next.contentHash);
        if (same !== undefined) {
          const updated = await updateMetadata(tx, same.problemId, metadata);
          return { version: same.version, created: false, updated };
        }
        const problemId = await upsertProblem(tx, next, metadata.difficulty);
        await insertTestFiles(tx, next.testData);
        const version = await nextVersionNumber(tx, problemId);
        const versionId = await insertVersion(tx, problemId, version, next);
        await insertCases(tx, versionId, next.cases);
        await insertFiles(tx, versionId, next.files);
        if (metadata.tagSlugs !== undefined) await setTags(tx, problemId, metadata.tagSlugs);
        return { version, created: true, updated: false };
      });
    },

    /** A version's content hash and time limit. */
    async findById(problemVersionId: number) {
      const [version] = await db
        .select({ contentHash: problemVersions.contentHash, timeLimitMs: problemVersions.timeLimitMs })
        .from(problemVersions)
        .where(eq(problemVersions.id, problemVersionId));
      return version;
    },

    /** What rebuilding a version's package needs besides the test data: its test cases and files. */
    async contentsOf(problemVersionId: number) {
      const cases = await db
        .select({ name: testCases.name, input: testCases.inputSha256, answer: testCases.answerSha256 })
        .from(testCases)
        .where(eq(testCases.problemVersionId, problemVersionId))
        .orderBy(asc(testCases.position));
      const files = await db
        .select({
          path: problemVersionFiles.path,
          sha256: problemVersionFiles.sha256,
          data: problemVersionFiles.data,
        })
        .from(problemVersionFiles)
        .where(eq(problemVersionFiles.problemVersionId, problemVersionId));
      return { cases, files };
    },

    /** The latest version of `slug`, or the one numbered `version`. */
    async findVersion(slug: string, version: number | undefined) {
      const [found] = await db
        .select({ id: problemVersions.id, version: problemVersions.version })
        .from(problemVersions)
        .innerJoin(problems, eq(problemVersions.problemId, problems.id))
        .where(
          and(
            eq(problems.slug, slug),
            version === undefined ? undefined : eq(problemVersions.version, version),
          ),
        )
        .orderBy(desc(problemVersions.version))
        .limit(1);
      return found;
    },
  };
}

export type ProblemVersionRepository = ReturnType<typeof createProblemVersionRepository>;

/** The problem's id and the version number when it already holds this content (the row is locked). */
async function sameContent(tx: Transaction, slug: string, contentHash: string) {
  const [existing] = await tx
    .select({ id: problems.id })
    .from(problems)
    .where(eq(problems.slug, slug))
    .for('update');
  if (existing === undefined) return undefined;
  const [same] = await tx
    .select({ version: problemVersions.version })
    .from(problemVersions)
    .where(and(eq(problemVersions.problemId, existing.id), eq(problemVersions.contentHash, contentHash)));
  return same === undefined ? undefined : { problemId: existing.id, version: same.version };
}

async function upsertProblem(tx: Transaction, next: NewVersion, difficulty: number | undefined) {
  const { slug, title, style } = next;
  const [problem] = await tx
    .insert(problems)
    .values({ slug, title, style, difficulty: difficulty ?? 2 })
    .onConflictDoUpdate({
      target: problems.slug,
      set: { title, style, updatedAt: sql`now()`, ...(difficulty === undefined ? {} : { difficulty }) },
    })
    .returning({ id: problems.id });
  return problem!.id;
}

async function insertTestFiles(tx: Transaction, rows: NewVersion['testData']) {
  for (let i = 0; i < rows.length; i += insertChunk) {
    await tx
      .insert(testFiles)
      .values(rows.slice(i, i + insertChunk))
      .onConflictDoNothing({ target: testFiles.sha256 });
  }
}

async function nextVersionNumber(tx: Transaction, problemId: number) {
  const [latest] = await tx
    .select({ max: sql<number | null>`max(${problemVersions.version})` })
    .from(problemVersions)
    .where(eq(problemVersions.problemId, problemId));
  return Number(latest?.max ?? 0) + 1;
}

async function insertVersion(tx: Transaction, problemId: number, version: number, next: NewVersion) {
  const [row] = await tx
    .insert(problemVersions)
    .values({
      problemId,
      version,
      contentHash: next.contentHash,
      statementMarkdown: next.statementMarkdown,
      timeLimitMs: next.timeLimitMs,
      memoryLimitMb: next.memoryLimitMb,
      settings: next.settings,
    })
    .returning({ id: problemVersions.id });
  return row!.id;
}

async function insertCases(tx: Transaction, problemVersionId: number, cases: NewVersion['cases']) {
  const rows = cases.map((testCase, index) => ({ problemVersionId, position: index + 1, ...testCase }));
  for (let i = 0; i < rows.length; i += insertChunk * 10) {
    await tx.insert(testCases).values(rows.slice(i, i + insertChunk * 10));
  }
}

async function insertFiles(tx: Transaction, problemVersionId: number, files: NewVersion['files']) {
  const rows = files.map((file) => ({ problemVersionId, sizeBytes: file.data.length, ...file }));
  for (let i = 0; i < rows.length; i += insertChunk) {
    await tx.insert(problemVersionFiles).values(rows.slice(i, i + insertChunk));
  }
}

/**
 * Applies a difficulty and a tag list given for content that did not change (an author edited only
 * the catalog). Tags given are the problem's tags from then on. True when anything changed.
 */
async function updateMetadata(
  tx: Transaction,
  problemId: number,
  metadata: ProblemMetadata,
): Promise<boolean> {
  const { difficulty, tagSlugs } = metadata;
  const [row] = await tx
    .select({ difficulty: problems.difficulty })
    .from(problems)
    .where(eq(problems.id, problemId));
  const current = (
    await tx
      .select({ slug: tags.slug })
      .from(problemTags)
      .innerJoin(tags, eq(problemTags.tagId, tags.id))
      .where(eq(problemTags.problemId, problemId))
  ).map((t) => t.slug);
  const difficultyChanged = difficulty !== undefined && row?.difficulty !== difficulty;
  const tagsChanged =
    tagSlugs !== undefined &&
    (tagSlugs.length !== current.length || tagSlugs.some((slug) => !current.includes(slug)));
  if (!difficultyChanged && !tagsChanged) return false;
  if (tagsChanged) await setTags(tx, problemId, tagSlugs);
  await tx
    .update(problems)
    .set({ updatedAt: sql`now()`, ...(difficultyChanged ? { difficulty } : {}) })
    .where(eq(problems.id, problemId));
  return true;
}

/** The problem's tags become exactly `tagSlugs`. */
async function setTags(tx: Transaction, problemId: number, tagSlugs: string[]): Promise<void> {
  const keep = tagSlugs.length === 0 ? [] : await tagIds(tx, tagSlugs);
  await tx
    .delete(problemTags)
    .where(
      keep.length === 0
        ? eq(problemTags.problemId, problemId)
        : and(eq(problemTags.problemId, problemId), notInArray(problemTags.tagId, keep)),
    );
  await attachTags(tx, problemId, tagSlugs);
}

async function tagIds(tx: Transaction, tagSlugs: string[]): Promise<number[]> {
  await tx
    .insert(tags)
    .values(tagSlugs.map((slug) => ({ slug })))
    .onConflictDoNothing({ target: tags.slug });
  return (await tx.select({ id: tags.id }).from(tags).where(inArray(tags.slug, tagSlugs))).map((r) => r.id);
}

async function attachTags(tx: Transaction, problemId: number, tagSlugs: string[]): Promise<void> {
  if (tagSlugs.length === 0) return;
  const ids = await tagIds(tx, tagSlugs);
  await tx
    .insert(problemTags)
    .values(ids.map((tagId) => ({ problemId, tagId })))
    .onConflictDoNothing();
}
