import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The 404 state, for unknown routes and for links to things that no longer exist. */
export function NotFound({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="narrow not-found">
      <title>{`${title} · Winter Arc`}</title>
      <p className="eyebrow">404</p>
      <h1>{title}</h1>
      <p className="muted">{children}</p>
      <p>
        <Link to="/" className="button">
          Go to the roadmap
        </Link>
      </p>
    </div>
  );
}
