/**
 * Loads the curriculum into the database, idempotently: rows are compared with the content and only
 * differences are written, so a second run changes nothing. Topics are matched by slug, so editing a
 * file updates a topic in place and learners keep their progress and notes; a topic removed from the
 * content is retired (hidden), never deleted, for the same reason.
 */
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../infra/db/database.js';
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
import type { SessionContent, TopicContent } from './content.js';

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
}

export async function seedRoadmap(db: Database, content: SessionContent[]): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    const report: SeedReport = { created: 0, updated: 0, unchanged: 0, retired: 0 };
    const count = (outcome: 'created' | 'updated' | 'unchanged') => {
      report[outcome] += 1;
    };
    const tagIds = await ensureTags(tx, content);

    for (const [sessionIndex, session] of content.entries()) {
      const sessionRow = {
        slug: session.slug,
        position: sessionIndex + 1,
        label: session.label,
        title: session.title,
        summary: session.summary,
      };
      const sessionId = await upsertBySlug(tx, roadmapSessions, sessionRow, count);

      for (const [weekIndex, week] of session.weeks.entries()) {
        const weekRow = {
          slug: week.slug,
          sessionId,
          position: weekIndex + 1,
          label: week.label,
          title: week.title,
          summary: week.summary,
        };
        const weekId = await upsertBySlug(tx, roadmapWeeks, weekRow, count);

        for (const [bulletIndex, bullet] of week.bullets.entries()) {
          const bulletId = await upsertBullet(tx, weekId, bulletIndex + 1, bullet.text, count);
          for (const [topicIndex, topic] of bullet.topics.entries()) {
            await upsertTopic(tx, bulletId, topicIndex + 1, topic, tagIds, count);
          }
        }
      }
    }

    const activeSlugs = content.flatMap((s) =>
      s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics.map((t) => t.slug))),
    );
    const retired = await tx
      .update(topics)
      .set({ retiredAt: sql`now()` })
      .where(and(isNull(topics.retiredAt), notInArray(topics.slug, activeSlugs)))
      .returning({ id: topics.id });
    report.retired = retired.length;
    return report;
  });
}

type Outcome = (outcome: 'created' | 'updated' | 'unchanged') => void;

/** Inserts or updates a row keyed by slug; returns its id. Unchanged rows are not written. */
async function upsertBySlug<Row extends { slug: string }>(
  tx: Transaction,
  table: typeof roadmapSessions | typeof roadmapWeeks,
  row: Row,
  count: Outcome,
): Promise<number> {
  const [existing] = (await tx.select().from(table).where(eq(table.slug, row.slug))) as (Row & {
    id: number;
  })[];
  if (existing === undefined) {
    const [inserted] = await tx
      .insert(table)
      .values(row as never)
      .returning({ id: table.id });
    count('created');
    return inserted!.id;
  }
  if (differs(existing, row)) {
    await tx
      .update(table)
      .set(row as never)
      .where(eq(table.id, existing.id));
    count('updated');
  } else {
    count('unchanged');
  }
  return existing.id;
}

async function upsertBullet(tx: Transaction, weekId: number, position: number, text: string, count: Outcome) {
  const [existing] = await tx
    .select()
    .from(roadmapBullets)
    .where(and(eq(roadmapBullets.weekId, weekId), eq(roadmapBullets.position, position)));
  if (existing === undefined) {
    const [inserted] = await tx
      .insert(roadmapBullets)
      .values({ weekId, position, text })
      .returning({ id: roadmapBullets.id });
    count('created');
    return inserted!.id;
  }
  if (existing.text !== text) {
    await tx.update(roadmapBullets).set({ text }).where(eq(roadmapBullets.id, existing.id));
    count('updated');
  } else {
    count('unchanged');
  }
  return existing.id;
}

