import { useState } from 'react';
import { type TopicStatus, topicStatuses } from '../api/types';
import { statusLabels } from '../roadmap/status';

interface StatusControlProps {
  /** Unique per page: it names the radio group. */
  name: string;
  /** Names the group for screen readers, e.g. the topic title. */
  label: string;
  value: TopicStatus;
  onChange: (status: TopicStatus) => void;
  disabled?: boolean;
}

/** A segmented control built from real radio buttons, so keyboards and screen readers just work. */
export function StatusControl({ name, label, value, onChange, disabled = false }: StatusControlProps) {
  // The parent's value follows a click a tick later (through the query cache), and React would meanwhile
  // snap the radio back to the old value. So the pick is shown until the value moves on, and from then
  // on the value rules again (including a revert after a failed save).
  const [pick, setPick] = useState<{ status: TopicStatus; over: TopicStatus } | null>(null);
  if (pick !== null && pick.over !== value) setPick(null);
  const shown = pick !== null && pick.over === value ? pick.status : value;
  const choose = (status: TopicStatus) => {
    setPick({ status, over: value });
    onChange(status);
  };
  return (
    <fieldset className="status-control" disabled={disabled}>
      <legend className="visually-hidden">Status of {label}</legend>
      {topicStatuses.map((status) => (
        <label key={status} className={`status-option status-${status}`}>
          <input
            type="radio"
            name={name}
            value={status}
            checked={shown === status}
            onChange={() => choose(status)}
          />
          <span>{statusLabels[status]}</span>
        </label>
      ))}
    </fieldset>
  );
}
