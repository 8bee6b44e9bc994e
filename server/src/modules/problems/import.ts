/**
 * Loads a problem package (the judge's format) into the database: idempotent and versioned. The
 * package's canonical content hash decides: the same content is a no-op, changed content becomes a
 * new version (older versions and their test cases stay, so a submission keeps what it was judged
 * against). Test files are stored once by SHA-256, whichever package or version refers to them;
 * every other file of the package (validators, submissions, attachments, …) is stored with its
 * version in problem_version_files, so the whole package can be rebuilt from the database.
 */
import path from 'node:path';
import { formatType, type ProblemPackage, readProblemPackage, type TestCase } from '@winterarc/judge';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
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
import { type PackageFile, readPackageFiles, sha256Hex } from './package-files.js';

/** A package that reads fine but cannot be imported as it is; the message says what to do. */
export class ProblemImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProblemImportError';
  }
}

export interface ImportOptions {
  /** Defaults to the package directory's name in lowercase-kebab form. */
  slug?: string;
  /** 1 to 5; a new problem gets 2 when absent, an existing one keeps its own. */
  difficulty?: number;
  tags?: string[];
  /**
   * Runs after the package is read and before anything is written, only when its content is new
   * (an unchanged package is a no-op without it); throwing refuses the import.
   */
  selfTest?: (problem: ProblemPackage) => Promise<SelfTestOutcome | undefined>;
}

/** What a self-test tells the import: the time limit it derived, for a package that gives none. */
export interface SelfTestOutcome {
  timeLimitMs?: number;
}

/** The time limit in ms when the database accepts it. @throws ProblemImportError otherwise. */
function checkTimeLimit(timeLimitMs: number): number {
  if (timeLimitMs < 100 || timeLimitMs > 60_000) {
    throw new ProblemImportError(
      `the time limit must be between 0.1 and 60 seconds, not ${timeLimitMs / 1000}.`,
    );
  }
  return timeLimitMs;
}

export interface ImportResult {
  slug: string;
  version: number;
  created: boolean;
  /** The content was unchanged but the given difficulty or tags were not: the problem was updated. */
  updated: boolean;
}

/** Test files are stored inline as text for now; larger or binary files wait for object storage. */
export const maxInlineTestFileBytes = 8 * 1024 * 1024;
/** Caps on the other files, which are stored as bytea rows beside their version. */
export const maxPackageFileBytes = 16 * 1024 * 1024;
export const maxPackageFilesTotalBytes = 64 * 1024 * 1024;

const slugFormat = /^[a-z0-9][a-z0-9-]{1,63}$/;
const tagFormat = /^[a-z0-9][a-z0-9-]{0,47}$/;
const insertChunk = 50;

type FileEntry = PackageFile;

