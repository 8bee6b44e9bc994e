import type { Reference } from '../api/types';

interface TopicSourcesProps {
  references: Reference[];
  versions: string[];
  reviewedOn: string | null;
}

/** `2026-12-02` as "2 December 2026", read as a calendar day (no time zone shift). */
function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Where a topic's text comes from: its primary sources, the versions it assumes, when it was checked. */
export function TopicSources({ references, versions, reviewedOn }: TopicSourcesProps) {
  return (
    <section aria-labelledby="sources-heading" className="topic-sources">
      <h2 id="sources-heading">Sources</h2>
      {references.length > 0 ? (
        <ol className="reference-list">
          {references.map((reference) => (
            <li key={reference.url}>
              <a href={reference.url} target="_blank" rel="noopener noreferrer">
                {reference.title}
              </a>
              <p className="reference-read">{reference.read}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No sources listed for this topic yet.</p>
      )}
      <dl className="topic-facts">
        <dt>Assumes</dt>
        <dd>{versions.length > 0 ? versions.join(', ') : 'no particular version'}</dd>
        <dt>Reviewed on</dt>
        <dd>
          {reviewedOn !== null ? (
            <time dateTime={reviewedOn}>{formatDay(reviewedOn)}</time>
          ) : (
            'not yet reviewed against its sources'
          )}
        </dd>
      </dl>
    </section>
  );
}
