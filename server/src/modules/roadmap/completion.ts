import type { TopicStatus } from '../../infra/db/schema.js';

export interface Completion {
  total: number;
  done: number;
  learning: number;
  skipped: number;
  /** Done as a share of the topics not skipped, 0-100; 100 when every topic was skipped. */
  percent: number;
}

/** Progress figures of a set of topics; skipping a topic takes it out of the denominator. */
export function completionOf(statuses: TopicStatus[]): Completion {
  const tally = { total: statuses.length, done: 0, learning: 0, skipped: 0 };
  for (const status of statuses) {
    if (status === 'done') tally.done += 1;
    else if (status === 'learning') tally.learning += 1;
    else if (status === 'skipped') tally.skipped += 1;
  }
  const countable = tally.total - tally.skipped;
  return { ...tally, percent: countable === 0 ? 100 : Math.floor((tally.done / countable) * 100) };
}
