/**
 * Progress bars' figures. The completion rule itself is the contract's (`completionOf`, the same
 * function the server runs), so an optimistic status change shows exactly what the server will say.
 */
import type { Completion } from '../api/types';

export { completionOf } from '@winterarc/contract';

/** "3/10 done · 1 skipped", for a progress bar's caption. */
export function describeCompletion(completion: Completion): string {
  if (completion.total === 0) return 'No topics yet';
  const parts = [`${completion.done}/${completion.total} done`];
  if (completion.learning > 0) parts.push(`${completion.learning} learning`);
  if (completion.skipped > 0) parts.push(`${completion.skipped} skipped`);
  return parts.join(' · ');
}
