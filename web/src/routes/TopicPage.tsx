import { Link, useParams } from 'react-router';
import { ApiError } from '../api/errors';
import { useTopic } from '../api/queries';
import { useSession } from '../auth/session';
import { ErrorPanel } from '../components/ErrorPanel';
import { Loading } from '../components/Loading';
import { Markdown } from '../components/Markdown';
import { NotFound } from '../components/NotFound';
import { Notice } from '../components/Notice';
import { RichText } from '../components/RichText';
import { TopicProblems } from '../components/TopicProblems';
import { TopicProgressPanel } from '../components/TopicProgressPanel';
import { TopicQuizPanel } from '../components/TopicQuizPanel';
import { TopicSources } from '../components/TopicSources';

export function TopicPage() {
  const { slug = '' } = useParams();
  const { status } = useSession();
  const topic = useTopic(slug);

  if (topic.isPending) return <Loading label="Loading the topic…" />;
  if (topic.isError) {
    if (topic.error instanceof ApiError && topic.error.status === 404) {
      return (
        <NotFound title="Topic not found">
          There is no topic <code>{slug}</code>. It may have been renamed or removed from the roadmap.
        </NotFound>
      );
    }
    return (
      <ErrorPanel title="Could not load the topic" error={topic.error} onRetry={() => topic.refetch()} />
    );
  }

  const { data } = topic;
  return (
    <article className="topic-page">
      <title>{`${data.title} · Winter Arc`}</title>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/">Roadmap</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/#week-${data.weekSlug}`}>{data.weekTitle}</Link>
      </nav>
      <header className="topic-header">
        <p className="eyebrow">{data.bulletText}</p>
        <h1>
          {data.title}
          {data.extra && (
            <span className="extra-badge" title="Beyond the roadmap's bullets: added by Winter Arc">
              Extra
            </span>
          )}
        </h1>
        {data.tags.length > 0 && (
          <ul className="chips" aria-label="Tags">
            {data.tags.map((tag) => (
              <li key={tag} className="chip">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </header>
      <div className="topic-layout">
        <div className="topic-body">
          <section aria-labelledby="explanation-heading">
            <h2 id="explanation-heading">Explanation</h2>
            <Markdown source={data.explanation} />
          </section>
          {data.objectives.length > 0 && (
            <section aria-labelledby="objectives-heading">
              <h2 id="objectives-heading">Objectives</h2>
              <ul className="checklist">
                {data.objectives.map((objective) => (
                  <li key={objective}>
                    <RichText text={objective} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <TopicProblems topic={data.slug} />
          <TopicSources references={data.references} versions={data.versions} reviewedOn={data.reviewedOn} />
        </div>
        <aside className="topic-aside">
          <TopicQuizPanel slug={data.slug} />
          {data.progress !== undefined ? (
            <TopicProgressPanel topic={data} progress={data.progress} />
          ) : (
            status !== 'restoring' && (
              <Notice tone="info">
                <p>
                  <Link to={`/signin?next=${encodeURIComponent(`/topics/${data.slug}`)}`}>Sign in</Link> or{' '}
                  <Link to="/signup">create an account</Link> to track this topic and keep notes on it.
                </p>
              </Notice>
            )
          )}
        </aside>
      </div>
    </article>
  );
}
