/**
 * The roadmap as a learner sees it: the curriculum tree with their own progress and completion per
 * week and session, one topic in full, progress updates guarded by versions, export and import.
 */

import { completionOf } from '@winterarc/contract';
import type { TopicStatus } from '../../infra/db/schema.js';
import { httpProblem } from '../../infra/http/problem.js';
import type { ProgressPatch, ProgressRepository, ProgressRow } from './progress-repository.js';
import type { RoadmapRepository } from './roadmap-repository.js';

export const progressExportFormat = 'winterarc.progress/v1' as const;

export interface ProgressImportItem {
  topic: string;
  status: TopicStatus;
  note?: string | undefined;
}

export function createRoadmapService(deps: { roadmap: RoadmapRepository; progress: ProgressRepository }) {
  const { roadmap, progress } = deps;

  async function topicIdOf(slug: string): Promise<number> {
    const topic = await roadmap.topicBySlug(slug);
    if (topic === undefined)
      throw httpProblem.notFound(`There is no topic "${slug}". GET /api/v1/roadmap lists them.`);
    return topic.id;
  }

  return {
    /** The whole tree; `userId` undefined gives the outline with every topic at todo. */
    async tree(userId: string | undefined) {
      const [outline, rows] = await Promise.all([
        roadmap.outline(),
        userId === undefined ? [] : progress.allForUser(userId),
      ]);
      const byTopic = new Map(rows.map((row) => [row.topicId, row]));

      type Topic = {
        slug: string;
        title: string;
        extra: boolean;
        status: TopicStatus;
        hasNote: boolean;
        version: number;
      };
      type Bullet = { text: string; topics: Topic[] };
      type Week = { slug: string; label: string; title: string; summary: string; bullets: Bullet[] };
      type Session = { slug: string; label: string; title: string; summary: string; weeks: Week[] };
      const sessions: Session[] = [];

      for (const row of outline) {
        let session = sessions.at(-1);
        if (session?.slug !== row.sessionSlug) {
          session = {
            slug: row.sessionSlug,
            label: row.sessionLabel,
            title: row.sessionTitle,
            summary: row.sessionSummary,
            weeks: [],
          };
          sessions.push(session);
        }
        let week = session.weeks.at(-1);
        if (week?.slug !== row.weekSlug) {
          week = {
            slug: row.weekSlug,
            label: row.weekLabel,
            title: row.weekTitle,
            summary: row.weekSummary,
            bullets: [],
          };
          session.weeks.push(week);
        }
        let bullet = week.bullets.at(-1);
        if (bullet?.text !== row.bulletText) {
          bullet = { text: row.bulletText, topics: [] };
          week.bullets.push(bullet);
        }
        const own = byTopic.get(row.topicId);
        bullet.topics.push({
          slug: row.topicSlug,
          title: row.topicTitle,
          extra: row.topicExtra,
          status: own?.status ?? 'todo',
          hasNote: own?.hasNote ?? false,
          version: own?.version ?? 0,
        });
      }

      const statusesOf = (week: Week) => week.bullets.flatMap((b) => b.topics.map((t) => t.status));
      const withWeeks = sessions.map((session) => {
        const weeks = session.weeks.map((week) => ({ ...week, completion: completionOf(statusesOf(week)) }));
        return { ...session, weeks, completion: completionOf(session.weeks.flatMap(statusesOf)) };
      });
      return {
        sessions: withWeeks,
        completion: completionOf(sessions.flatMap((s) => s.weeks.flatMap(statusesOf))),
      };
    },

    async topic(slug: string, userId: string | undefined) {
      const topic = await roadmap.topicBySlug(slug);
      if (topic === undefined)
        throw httpProblem.notFound(`There is no topic "${slug}". GET /api/v1/roadmap lists them.`);
      const { id, ...rest } = topic;
      return { ...rest, progress: userId === undefined ? undefined : await progress.get(userId, id) };
    },

    async progressOf(userId: string, slug: string): Promise<ProgressRow> {
      return progress.get(userId, await topicIdOf(slug));
    },

    /** `expectedVersion` from If-Match; a mismatch is 412 with the current version to retry from. */
    async updateProgress(
      userId: string,
      slug: string,
      patch: ProgressPatch,
      expectedVersion: number | undefined,
    ) {
      const topicId = await topicIdOf(slug);
      const updated = await progress.update(userId, topicId, patch, expectedVersion);
      if (updated === undefined) {
        const current = await progress.get(userId, topicId);
        throw httpProblem.preconditionFailed(
          `Your copy of this progress is stale (you sent version ${expectedVersion}, the current one is ${current.version}). Reload it, reapply your change and send it with the new ETag.`,
          { currentVersion: current.version },
        );
      }
      return updated;
    },

    async exportProgress(userId: string) {
      const rows = await progress.exportForUser(userId);
      return {
        format: progressExportFormat,
        exportedAt: new Date().toISOString(),
        items: rows.map((row) => ({
          topic: row.topic,
          status: row.status,
          note: row.note,
          updatedAt: row.updatedAt.toISOString(),
        })),
      };
    },

    /**
     * All or nothing: an unknown topic rejects the whole import with every unknown slug named, together
     * with `also.errors` (the quiz attempts' own checks); `also.afterwards` writes what rides along.
     */
    async importProgress(
      userId: string,
      items: ProgressImportItem[],
      also: { errors: { in: string; field: string; message: string }[]; afterwards: () => Promise<void> } = {
        errors: [],
        afterwards: async () => undefined,
      },
    ) {
      const ids = await roadmap.topicIdsBySlug();
      const seen = new Set<string>();
      const errors: { in: string; field: string; message: string }[] = [...also.errors];
      items.forEach((item, i) => {
        if (!ids.has(item.topic))
          errors.push({
            in: 'body',
            field: `items.${i}.topic`,
            message: `"${item.topic}" is not a topic of this roadmap`,
          });
        else if (seen.has(item.topic))
          errors.push({ in: 'body', field: `items.${i}.topic`, message: `"${item.topic}" appears twice` });
        seen.add(item.topic);
      });
      if (errors.length > 0)
        throw httpProblem.validation('Nothing was imported: fix the items named in "errors".', errors);
      await progress.importForUser(
        userId,
        items.map((item) => ({ topicId: ids.get(item.topic)!, status: item.status, note: item.note })),
      );
      await also.afterwards();
      return { imported: items.length };
    },
  };
}

export type RoadmapService = ReturnType<typeof createRoadmapService>;
