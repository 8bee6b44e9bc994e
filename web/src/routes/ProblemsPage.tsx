/**
 * The problem list with its filters. The filters live in the URL, so a filtered list can be
 * bookmarked or shared and the Back button restores it; paging is "load more" over the API cursor.
 */
import { Link, useSearchParams } from 'react-router';
import type { ProblemFilters } from '../api/endpoints';
import { useMyProblemStatuses, useProblemList } from '../api/queries';
import { type ProblemStyle, problemStyles } from '../api/types';
import { useSession } from '../auth/session';
import { Difficulty } from '../components/Difficulty';
import { ErrorPanel } from '../components/ErrorPanel';
import { Loading } from '../components/Loading';
import { ProblemFilterForm } from '../components/ProblemFilterForm';
import { ProblemStatusMark } from '../components/ProblemStatusMark';
import { difficulties, styleNames } from '../judge/problem-style';

const learnerStatuses = ['new', 'attempted', 'solved'] as const;

function filtersOf(params: URLSearchParams, signedIn: boolean): ProblemFilters {
  const difficulty = Number(params.get('difficulty'));
  const style = params.get('style');
  const status = params.get('status');
  return {
    difficulty: difficulties.some((level) => level === difficulty) ? difficulty : undefined,
    style: problemStyles.some((known) => known === style) ? (style as ProblemStyle) : undefined,
    tag: params.get('tag') || undefined,
    q: params.get('q') || undefined,
    week: params.get('week') || undefined,
    topic: params.get('topic') || undefined,
    // A shared link with a status filter shows the whole list to someone signed out.
    status:
      signedIn && learnerStatuses.some((known) => known === status)
        ? (status as ProblemFilters['status'])
        : undefined,
  };
}

export function ProblemsPage() {
  const [params, setParams] = useSearchParams();
  const { status } = useSession();
  const filters = filtersOf(params, status === 'signed-in');
  const list = useProblemList(filters);
  const statuses = useMyProblemStatuses();

  const apply = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === '') next.delete(name);
      else next.set(name, value);
    }
    setParams(next);
  };

  const problems = list.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <div className="problems-page">
      <title>Problems · Winter Arc</title>
      <h1>Problems</h1>
      <p className="muted">Practise with the judge: read a problem, write a solution, get a verdict.</p>
      {/* Keyed by the URL's text filters, so Back and a clicked tag show up in the boxes. */}
      <ProblemFilterForm key={filters.q ?? ''} filters={filters} onApply={apply} />

      {list.isPending ? (
        <Loading label="Loading problems…" />
      ) : list.isError ? (
        <ErrorPanel title="Could not load the problems" error={list.error} onRetry={() => list.refetch()} />
      ) : problems.length === 0 ? (
        <p className="muted">No problem matches these filters.</p>
      ) : (
        <>
          <ul className="problem-list card">
            {problems.map((problem) => (
              <li key={problem.slug} className="problem-row">
                <span className="problem-title">
                  <Link to={`/problems/${problem.slug}`} className="problem-link">
                    {problem.title}
                  </Link>
                  <ProblemStatusMark status={statuses.data?.get(problem.slug)} />
                </span>
                <span className="problem-meta">
                  <Difficulty level={problem.difficulty} />
                  <span className="muted small">{styleNames[problem.style]}</span>
                  {problem.tags.length > 0 && (
                    <span className="chips">
                      <span className="visually-hidden">Patterns:</span>
                      {problem.tags.map((name) => (
                        <button
                          key={name}
                          type="button"
                          className="chip chip-button"
                          title={`Only problems with the pattern ${name}`}
                          onClick={() => apply({ tag: name })}
                        >
                          {name}
                        </button>
                      ))}
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
          {list.hasNextPage && (
            <button
              type="button"
              className="button button-ghost load-more"
              onClick={() => list.fetchNextPage()}
              disabled={list.isFetchingNextPage}
            >
              {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          )}
        </>
      )}
    </div>
  );
}