async function upsertTopic(
  tx: Transaction,
  bulletId: number,
  position: number,
  topic: TopicContent,
  tagIds: Map<string, number>,
  count: Outcome,
) {
  const row = {
    slug: topic.slug,
    bulletId,
    position,
    title: topic.title,
    explanation: topic.explanation.trim(),
    reviewedOn: topic.reviewed ?? null,
    extra: topic.extra,
  };
  const [existing] = await tx.select().from(topics).where(eq(topics.slug, topic.slug));
  let topicId: number;
  let changed = false;
  if (existing === undefined) {
    const [inserted] = await tx.insert(topics).values(row).returning({ id: topics.id });
    topicId = inserted!.id;
  } else {
    topicId = existing.id;
    if (differs(existing, row) || existing.retiredAt !== null) {
      await tx
        .update(topics)
        .set({ ...row, retiredAt: null })
        .where(eq(topics.id, topicId));
      changed = true;
    }
  }

  const objectives = await tx
    .select({ text: topicObjectives.text })
    .from(topicObjectives)
    .where(eq(topicObjectives.topicId, topicId))
    .orderBy(topicObjectives.position);
  if (objectives.map((o) => o.text).join('\n') !== topic.objectives.join('\n')) {
    await tx.delete(topicObjectives).where(eq(topicObjectives.topicId, topicId));
    await tx
      .insert(topicObjectives)
      .values(topic.objectives.map((text, i) => ({ topicId, position: i + 1, text })));
    changed = true;
  }

  if (await replaceReferences(tx, topicId, topic.references)) changed = true;
  if (await replaceVersions(tx, topicId, topic.versions)) changed = true;

  const currentTags = await tx
    .select({ tagId: topicTags.tagId })
    .from(topicTags)
    .where(eq(topicTags.topicId, topicId));
  const wanted = [...new Set(topic.tags)].map((t) => tagIds.get(t)!).sort((a, b) => a - b);
  const have = currentTags.map((t) => t.tagId).sort((a, b) => a - b);
  if (wanted.join() !== have.join()) {
    await tx.delete(topicTags).where(eq(topicTags.topicId, topicId));
    if (wanted.length > 0) await tx.insert(topicTags).values(wanted.map((tagId) => ({ topicId, tagId })));
    changed = true;
  }
  count(existing === undefined ? 'created' : changed ? 'updated' : 'unchanged');
}

/** Rewrites a topic's references when they differ from the content; says whether it did. */
async function replaceReferences(
  tx: Transaction,
  topicId: number,
  references: TopicContent['references'],
): Promise<boolean> {
  const stored = await tx
    .select({ title: topicReferences.title, url: topicReferences.url, read: topicReferences.read })
    .from(topicReferences)
    .where(eq(topicReferences.topicId, topicId))
    .orderBy(topicReferences.position);
  const key = (list: { title: string; url: string; read: string }[]) =>
    JSON.stringify(list.map(({ title, url, read }) => [title, url, read]));
  if (key(stored) === key(references)) return false;
  await tx.delete(topicReferences).where(eq(topicReferences.topicId, topicId));
  if (references.length > 0)
    await tx
      .insert(topicReferences)
      .values(references.map((reference, i) => ({ topicId, position: i + 1, ...reference })));
  return true;
}

/** Rewrites a topic's version labels when they differ from the content; says whether it did. */
async function replaceVersions(tx: Transaction, topicId: number, versions: string[]): Promise<boolean> {
  const stored = await tx
    .select({ label: topicVersions.label })
    .from(topicVersions)
    .where(eq(topicVersions.topicId, topicId))
    .orderBy(topicVersions.position);
  if (JSON.stringify(stored.map((v) => v.label)) === JSON.stringify(versions)) return false;
  await tx.delete(topicVersions).where(eq(topicVersions.topicId, topicId));
  if (versions.length > 0)
    await tx.insert(topicVersions).values(versions.map((label, i) => ({ topicId, position: i + 1, label })));
  return true;
}

async function ensureTags(tx: Transaction, content: SessionContent[]): Promise<Map<string, number>> {
  const slugs = [
    ...new Set(
      content.flatMap((s) =>
        s.weeks.flatMap((w) => w.bullets.flatMap((b) => b.topics.flatMap((t) => t.tags))),
      ),
    ),
  ];
  if (slugs.length > 0) {
    await tx
      .insert(tags)
      .values(slugs.map((slug) => ({ slug })))
      .onConflictDoNothing({ target: tags.slug });
  }
  const rows = slugs.length === 0 ? [] : await tx.select().from(tags).where(inArray(tags.slug, slugs));
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function differs(existing: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => existing[key] !== value);
}
