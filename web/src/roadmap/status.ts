/** How each progress status is named on screen. */
import type { TopicStatus } from '../api/types';

export const statusLabels: Record<TopicStatus, string> = {
  todo: 'To do',
  learning: 'Learning',
  done: 'Done',
  skipped: 'Skipped',
};
