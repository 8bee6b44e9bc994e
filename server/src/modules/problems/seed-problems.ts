/**
 * The starter problem set in `content/problems/`: reads `catalog.yaml`, checks it against the package
 * directories (each listed exactly once), and imports every listed package through
 * `importProblemPackage` with the catalog's difficulty and tags. Importing is idempotent, so seeding
 * twice adds no version. The format is documented in content/problems/README.md.
 */
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ProblemPackageError } from '@winterarc/judge';
import { Ajv } from 'ajv';
import { type Static, Type } from 'typebox';
import type { Database } from '../../infra/db/database.js';
import { ContentError, explain, readYaml } from '../roadmap/content.js';
import { createCatalogRepository } from './catalog-repository.js';
import { importProblemPackage, ProblemImportError } from './import.js';

export const catalogFileName = 'catalog.yaml';
/** The closed vocabulary of pattern tags; when the folder has one, every catalog tag must be in it. */
export const patternsFileName = 'patterns.yaml';

const topicSlug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,47}$' });

// The same formats import.ts enforces, checked here first so a catalog mistake names the catalog.
const entrySchema = Type.Object(
  {
    slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }),
    difficulty: Type.Integer({ minimum: 1, maximum: 5 }),
    tags: Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,47}$' }), {
      maxItems: 8,
      uniqueItems: true,
      default: [],
    }),
    topic: Type.Optional(topicSlug),
    topics: Type.Optional(Type.Array(topicSlug, { minItems: 1, maxItems: 4, uniqueItems: true })),
  },
  { additionalProperties: false },
);
const catalogSchema = Type.Object(
  { problems: Type.Array(entrySchema, { minItems: 1 }) },
  { additionalProperties: false },
);

const checkCatalog = new Ajv({ allErrors: true, useDefaults: true, strict: false }).compile(catalogSchema);

const patternSchema = Type.Object(
  {
    slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,47}$' }),
    group: Type.Union([
      Type.Literal('structure'),
      Type.Literal('graph'),
      Type.Literal('technique'),
      Type.Literal('python'),
      Type.Literal('format'),
    ]),
    about: Type.String({ minLength: 10, maxLength: 200 }),
  },
  { additionalProperties: false },
);
const patternsSchema = Type.Object(
  { patterns: Type.Array(patternSchema, { minItems: 1 }) },
  { additionalProperties: false },
);
const checkPatterns = new Ajv({ allErrors: true, strict: false }).compile(patternsSchema);

export type Pattern = Static<typeof patternSchema>;

/** The folder's pattern vocabulary, or undefined when it has none (then any kebab-case tag goes). */
export async function loadPatterns(problemsDir: string): Promise<Pattern[] | undefined> {
  const file = path.join(problemsDir, patternsFileName);
  try {
    await access(file);
  } catch {
    return undefined;
  }
  const document = await readYaml(file);
  if (!checkPatterns(document)) throw new ContentError(file, explain(checkPatterns.errors));
  const patterns = (document as Static<typeof patternsSchema>).patterns;
  const seen = new Set<string>();
  for (const pattern of patterns) {
    if (seen.has(pattern.slug)) throw new ContentError(file, `"${pattern.slug}" is listed twice`);
    seen.add(pattern.slug);
  }
  return patterns;
}

export interface CatalogEntry {
  slug: string;
  difficulty: number;
  tags: string[];
  /** The roadmap topics the problem practises, its main topic first (`topic` or `topics`). */
  topics: string[];
  /** Absolute path of the package directory. */
  dir: string;
}

/** catalog.yaml's entries in order, and the pattern vocabulary when the folder has one. */
export interface ProblemCatalog {
  /** Path of catalog.yaml, for messages. */
  file: string;
  entries: CatalogEntry[];
  patterns: Pattern[] | undefined;
}

