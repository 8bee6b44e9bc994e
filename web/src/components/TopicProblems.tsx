/** A topic page's practice problems, easiest first, each with the learner's status on it. */
import { Link } from 'react-router';
import { useMyProblemStatuses, useProblemList } from '../api/queries';
import { Difficulty } from './Difficulty';
import { ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';
import { ProblemStatusMark } from './ProblemStatusMark';

export function TopicProblems({ topic }: { topic: string }) {
  const list = useProblemList({ topic });
  const statuses = useMyProblemStatuses();
  const problems = list.data?.pages.flatMap((page) => page.data) ?? [];
  const solved = problems.filter((problem) => statuses.data?.get(problem.slug) === 'solved').length;

  return (
    <section aria-labelledby="practice-heading">
      <h2 id="practice-heading">Practice problems</h2>
      {list.isPending ? (
        <Loading label="Loading the problems…" />
      ) : list.isError ? (
        <ErrorPanel title="Could not load the problems" error={list.error} onRetry={() => list.refetch()} />
      ) : problems.length === 0 ? (
        <p className="muted">No problem practises this topic yet.</p>
      ) : (
        <>
          {statuses.data !== undefined && (
            <p className="muted small">
              {solved} of {problems.length} solved
            </p>
          )}
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
                  {problem.tags.length > 0 && (
                    <span className="chips">
                      <span className="visually-hidden">Patterns:</span>
                      {problem.tags.map((name) => (
                        <Link key={name} to={`/problems?tag=${name}`} className="chip">
                          {name}
                        </Link>
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
              {list.isFetchingNextPage ? 'Loading…' : 'More problems'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
