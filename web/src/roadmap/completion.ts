/**
 * The same figures the server computes, so an optimistic status change can update the progress bars
 * at once instead of waiting for the roadmap to be fetched again.
 */
import type { Completion, TopicStatus } from '../api/types';

/** Skipped topics leave the denominator; 100 when nothing countable is left. */
export function completionOf(statuses: readonly TopicStatus[]): Completion {
  const tally = { total: statuses.length, done: 0, learning: 0, skipped: 0 };
  for (const status of statuses) {
    if (status === 'done') tally.done += 1;
    else if (status === 'learning') tally.learning += 1;
    else if (status === 'skipped') tally.skipped += 1;
  }
  const countable = tally.total - tally.skipped;
  return { ...tally, percent: countable === 0 ? 100 : Math.floor((tally.done / countable) * 100) };
}

/** "3/10 done · 1 skipped", for a progress bar's caption. */
export function describeCompletion(completion: Completion): string {
  if (completion.total === 0) return 'No topics yet';
  const parts = [`${completion.done}/${completion.total} done`];
  if (completion.learning > 0) parts.push(`${completion.learning} learning`);
  if (completion.skipped > 0) parts.push(`${completion.skipped} skipped`);
  return parts.join(' · ');
}
