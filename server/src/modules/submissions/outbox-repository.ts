/**
 * The outbox table seen by its relay: take a batch of pending events (rows locked, others' batches
 * skipped, so several relays never publish the same event at once), publish, mark them sent.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import { outboxEvents } from '../../infra/db/schema.js';

/** The topic of "judge this submission" events. */
export const judgeTopic = 'submission.judge';

export interface PendingEvent {
  id: number;
  topic: string;
  payload: unknown;
  createdAt: Date;
}

export function createOutboxRepository(db: Database) {
  return {
    /**
     * Runs `publish` over up to `limit` pending events inside one transaction holding their row locks;
     * the events `publish` reports as sent are marked published before the locks are released.
     */
    async publishBatch(
      limit: number,
      publish: (events: PendingEvent[]) => Promise<number[]>,
    ): Promise<{ taken: number; published: number }> {
      return db.transaction(async (tx) => {
        const events = await tx
          .select({
            id: outboxEvents.id,
            topic: outboxEvents.topic,
            payload: outboxEvents.payload,
            createdAt: outboxEvents.createdAt,
          })
          .from(outboxEvents)
          .where(isNull(outboxEvents.publishedAt))
          .orderBy(asc(outboxEvents.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (events.length === 0) return { taken: 0, published: 0 };
        const sent = await publish(events);
        if (sent.length > 0) {
          await tx
            .update(outboxEvents)
            .set({ publishedAt: sql`now()` })
            .where(inArray(outboxEvents.id, sent));
        }
        const failed = events.map((e) => e.id).filter((id) => !sent.includes(id));
        if (failed.length > 0) {
          await tx
            .update(outboxEvents)
            .set({ attempts: sql`${outboxEvents.attempts} + 1` })
            .where(and(inArray(outboxEvents.id, failed), isNull(outboxEvents.publishedAt)));
        }
        return { taken: events.length, published: sent.length };
      });
    },

    /** Age in seconds of the oldest pending event (0 when none): the outbox lag metric. */
    async lagSeconds(): Promise<number> {
      const [row] = await db
        .select({ oldest: sql<string | null>`extract(epoch from now() - min(${outboxEvents.createdAt}))` })
        .from(outboxEvents)
        .where(isNull(outboxEvents.publishedAt));
      return row?.oldest === null || row?.oldest === undefined ? 0 : Math.max(0, Number(row.oldest));
    },

    async pendingCount(): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(outboxEvents)
        .where(and(isNull(outboxEvents.publishedAt), eq(outboxEvents.topic, judgeTopic)));
      return row?.n ?? 0;
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
