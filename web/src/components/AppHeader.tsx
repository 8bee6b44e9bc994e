import { Link, NavLink } from 'react-router';
import { useRoadmap } from '../api/queries';
import { useSession } from '../auth/session';
import { useSignOut } from '../auth/useSignOut';

export function AppHeader() {
  const { status, user } = useSession();
  const roadmap = useRoadmap();
  const signOut = useSignOut();
  const completion = roadmap.data?.completion;

  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="wordmark" aria-label="Winter Arc, home">
          <span className="wordmark-mark" aria-hidden="true" />
          Winter Arc
        </Link>
        {user !== null && completion !== undefined && completion.total > 0 && (
          <span className="header-completion" title={`${completion.done} of ${completion.total} topics done`}>
            {completion.percent}% complete
          </span>
        )}
        <nav className="app-nav" aria-label="Main">
          <NavLink to="/" end>
            Roadmap
          </NavLink>
          <NavLink to="/problems">Problems</NavLink>
          <a href="/docs">API docs</a>
          {status === 'signed-in' && user !== null && (
            <>
              <NavLink to="/me" className="nav-user" title="Account and data">
                {user.displayName}
              </NavLink>
              <button
                type="button"
                className="button button-ghost"
                onClick={() => signOut.mutate()}
                disabled={signOut.isPending}
              >
                Sign out
              </button>
            </>
          )}
          {status === 'signed-out' && (
            <>
              <NavLink to="/signin">Sign in</NavLink>
              <Link to="/signup" className="button button-small">
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
