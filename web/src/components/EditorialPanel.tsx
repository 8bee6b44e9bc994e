/**
 * The problem's editorial, behind a button: a learner who has not solved the problem is told that
 * reading it first is recorded as help, and chooses. After an accepted submission it is one click.
 */
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/errors';
import { useEditorial, useMyProblemStatuses } from '../api/queries';
import { useSession } from '../auth/session';
import { ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';
import { Markdown } from './Markdown';

export function EditorialPanel({ slug }: { slug: string }) {
  const { status } = useSession();
  const statuses = useMyProblemStatuses();
  const [wanted, setWanted] = useState(false);
  const editorial = useEditorial(slug, wanted);
  const solved = statuses.data?.get(slug) === 'solved';

  let body: ReactNode;
  if (status !== 'signed-in') {
    body = (
      <p className="muted">
        <Link to={`/signin?next=${encodeURIComponent(`/problems/${slug}`)}`}>Sign in</Link> to read the
        editorial: the idea, why it works and its complexity.
      </p>
    );
  } else if (!wanted) {
    body = (
      <>
        <p className="muted">
          {solved
            ? 'You solved this problem: compare your idea with the editorial.'
            : 'Stuck? The editorial explains the idea, why it works and its complexity. Opening it before you solve the problem is recorded as help: a later solve counts as a harder one in your practice history.'}
        </p>
        <button type="button" className="button button-ghost" onClick={() => setWanted(true)}>
          {solved ? 'Read the editorial' : 'Show the editorial anyway'}
        </button>
      </>
    );
  } else if (editorial.isPending) {
    body = <Loading label="Loading the editorial…" />;
  } else if (editorial.isError) {
    body =
      editorial.error instanceof ApiError && editorial.error.status === 404 ? (
        <p className="muted">This problem has no editorial yet.</p>
      ) : (
        <ErrorPanel
          title="Could not load the editorial"
          error={editorial.error}
          onRetry={() => editorial.refetch()}
        />
      );
  } else {
    body = (
      <div className="editorial">
        <Markdown source={editorial.data.markdown} />
      </div>
    );
  }

  return (
    <section aria-labelledby="editorial-heading" className="editorial-panel">
      <h2 id="editorial-heading">Editorial</h2>
      {body}
    </section>
  );
}