/** The catalog in its own order; a ContentError when it and the directories disagree. */
export async function loadProblemCatalog(problemsDir: string): Promise<ProblemCatalog> {
  const file = path.join(problemsDir, catalogFileName);
  try {
    await access(file);
  } catch {
    throw new ContentError(
      file,
      'does not exist: WINTERARC_PROBLEMS_DIR must name a folder holding catalog.yaml and the packages (default content/problems)',
    );
  }
  const catalog = await readYaml(file);
  if (!checkCatalog(catalog)) throw new ContentError(file, explain(checkCatalog.errors));
  const entries = (catalog as Static<typeof catalogSchema>).problems;
  for (const entry of entries) {
    if (entry.topic !== undefined && entry.topics !== undefined) {
      throw new ContentError(
        file,
        `"${entry.slug}" gives both topic and topics: give one topic, or a list (the main topic first)`,
      );
    }
  }

  const directories = new Set(
    (await readdir(problemsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name),
  );
  const listed = new Set<string>();
  for (const entry of entries) {
    if (listed.has(entry.slug)) throw new ContentError(file, `"${entry.slug}" is listed twice`);
    if (!directories.has(entry.slug)) {
      throw new ContentError(
        file,
        `lists "${entry.slug}" but ${problemsDir} has no such directory: add the package or remove the entry`,
      );
    }
    listed.add(entry.slug);
  }
  const patterns = await loadPatterns(problemsDir);
  if (patterns !== undefined) {
    const known = new Set(patterns.map((pattern) => pattern.slug));
    for (const entry of entries) {
      const unknown = entry.tags.filter((tag) => !known.has(tag));
      if (unknown.length > 0) {
        throw new ContentError(
          file,
          `"${entry.slug}" has the tag${unknown.length > 1 ? 's' : ''} ${unknown.map((tag) => `"${tag}"`).join(', ')}, which ${patternsFileName} does not list: use a listed pattern or add it there with what it means`,
        );
      }
    }
  }
  const unlisted = [...directories].filter((name) => !listed.has(name)).sort();
  if (unlisted.length > 0) {
    throw new ContentError(
      file,
      `does not list ${unlisted.map((name) => `"${name}"`).join(', ')}: add an entry (slug, difficulty, tags) for each package`,
    );
  }
  return {
    file,
    patterns,
    entries: entries.map(({ slug, difficulty, tags, topic, topics }) => ({
      slug,
      difficulty,
      tags,
      topics: topics ?? (topic === undefined ? [] : [topic]),
      dir: path.join(problemsDir, slug),
    })),
  };
}

export interface ProblemSeedReport {
  /** Packages imported as a new problem or a new version of one. */
  imported: number;
  /** Packages whose content was already in the database, with only the catalog's difficulty or tags changed. */
  updated: number;
  /** Packages already in the database exactly as the catalog describes them. */
  unchanged: number;
}

/**
 * Imports every package of the catalog, then links each problem to its roadmap topics. The roadmap
 * must be seeded first: a topic it does not have is a ContentError naming the entry.
 */
export async function seedProblems(db: Database, catalog: ProblemCatalog): Promise<ProblemSeedReport> {
  const links = createCatalogRepository(db);
  const unknown = await links.unknownTopics(catalog.entries.flatMap((entry) => entry.topics));
  if (unknown.length > 0) {
    const entry = catalog.entries.find((e) => e.topics.some((topic) => unknown.includes(topic)))!;
    const topic = entry.topics.find((t) => unknown.includes(t))!;
    throw new ContentError(
      catalog.file,
      `"${entry.slug}" names the topic "${topic}", which the roadmap does not have: use a topic slug from content/roadmap/weeks/`,
    );
  }
  if (catalog.patterns !== undefined) await links.savePatterns(catalog.patterns);

  const report: ProblemSeedReport = { imported: 0, updated: 0, unchanged: 0 };
  for (const entry of catalog.entries) {
    try {
      const result = await importProblemPackage(db, entry.dir, {
        slug: entry.slug,
        difficulty: entry.difficulty,
        tags: entry.tags,
      });
      const topicsChanged = await links.setProblemTopics(entry.slug, entry.topics);
      const changed = result.updated || (topicsChanged && !result.created);
      report[result.created ? 'imported' : changed ? 'updated' : 'unchanged'] += 1;
    } catch (error) {
      if (error instanceof ProblemPackageError || error instanceof ProblemImportError)
        throw new ContentError(entry.dir, `cannot be imported: ${error.message}`);
      throw error;
    }
  }
  return report;
}

/** The one line `winterarc seed` prints. */
export function describeProblemSeed(problemsDir: string, report: ProblemSeedReport): string {
  const updated = report.updated > 0 ? `, ${report.updated} with new difficulty, tags or topics` : '';
  return `Problems seeded from ${problemsDir}: ${report.imported} new versions${updated}, ${report.unchanged} unchanged.`;
}
