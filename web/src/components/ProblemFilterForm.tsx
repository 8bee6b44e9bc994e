/**
 * The problem list's filters. Title applies on Search; the pickers apply at once. Patterns, weeks
 * and topics are chosen from lists (never typed), so a filter can only name something that exists,
 * and the pattern list offers only patterns some problem has.
 */
import { type FormEvent, useState } from 'react';
import type { ProblemFilters } from '../api/endpoints';
import { usePatterns, useRoadmap } from '../api/queries';
import { type PatternGroup, problemStyles } from '../api/types';
import { useSession } from '../auth/session';
import { difficulties, styleNames } from '../judge/problem-style';

interface ProblemFilterFormProps {
  filters: ProblemFilters;
  /** Sets these URL parameters; an empty value removes one. */
  onApply: (changes: Record<string, string>) => void;
}

const groupNames: Record<PatternGroup, string> = {
  structure: 'Data structures',
  graph: 'Graphs',
  technique: 'Techniques',
  python: 'Python',
  format: 'Formats',
};

const statusNames = { new: 'New to me', attempted: 'Attempted', solved: 'Solved' } as const;

export function ProblemFilterForm({ filters, onApply }: ProblemFilterFormProps) {
  const [q, setQ] = useState(filters.q ?? '');
  const { status: session } = useSession();
  const patterns = usePatterns();
  const roadmap = useRoadmap();

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ q: q.trim() });
  };

  const weeks = roadmap.data?.sessions.flatMap((session) => session.weeks) ?? [];
  const week = weeks.find((candidate) => candidate.slug === filters.week);
  const topics = (week === undefined ? [] : [week]).flatMap((w) => w.bullets.flatMap((b) => b.topics));
  const offered = (patterns.data ?? []).filter(
    (pattern) => pattern.problems > 0 || pattern.slug === filters.tag,
  );
  const groups = Object.keys(groupNames) as PatternGroup[];

  return (
    <search aria-label="Filter problems">
      <form className="problem-filters" onSubmit={onSearch}>
        <label className="filter">
          <span>Title</span>
          <input type="search" value={q} maxLength={100} onChange={(event) => setQ(event.target.value)} />
        </label>
        <label className="filter">
          <span>Week</span>
          <select
            value={filters.week ?? ''}
            // A topic belongs to one week: changing the week clears it.
            onChange={(event) => onApply({ week: event.target.value, topic: '' })}
          >
            <option value="">Any</option>
            {weeks.map((w) => (
              <option key={w.slug} value={w.slug}>
                {w.label}: {w.title}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>Topic</span>
          <select
            value={filters.topic ?? ''}
            disabled={week === undefined && filters.topic === undefined}
            title={week === undefined ? 'Pick a week first' : undefined}
            onChange={(event) => onApply({ topic: event.target.value })}
          >
            <option value="">Any</option>
            {filters.topic !== undefined && !topics.some((t) => t.slug === filters.topic) && (
              <option value={filters.topic}>{filters.topic}</option>
            )}
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.title}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>Pattern</span>
          <select value={filters.tag ?? ''} onChange={(event) => onApply({ tag: event.target.value })}>
            <option value="">Any</option>
            {groups.map((group) => {
              const inGroup = offered.filter((pattern) => pattern.group === group);
              return inGroup.length === 0 ? null : (
                <optgroup key={group} label={groupNames[group]}>
                  {inGroup.map((pattern) => (
                    <option key={pattern.slug} value={pattern.slug} title={pattern.about}>
                      {pattern.slug} ({pattern.problems})
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </label>
        <label className="filter">
          <span>Difficulty</span>
          <select
            value={filters.difficulty ?? ''}
            onChange={(event) => onApply({ difficulty: event.target.value })}
          >
            <option value="">Any</option>
            {difficulties.map((level) => (
              <option key={level} value={level}>
                {level} of 5
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>Style</span>
          <select value={filters.style ?? ''} onChange={(event) => onApply({ style: event.target.value })}>
            <option value="">Any</option>
            {problemStyles.map((style) => (
              <option key={style} value={style}>
                {styleNames[style]}
              </option>
            ))}
          </select>
        </label>
        {session === 'signed-in' && (
          <label className="filter">
            <span>My status</span>
            <select
              value={filters.status ?? ''}
              onChange={(event) => onApply({ status: event.target.value })}
            >
              <option value="">Any</option>
              {(Object.keys(statusNames) as (keyof typeof statusNames)[]).map((status) => (
                <option key={status} value={status}>
                  {statusNames[status]}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="button">
          Search
        </button>
      </form>
    </search>
  );
}
