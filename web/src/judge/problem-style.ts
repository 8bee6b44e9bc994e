/** How the two problem styles are named on screen. */
import type { ProblemStyle } from '../api/types';

export const styleNames: Record<ProblemStyle, string> = {
  stdio: 'Full program',
  function: 'Function',
};
