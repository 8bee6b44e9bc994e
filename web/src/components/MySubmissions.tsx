/** The learner's earlier attempts at a problem, newest first; opening one shows its full result. */
import { useMySubmissions } from '../api/queries';
import { asVerdict } from '../judge/verdicts';
import { ErrorPanel } from './ErrorPanel';
import { VerdictBadge } from './VerdictBadge';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface MySubmissionsProps {
  problem: string;
  current: string | null;
  onOpen: (id: string) => void;
}

export function MySubmissions({ problem, current, onOpen }: MySubmissionsProps) {
  const list = useMySubmissions(problem);
  const rows = list.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <section className="my-submissions" aria-labelledby="my-submissions-heading">
      <h2 id="my-submissions-heading">My submissions</h2>
      {list.isError ? (
        <ErrorPanel
          title="Could not load your submissions"
          error={list.error}
          onRetry={() => list.refetch()}
        />
      ) : list.isPending ? null : rows.length === 0 ? (
        <p className="muted small">None yet. Run or submit your code and it will appear here.</p>
      ) : (
        <table className="test-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Language</th>
              <th scope="col">Kind</th>
              <th scope="col">Verdict</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const verdict = asVerdict(row.verdict);
              return (
                <tr key={row.id} aria-current={row.id === current ? 'true' : undefined}>
                  <td>{when.format(new Date(row.createdAt))}</td>
                  <td>{row.language}</td>
                  <td>{row.mode}</td>
                  <td>
                    {verdict !== null ? (
                      <VerdictBadge verdict={verdict} />
                    ) : (
                      <span className="muted">{row.status}</span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      onClick={() => onOpen(row.id)}
                    >
                      Show
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
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
    </section>
  );
}
