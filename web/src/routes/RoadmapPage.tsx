import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useRoadmap } from '../api/queries';
import type { Completion } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorPanel } from '../components/ErrorPanel';
import { Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { ProgressBar } from '../components/ProgressBar';
import { SessionSection } from '../components/SessionSection';

export function RoadmapPage() {
  const { status, user } = useSession();
  const roadmap = useRoadmap();
  const { hash } = useLocation();
  const loaded = roadmap.isSuccess;

  // Links like /#week-s1-w05-algorithms (from a topic's breadcrumb) land on their week once it exists.
  useEffect(() => {
    if (!loaded || hash === '') return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [loaded, hash]);

  if (roadmap.isPending) return <Loading label="Loading the roadmap…" />;
  if (roadmap.isError) {
    return (
      <ErrorPanel
        title="Could not load the roadmap"
        error={roadmap.error}
        onRetry={() => roadmap.refetch()}
      />
    );
  }

  const { completion, sessions } = roadmap.data;
  const signedIn = status === 'signed-in';
  return (
    <>
      <title>Roadmap · Winter Arc</title>
      <section className="hero">
        <h1>{heading(signedIn ? user : null, completion)}</h1>
        <p className="lead">
          Backend, distributed systems and security, week by week. Open a topic for its explanation and
          objectives{signedIn ? ', mark your status, and keep notes.' : '.'}
        </p>
        {signedIn ? (
          <ProgressBar completion={completion} label="Overall progress" />
        ) : (
          <Notice tone="info">
            <p>
              <Link to="/signin">Sign in</Link> or <Link to="/signup">create an account</Link> to track your
              progress and keep notes on each topic.
            </p>
          </Notice>
        )}
      </section>
      {sessions.length === 0 ? (
        <p className="muted">The roadmap has no content yet.</p>
      ) : (
        sessions.map((session) => <SessionSection key={session.slug} session={session} canTrack={signedIn} />)
      )}
    </>
  );
}

/**
 * "Welcome back" only to someone who has been here: a learner who has not touched a topic yet (a new
 * account) is welcomed, not welcomed back.
 */
function heading(user: { displayName: string } | null, completion: Completion): string {
  if (user === null) return 'The Winter Arc roadmap';
  const started = completion.done + completion.learning + completion.skipped > 0;
  return started ? `Welcome back, ${user.displayName}` : `Welcome, ${user.displayName}`;
}