export async function importProblemPackage(
  db: Database,
  dir: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const pkg = await readProblemPackage(dir);
  const slug = options.slug ?? slugFromDirectory(pkg.dir);
  if (!slugFormat.test(slug)) {
    throw new ProblemImportError(
      `"${slug}" is not a valid problem slug (2-64 of a-z, 0-9 and -, starting with a letter or digit); give one with --slug.`,
    );
  }
  const difficulty = options.difficulty;
  if (difficulty !== undefined && !(Number.isInteger(difficulty) && difficulty >= 1 && difficulty <= 5)) {
    throw new ProblemImportError(`difficulty must be an integer from 1 to 5, not ${difficulty}.`);
  }
  const tagSlugs = [...new Set(options.tags ?? [])];
  for (const tag of tagSlugs) {
    if (!tagFormat.test(tag)) {
      throw new ProblemImportError(`"${tag}" is not a valid tag (a-z, 0-9 and -, at most 48 characters).`);
    }
  }
  if (pkg.limits.timeLimit === undefined && options.selfTest === undefined) {
    throw new ProblemImportError(
      'the package gives no time limit (limits.time_limit in problem.yaml, or .timelimit) and the self-test that would derive one was skipped; set one, or import without --skip-self-test.',
    );
  }
  if (pkg.limits.timeLimit !== undefined) checkTimeLimit(Math.round(pkg.limits.timeLimit * 1000));
  const memoryLimitMb = pkg.limits.memoryMiB;
  if (!Number.isInteger(memoryLimitMb) || memoryLimitMb < 16 || memoryLimitMb > 4096) {
    throw new ProblemImportError(
      `limits.memory must be a whole number of MiB from 16 to 4096, not ${memoryLimitMb}.`,
    );
  }

  let allFiles: PackageFile[];
  try {
    allFiles = await readPackageFiles(pkg.dir);
  } catch (error) {
    throw new ProblemImportError(`the package could not be read: ${(error as Error).message}`);
  }
  const files = new Map(allFiles.map((file) => [file.relative, file]));
  const fileAt = (absolute: string) => {
    const relative = path.relative(pkg.dir, absolute).split(path.sep).join('/');
    const file = files.get(relative);
    if (file === undefined) throw new ProblemImportError(`${relative} changed while it was being read.`);
    return file;
  };
  const cases: Array<{ testCase: TestCase; input: FileEntry; answer: FileEntry }> = [];
  for (const testCase of pkg.testData.cases) {
    cases.push({ testCase, input: fileAt(testCase.input), answer: fileAt(testCase.answer) });
  }
  const testPaths = new Set(cases.flatMap(({ input, answer }) => [input.relative, answer.relative]));
  const otherFiles = allFiles.filter((file) => !testPaths.has(file.relative));
  checkOtherFileSizes(otherFiles);
  const contentHash = canonicalHash(allFiles);

  const testData = new Map<string, { sha256: string; sizeBytes: number; content: string }>();
  for (const { input, answer } of cases) {
    for (const file of [input, answer]) {
      if (!testData.has(file.sha256)) {
        testData.set(file.sha256, {
          sha256: file.sha256,
          sizeBytes: file.bytes.length,
          content: inlineText(file),
        });
      }
    }
  }

  const title = pkg.name.en ?? Object.values(pkg.name)[0] ?? slug;
  const style = pkg.function ? ('function' as const) : ('stdio' as const);
  const markdown = pkg.statements.find((s) => s.format === 'markdown') ?? pkg.statements[0];
  const settings: ProblemSettings = {
    validatorFlags: pkg.validatorFlags,
    ...(pkg.function
      ? {
          function: {
            name: pkg.function.signature.name,
            params: pkg.function.signature.params.map((p) => ({ name: p.name, type: formatType(p.type) })),
            returns: formatType(pkg.function.signature.returns),
            compare: pkg.function.compare,
          },
        }
      : {}),
    scoring: pkg.scoring,
    interactive: pkg.interactive,
  };

  let timeLimitMs = pkg.limits.timeLimit === undefined ? undefined : Math.round(pkg.limits.timeLimit * 1000);
  if (options.selfTest !== undefined) {
    const [known] = await db
      .select({ version: problemVersions.version, timeLimitMs: problemVersions.timeLimitMs })
      .from(problemVersions)
      .innerJoin(problems, eq(problemVersions.problemId, problems.id))
      .where(and(eq(problems.slug, slug), eq(problemVersions.contentHash, contentHash)));
    // Known content passed its self-test when it was first imported (and kept the limit it derived).
    if (known) timeLimitMs ??= known.timeLimitMs;
    else {
      const tested = await options.selfTest(pkg);
      if (timeLimitMs === undefined) {
        if (tested?.timeLimitMs === undefined)
          throw new ProblemImportError(
            'the package gives no time limit and its self-test derived none; set limits.time_limit in problem.yaml.',
          );
        // Stored with the version; the judge's copy of the package carries it (package-store.ts).
        timeLimitMs = checkTimeLimit(tested.timeLimitMs);
      }
    }
  }
  if (timeLimitMs === undefined) throw new Error('unreachable: the time limit was checked above');

  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: problems.id })
      .from(problems)
      .where(eq(problems.slug, slug))
      .for('update');
    if (existing) {
      const [same] = await tx
        .select({ version: problemVersions.version })
        .from(problemVersions)
        .where(and(eq(problemVersions.problemId, existing.id), eq(problemVersions.contentHash, contentHash)));
      if (same) {
        const updated = await updateMetadata(tx, existing.id, difficulty, options.tags && tagSlugs);
        return { slug, version: same.version, created: false, updated };
      }
    }

    const [problem] = await tx
      .insert(problems)
      .values({ slug, title, style, difficulty: difficulty ?? 2 })
      .onConflictDoUpdate({
        target: problems.slug,
        set: { title, style, updatedAt: sql`now()`, ...(difficulty === undefined ? {} : { difficulty }) },
      })
      .returning({ id: problems.id });
    const problemId = problem!.id;

    const rows = [...testData.values()];
    for (let i = 0; i < rows.length; i += insertChunk) {
      await tx
        .insert(testFiles)
        .values(rows.slice(i, i + insertChunk))
        .onConflictDoNothing({ target: testFiles.sha256 });
    }

    const [latest] = await tx
      .select({ max: sql<number | null>`max(${problemVersions.version})` })
      .from(problemVersions)
      .where(eq(problemVersions.problemId, problemId));
    const version = Number(latest?.max ?? 0) + 1;
    const [versionRow] = await tx
      .insert(problemVersions)
      .values({
        problemId,
        version,
        contentHash,
        statementMarkdown: markdown?.text ?? '',
        timeLimitMs,
        memoryLimitMb,
        settings,
      })
      .returning({ id: problemVersions.id });

    const caseRows = cases.map(({ testCase, input, answer }, index) => ({
      problemVersionId: versionRow!.id,
      name: testCase.name,
      position: index + 1,
      isSample: testCase.group.startsWith('sample'),
      inputSha256: input.sha256,
      answerSha256: answer.sha256,
    }));
    for (let i = 0; i < caseRows.length; i += insertChunk * 10) {
      await tx.insert(testCases).values(caseRows.slice(i, i + insertChunk * 10));
    }

    const fileRows = otherFiles.map((file) => ({
      problemVersionId: versionRow!.id,
      path: file.relative,
      sha256: file.sha256,
      sizeBytes: file.bytes.length,
      data: file.bytes,
    }));
    for (let i = 0; i < fileRows.length; i += insertChunk) {
      await tx.insert(problemVersionFiles).values(fileRows.slice(i, i + insertChunk));
    }

    if (options.tags !== undefined) await setTags(tx, problemId, tagSlugs);
    return { slug, version, created: true, updated: false };
  });
}

