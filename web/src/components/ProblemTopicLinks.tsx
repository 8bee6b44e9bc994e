/** "Practises: Hash maps, Sets": the roadmap topics of a problem, each a link to its topic page. */
import { Link } from 'react-router';
import { useRoadmap } from '../api/queries';

export function ProblemTopicLinks({ topics }: { topics: string[] }) {
  const roadmap = useRoadmap();
  if (topics.length === 0) return null;
  const titles = new Map(
    (roadmap.data?.sessions ?? []).flatMap((session) =>
      session.weeks.flatMap((week) =>
        week.bullets.flatMap((bullet) => bullet.topics.map((topic) => [topic.slug, topic.title] as const)),
      ),
    ),
  );
  return (
    <p className="muted small">
      Practises{' '}
      {topics.map((slug, index) => (
        <span key={slug}>
          {index > 0 && ', '}
          <Link to={`/topics/${slug}`}>{titles.get(slug) ?? slug}</Link>
        </span>
      ))}
    </p>
  );
}
