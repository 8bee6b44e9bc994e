import type { Completion } from '../api/types';
import { describeCompletion } from '../roadmap/completion';

interface ProgressBarProps {
  completion: Completion;
  /** Names the bar for screen readers, e.g. "Week 5 progress". */
  label: string;
}

export function ProgressBar({ completion, label }: ProgressBarProps) {
  const empty = completion.total === 0;
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={empty ? 0 : completion.percent}
      >
        <div className="progress-fill" style={{ width: `${empty ? 0 : completion.percent}%` }} />
      </div>
      <div className="progress-caption">
        {!empty && <strong>{completion.percent}%</strong>}
        <span>{describeCompletion(completion)}</span>
      </div>
    </div>
  );
}
