/** The learner's status on a problem, as a mark beside it: solved, attempted, or nothing when new. */
import type { LearnerProblemStatus } from '../api/types';

const labels = { solved: 'Solved', attempted: 'Attempted' } as const;

export function ProblemStatusMark({ status }: { status: LearnerProblemStatus | undefined }) {
  if (status === undefined || status === 'new') return null;
  return (
    <span className={`status-mark status-mark-${status}`} title={labels[status]}>
      <span aria-hidden="true">{status === 'solved' ? '✓ ' : '◐ '}</span>
      {labels[status]}
    </span>
  );
}
