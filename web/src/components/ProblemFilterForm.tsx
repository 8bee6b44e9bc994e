/** The problem list's filters: title and tag apply on Search, difficulty and style at once. */
import { type FormEvent, useState } from 'react';
import type { ProblemFilters } from '../api/endpoints';
import { problemStyles } from '../api/types';
import { difficulties, styleNames } from '../judge/problem-style';

interface ProblemFilterFormProps {
  filters: ProblemFilters;
  /** Sets these URL parameters; an empty value removes one. */
  onApply: (changes: Record<string, string>) => void;
}

export function ProblemFilterForm({ filters, onApply }: ProblemFilterFormProps) {
  const [q, setQ] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Tags are lower-case slugs; forgive the capital letter a person naturally types.
    onApply({ q: q.trim(), tag: tag.trim().toLowerCase() });
  };

  return (
    <search aria-label="Filter problems">
      <form className="problem-filters" onSubmit={onSearch}>
        <label className="filter">
          <span>Title</span>
          <input type="search" value={q} maxLength={100} onChange={(event) => setQ(event.target.value)} />
        </label>
        <label className="filter">
          <span>Tag</span>
          <input
            type="text"
            value={tag}
            maxLength={48}
            placeholder="e.g. hashing"
            onChange={(event) => setTag(event.target.value)}
          />
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
        <button type="submit" className="button">
          Search
        </button>
      </form>
    </search>
  );
}
