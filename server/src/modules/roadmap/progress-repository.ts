import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import { type TopicStatus, topicProgress, topics } from '../../infra/db/schema.js';

export interface ProgressRow {
  topicId: number;
  status: TopicStatus;
  note: string;
  /** 0 when the learner never touched the topic (no row yet). */
  version: number;
  updatedAt: Date | null;
}

export interface ProgressPatch {
  status?: TopicStatus | undefined;
  note?: string | undefined;
}

const untouched = (topicId: number): ProgressRow => ({
  topicId,
  status: 'todo',
  note: '',
  version: 0,
  updatedAt: null,
});

/** A learner's progress rows. Every query is scoped by user id: no method can read another's rows. */
export function createProgressRepository(db: Database) {
  return {
    async allForUser(userId: string) {
      return db
        .select({
          topicId: topicProgress.topicId,
          status: topicProgress.status,
          hasNote: sql<boolean>`${topicProgress.note} <> ''`,
          version: topicProgress.version,
        })
        .from(topicProgress)
        .where(eq(topicProgress.userId, userId));
    },

    async get(userId: string, topicId: number): Promise<ProgressRow> {
      const [row] = await db
        .select({
          topicId: topicProgress.topicId,
          status: topicProgress.status,
          note: topicProgress.note,
          version: topicProgress.version,
          updatedAt: topicProgress.updatedAt,
        })
        .from(topicProgress)
        .where(and(eq(topicProgress.userId, userId), eq(topicProgress.topicId, topicId)));
      return row ?? untouched(topicId);
    },

    /**
     * Applies `patch`. With `expectedVersion`, only if the stored version still equals it (optimistic
     * concurrency: the compare and the write are one statement); returns undefined when it does not.
     */
    async update(
      userId: string,
      topicId: number,
      patch: ProgressPatch,
      expectedVersion?: number,
    ): Promise<ProgressRow | undefined> {
      const changes = {
        ...(patch.status === undefined ? {} : { status: patch.status }),
        ...(patch.note === undefined ? {} : { note: patch.note }),
      };
      const returning = {
        topicId: topicProgress.topicId,
        status: topicProgress.status,
        note: topicProgress.note,
        version: topicProgress.version,
        updatedAt: topicProgress.updatedAt,
      };
      const bump = { ...changes, version: sql`${topicProgress.version} + 1`, updatedAt: sql`now()` };

      if (expectedVersion === 0) {
        // "Only if it does not exist yet": a concurrent first write makes this insert do nothing.
        const [row] = await db
          .insert(topicProgress)
          .values({ userId, topicId, ...changes })
          .onConflictDoNothing()
          .returning(returning);
        return row;
      }
      if (expectedVersion !== undefined) {
        const [row] = await db
          .update(topicProgress)
          .set(bump)
          .where(
            and(
              eq(topicProgress.userId, userId),
              eq(topicProgress.topicId, topicId),
              eq(topicProgress.version, expectedVersion),
            ),
          )
          .returning(returning);
        return row;
      }
      const [row] = await db
        .insert(topicProgress)
        .values({ userId, topicId, ...changes })
        .onConflictDoUpdate({ target: [topicProgress.userId, topicProgress.topicId], set: bump })
        .returning(returning);
      return row;
    },

    /** Every touched topic of the user, by slug, for export. */
    exportForUser(userId: string) {
      return db
        .select({
          topic: topics.slug,
          status: topicProgress.status,
          note: topicProgress.note,
          updatedAt: topicProgress.updatedAt,
        })
        .from(topicProgress)
        .innerJoin(topics, eq(topicProgress.topicId, topics.id))
        .where(eq(topicProgress.userId, userId))
        .orderBy(topics.slug);
    },

    /**
     * Writes many rows in one transaction: an import applies whole or not at all. A row without a
     * note keeps the note already there.
     */
    async importForUser(
      userId: string,
      rows: { topicId: number; status: TopicStatus; note: string | undefined }[],
    ) {
      await db.transaction(async (tx) => {
        for (const { topicId, status, note } of rows) {
          await tx
            .insert(topicProgress)
            .values({ userId, topicId, status, note: note ?? '' })
            .onConflictDoUpdate({
              target: [topicProgress.userId, topicProgress.topicId],
              set: {
                status,
                ...(note === undefined ? {} : { note }),
                version: sql`${topicProgress.version} + 1`,
                updatedAt: sql`now()`,
              },
            });
        }
      });
    },
  };
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;
