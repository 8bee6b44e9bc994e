/** How problem styles are named on screen, and the difficulty scale. */
import type { ProblemStyle } from '../api/types';

export const styleNames: Record<ProblemStyle, string> = {
  stdio: 'Full program',
  function: 'Function',
};

/** 1 (easiest) to 5, as the API's `difficulty` filter takes it. */
export const difficulties = [1, 2, 3, 4, 5] as const;
