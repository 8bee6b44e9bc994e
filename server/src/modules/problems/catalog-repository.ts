/**
 * The problem catalogue's links beyond a package's own content: the pattern vocabulary (tags with a
 * group and a one-line meaning) and the roadmap topics each problem practises. Written by the seed
 * from content/problems/patterns.yaml and catalog.yaml; read by the problem list's filters.
 */
import { and, asc, count, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import {
  type patternGroups,
  problems,
  problemTags,
  problemTopics,
  tags,
  topics,
} from '../../infra/db/schema.js';

export type PatternGroup = (typeof patternGroups)[number];

export interface PatternDefinition {
  slug: string;
  group: PatternGroup;
  about: string;
}

export interface PatternRow extends PatternDefinition {
  /** How many problems carry the pattern: the filter offers only patterns some problem has. */
  problems: number;
}

export function createCatalogRepository(db: Database) {
  return {
    /**
     * Makes the vocabulary's patterns known with their group and meaning. A pattern dropped from the
     * vocabulary keeps its tag row (problems may still name it until reseeded) but loses its group.
     */
    async savePatterns(patterns: PatternDefinition[]): Promise<void> {
      await db.transaction(async (tx) => {
        const listed = patterns.map((pattern) => pattern.slug);
        await tx
          .update(tags)
          .set({ patternGroup: null, patternAbout: null })
          .where(
            listed.length === 0
              ? isNotNull(tags.patternGroup)
              : and(isNotNull(tags.patternGroup), notInArray(tags.slug, listed)),
          );
        if (patterns.length === 0) return;
        await tx
          .insert(tags)
          .values(patterns.map((p) => ({ slug: p.slug, patternGroup: p.group, patternAbout: p.about })))
          .onConflictDoUpdate({
            target: tags.slug,
            set: { patternGroup: sql`excluded.pattern_group`, patternAbout: sql`excluded.pattern_about` },
          });
      });
    },

    /** The pattern vocabulary in its groups, each with its number of problems. */
    async patterns(): Promise<PatternRow[]> {
      const rows = await db
        .select({
          slug: tags.slug,
          group: tags.patternGroup,
          about: tags.patternAbout,
          problems: count(problemTags.problemId),
        })
        .from(tags)
        .leftJoin(problemTags, eq(problemTags.tagId, tags.id))
        .where(isNotNull(tags.patternGroup))
        .groupBy(tags.id)
        .orderBy(asc(tags.patternGroup), asc(tags.slug));
      return rows.map((row) => ({
        slug: row.slug,
        group: row.group as PatternGroup,
        about: row.about ?? '',
        problems: Number(row.problems),
      }));
    },

    /** The given topic slugs that the roadmap does not have (or has retired). */
    async unknownTopics(slugs: string[]): Promise<string[]> {
      if (slugs.length === 0) return [];
      const found = new Set(
        (
          await db
            .select({ slug: topics.slug })
            .from(topics)
            .where(and(inArray(topics.slug, slugs), sql`${topics.retiredAt} is null`))
        ).map((row) => row.slug),
      );
      return [...new Set(slugs)].filter((slug) => !found.has(slug));
    },

    /**
     * The problem's topics become exactly `topicSlugs`, the first its main topic. True when anything
     * changed; then the problem's updated_at moves, so cached lists are rebuilt.
     */
    async setProblemTopics(problemSlug: string, topicSlugs: string[]): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [problem] = await tx
          .select({ id: problems.id })
          .from(problems)
          .where(eq(problems.slug, problemSlug))
          .for('update');
        if (problem === undefined) throw new Error(`no problem "${problemSlug}" to link to topics`);
        const current = await tx
          .select({ slug: topics.slug })
          .from(problemTopics)
          .innerJoin(topics, eq(topics.id, problemTopics.topicId))
          .where(eq(problemTopics.problemId, problem.id))
          .orderBy(asc(problemTopics.position));
        const same =
          current.length === topicSlugs.length && current.every((row, i) => row.slug === topicSlugs[i]);
        if (same) return false;
        await tx.delete(problemTopics).where(eq(problemTopics.problemId, problem.id));
        if (topicSlugs.length > 0) {
          const ids = new Map(
            (
              await tx
                .select({ id: topics.id, slug: topics.slug })
                .from(topics)
                .where(inArray(topics.slug, topicSlugs))
            ).map((row) => [row.slug, row.id]),
          );
          await tx.insert(problemTopics).values(
            topicSlugs.map((slug, index) => {
              const topicId = ids.get(slug);
              if (topicId === undefined) throw new Error(`no roadmap topic "${slug}"`);
              return { problemId: problem.id, topicId, position: index + 1 };
            }),
          );
        }
        await tx.update(problems).set({ updatedAt: sql`now()` }).where(eq(problems.id, problem.id));
        return true;
      });
    },
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
