/**
 * Tells learners their place in the judge line as it moves: after a submission arrives, is taken by a
 * judge, or finishes, every queued submission whose place changed gets a `queued` event with its new
 * position on its owner's channel. One query per announcement (the whole order, O(w log w) for w
 * waiting submissions) and one event per changed place; announcements asked for while one runs are
 * folded into one more run, so a burst of claims costs two queries, not one per claim.
 */
import type { FastifyBaseLogger } from 'fastify';
import { outageReason } from '../../infra/db/unavailable.js';
import type { PubSub } from '../../infra/pubsub/pubsub.js';
import { userChannel } from './events.js';
import type { FairQueue } from './fair-queue.js';

export interface PositionAnnouncer {
  /** The line may have moved: announce the places that changed (soon, in the background). */
  announce(): void;
  /** Resolves when no announcement is running (tests, shutdown). */
  settled(): Promise<void>;
}

export function createPositionAnnouncer(deps: {
  line: Pick<FairQueue, 'places'>;
  pubsub: PubSub;
  log: FastifyBaseLogger;
}): PositionAnnouncer {
  /** The place last announced by this process, per queued submission. */
  const announced = new Map<string, number>();
  let running: Promise<void> | undefined;
  let again = false;

  async function once() {
    const places = await deps.line.places();
    const queued = new Set<string>();
    const changes: Array<Promise<void>> = [];
    for (const place of places) {
      queued.add(place.id);
      if (announced.get(place.id) === place.position) continue;
      announced.set(place.id, place.position);
      changes.push(
        deps.pubsub.publish(userChannel(place.userId), {
          type: 'submission',
          id: place.id,
          stage: 'queued',
          position: place.position,
        }),
      );
    }
    for (const id of announced.keys()) if (!queued.has(id)) announced.delete(id);
    await Promise.all(changes);
  }

  async function loop() {
    do {
      again = false;
      try {
        await once();
      } catch (error) {
        // Best effort, as every live event: a learner reads the place from GET /submissions/{id}.
        deps.log.debug({ reason: outageReason(error) }, 'queue positions not announced');
      }
    } while (again);
    running = undefined;
  }

  return {
    announce() {
      if (running !== undefined) again = true;
      else running = loop();
    },
    async settled() {
      while (running !== undefined) await running;
    },
  };
}
