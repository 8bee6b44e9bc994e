import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import {
  roadmapBullets,
  roadmapSessions,
  roadmapWeeks,
  tags,
  topicObjectives,
  topicReferences,
  topics,
  topicTags,
  topicVersions,
} from '../../infra/db/schema.js';

/** Read side of the curriculum: the ordered outline, and one topic in full. Retired topics are hidden. */
export function createRoadmapRepository(db: Database) {
  return {
    /** Every active topic with its bullet, week and session, in curriculum order (one query). */
    outline() {
      return db
        .select({
          sessionSlug: roadmapSessions.slug,
          sessionLabel: roadmapSessions.label,
          sessionTitle: roadmapSessions.title,
          sessionSummary: roadmapSessions.summary,
          weekSlug: roadmapWeeks.slug,
          weekLabel: roadmapWeeks.label,
          weekTitle: roadmapWeeks.title,
          weekSummary: roadmapWeeks.summary,
          bulletPosition: roadmapBullets.position,
          bulletText: roadmapBullets.text,
          topicId: topics.id,
          topicSlug: topics.slug,
          topicTitle: topics.title,
          topicExtra: topics.extra,
        })
        .from(topics)
        .innerJoin(roadmapBullets, eq(topics.bulletId, roadmapBullets.id))
        .innerJoin(roadmapWeeks, eq(roadmapBullets.weekId, roadmapWeeks.id))
        .innerJoin(roadmapSessions, eq(roadmapWeeks.sessionId, roadmapSessions.id))
        .where(isNull(topics.retiredAt))
        .orderBy(
          asc(roadmapSessions.position),
          asc(roadmapWeeks.position),
          asc(roadmapBullets.position),
          asc(topics.position),
        );
    },

    async topicBySlug(slug: string) {
      const [topic] = await db
        .select({
          id: topics.id,
          slug: topics.slug,
          title: topics.title,
          explanation: topics.explanation,
          reviewedOn: topics.reviewedOn,
          extra: topics.extra,
          bulletText: roadmapBullets.text,
          weekSlug: roadmapWeeks.slug,
          weekTitle: roadmapWeeks.title,
        })
        .from(topics)
        .innerJoin(roadmapBullets, eq(topics.bulletId, roadmapBullets.id))
        .innerJoin(roadmapWeeks, eq(roadmapBullets.weekId, roadmapWeeks.id))
        .where(and(eq(topics.slug, slug), isNull(topics.retiredAt)));
      if (topic === undefined) return undefined;
      const [objectives, tagRows, references, versions] = await Promise.all([
        db
          .select({ text: topicObjectives.text })
          .from(topicObjectives)
          .where(eq(topicObjectives.topicId, topic.id))
          .orderBy(asc(topicObjectives.position)),
        db
          .select({ slug: tags.slug })
          .from(topicTags)
          .innerJoin(tags, eq(topicTags.tagId, tags.id))
          .where(eq(topicTags.topicId, topic.id))
          .orderBy(asc(tags.slug)),
        db
          .select({ title: topicReferences.title, url: topicReferences.url, read: topicReferences.read })
          .from(topicReferences)
          .where(eq(topicReferences.topicId, topic.id))
          .orderBy(asc(topicReferences.position)),
        db
          .select({ label: topicVersions.label })
          .from(topicVersions)
          .where(eq(topicVersions.topicId, topic.id))
          .orderBy(asc(topicVersions.position)),
      ]);
      return {
        ...topic,
        objectives: objectives.map((o) => o.text),
        tags: tagRows.map((t) => t.slug),
        references,
        versions: versions.map((v) => v.label),
      };
    },

    /** Active topic ids by slug, for imports that name topics. */
    async topicIdsBySlug() {
      const rows = await db
        .select({ id: topics.id, slug: topics.slug })
        .from(topics)
        .where(isNull(topics.retiredAt));
      return new Map(rows.map((row) => [row.slug, row.id]));
    },
  };
}

export type RoadmapRepository = ReturnType<typeof createRoadmapRepository>;
