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
import type { Database } from '../../infra/db/database.js';
import type { ProblemSettings } from '../../infra/db/problem-settings.js';
import { type PackageFile, readPackageFiles, sha256Hex } from './package-files.js';
import {
  createProblemVersionRepository,
  type NewVersion,
  type ProblemMetadata,
  type ProblemVersionRepository,
} from './version-repository.js';

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

type FileEntry = PackageFile;

/**
 * Reads the package in `dir`, checks it and the options, runs the self-test when its content is new,
 * and stores it as the problem's next version (or only applies the difficulty and tags when the
 * content is already stored).
 */
export async function importProblemPackage(
  db: Database,
  dir: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const pkg = await readProblemPackage(dir);
  const { slug, metadata } = checkRequest(pkg, options);
  const prepared = await prepareVersion(pkg, slug);
  const versions = createProblemVersionRepository(db);
  const timeLimitMs = await settleTimeLimit(versions, pkg, prepared.contentHash, slug, options.selfTest);
  const stored = await versions.store({ ...prepared, timeLimitMs }, metadata);
  return { slug, ...stored };
}

/** The slug, difficulty, tags and limits, checked before anything is read or written. */
function checkRequest(
  pkg: ProblemPackage,
  options: ImportOptions,
): { slug: string; metadata: ProblemMetadata } {
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
  return {
    slug,
    metadata: { difficulty, tagSlugs: options.tags === undefined ? undefined : tagSlugs },
  };
}

/** Every file of the package read, hashed and sorted into test data and other files. */
async function prepareVersion(pkg: ProblemPackage, slug: string): Promise<Omit<NewVersion, 'timeLimitMs'>> {
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

  const markdown = pkg.statements.find((s) => s.format === 'markdown') ?? pkg.statements[0];
  return {
    slug,
    title: pkg.name.en ?? Object.values(pkg.name)[0] ?? slug,
    // Class and test-suite problems are solved in the function languages, so they share the function style.
    style: pkg.function || pkg.class || pkg.suite ? 'function' : 'stdio',
    contentHash,
    statementMarkdown: markdown?.text ?? '',
    memoryLimitMb: pkg.limits.memoryMiB,
    settings: settingsOf(pkg),
    testData: [...testData.values()],
    cases: cases.map(({ testCase, input, answer }) => ({
      name: testCase.name,
      isSample: testCase.group.startsWith('sample'),
      inputSha256: input.sha256,
      answerSha256: answer.sha256,
    })),
    files: otherFiles.map((file) => ({ path: file.relative, sha256: file.sha256, data: file.bytes })),
  };
}

/** The judge settings stored with the version (see infra/db/problem-settings.ts). */
function settingsOf(pkg: ProblemPackage): ProblemSettings {
  return {
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
    ...(pkg.class
      ? {
          class: {
            name: pkg.class.signature.name,
            constructor: pkg.class.signature.constructorParams.map((p) => ({
              name: p.name,
              type: formatType(p.type),
            })),
            methods: pkg.class.signature.methods.map((m) => ({
              name: m.name,
              params: m.params.map((p) => ({ name: p.name, type: formatType(p.type) })),
              ...(m.returns === undefined ? {} : { returns: formatType(m.returns) }),
            })),
            compare: pkg.class.compare,
          },
        }
      : {}),
    // A test-suite problem: which runtimes have a suite (TypeScript runs the JavaScript one).
    ...(pkg.suite ? { suite: { runtimes: Object.keys(pkg.suite.suites) } } : {}),
    scoring: pkg.scoring,
    interactive: pkg.interactive,
  };
}

/**
 * The version's time limit: the package's own, or the one its self-test derives. New content is
 * self-tested (when a self-test is given); known content passed it when it was first imported and
 * keeps the limit it derived then.
 */
async function settleTimeLimit(
  versions: ProblemVersionRepository,
  pkg: ProblemPackage,
  contentHash: string,
  slug: string,
  selfTest: ImportOptions['selfTest'],
): Promise<number> {
  let timeLimitMs = pkg.limits.timeLimit === undefined ? undefined : Math.round(pkg.limits.timeLimit * 1000);
  if (selfTest !== undefined) {
    const known = await versions.findByContent(slug, contentHash);
    if (known) timeLimitMs ??= known.timeLimitMs;
    else {
      const tested = await selfTest(pkg);
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
  return timeLimitMs;
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
