import type { Week } from '../api/types';
import { ProgressBar } from './ProgressBar';
import { RichText } from './RichText';
import { TopicRow } from './TopicRow';

export function WeekCard({ week, canTrack }: { week: Week; canTrack: boolean }) {
  // The card's id is the target of /#week-… links (a topic page's breadcrumb).
  const cardId = `week-${week.slug}`;
  const headingId = `${cardId}-title`;
  return (
    <article id={cardId} className="card week-card" aria-labelledby={headingId}>
      <header className="week-header">
        <p className="eyebrow">{week.label}</p>
        <h3 id={headingId}>{week.title}</h3>
        <p className="week-summary">
          <RichText text={week.summary} />
        </p>
        {canTrack && <ProgressBar completion={week.completion} label={`${week.label} progress`} />}
      </header>
      {week.bullets.map((bullet) => (
        <section key={bullet.text} className="bullet">
          <h4 className="bullet-text">{bullet.text}</h4>
          <ul className="topic-list">
            {bullet.topics.map((topic) => (
              <TopicRow key={topic.slug} topic={topic} canTrack={canTrack} />
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