/** `Two_Sum Function` → `two-sum-function`. */
export function slugFromDirectory(dir: string): string {
  return path
    .basename(path.resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** SHA-256 over the sorted (relative path, SHA-256 of the bytes) list: independent of read order. */
export function canonicalHash(entries: ReadonlyArray<{ relative: string; sha256: string }>): string {
  const lines = entries
    .map((e) => `${e.relative}\0${e.sha256}\n`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(Buffer.from(lines.join(''), 'utf8'));
}

const sha256 = sha256Hex;

// ignoreBOM keeps a leading byte-order mark in the text, so the stored text has the file's exact bytes.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function checkOtherFileSizes(files: readonly PackageFile[]): void {
  let total = 0;
  for (const file of files) {
    if (file.bytes.length > maxPackageFileBytes) {
      throw new ProblemImportError(
        `${file.relative} is ${file.bytes.length} bytes; a package file other than test data may be at most 16 MiB.`,
      );
    }
    total += file.bytes.length;
  }
  if (total > maxPackageFilesTotalBytes) {
    throw new ProblemImportError(
      `the package's files other than test data add up to ${total} bytes, over the 64 MiB limit; remove what judging does not need.`,
    );
  }
}

function inlineText(file: FileEntry): string {
  if (file.bytes.length > maxInlineTestFileBytes) {
    throw new ProblemImportError(
      `${file.relative} is ${file.bytes.length} bytes; test files larger than 8 MiB cannot be imported yet.`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    throw new ProblemImportError(
      `${file.relative} is not UTF-8 text; binary test files cannot be imported yet.`,
    );
  }
  if (text.includes('\0')) {
    throw new ProblemImportError(
      `${file.relative} contains a NUL byte; binary test files cannot be imported yet.`,
    );
  }
  return text;
}

/**
 * Applies a difficulty and a tag list given for content that did not change (an author edited only
 * the catalog). Tags given are the problem's tags from then on. True when anything changed.
 */
async function updateMetadata(
  tx: Transaction,
  problemId: number,
  difficulty: number | undefined,
  tagSlugs: string[] | undefined,
): Promise<boolean> {
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
