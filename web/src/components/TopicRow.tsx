import { Link } from 'react-router';
import { describeError, isStaleVersion } from '../api/errors';
import { useQuizScores } from '../api/queries';
import type { TopicSummary } from '../api/types';
import { useSetTopicStatus } from '../progress/useSetTopicStatus';
import { statusLabels } from '../roadmap/status';
import { StatusControl } from './StatusControl';

interface TopicRowProps {
  topic: TopicSummary;
  /** Anonymous visitors see the topics without status controls. */
  canTrack: boolean;
}

export function TopicRow({ topic, canTrack }: TopicRowProps) {
  const setStatus = useSetTopicStatus(topic.slug, 'server');
  const quizScore = useQuizScores().data?.topics.find((score) => score.topic === topic.slug);
  return (
    <li className={`topic-row topic-${topic.status}`}>
      <div className="topic-row-main">
        <span className="status-dot" title={statusLabels[topic.status]} aria-hidden="true" />
        <Link to={`/topics/${topic.slug}`} className="topic-link">
          {topic.title}
        </Link>
        {topic.extra && (
          <span className="extra-badge" title="Beyond the roadmap's bullets: added by Winter Arc">
            Extra
          </span>
        )}
        {quizScore !== undefined && (
          <span
            className="quiz-badge"
            title={`Your best quiz score: ${quizScore.score} of ${quizScore.total} (${quizScore.attempts} finished attempt${quizScore.attempts === 1 ? '' : 's'})`}
          >
            Quiz {quizScore.percent}%
          </span>
        )}
        {topic.hasNote && (
          <span className="note-badge" title="You wrote a note on this topic">
            Note
          </span>
        )}
      </div>
      {canTrack && (
        <div className="topic-row-status">
          <StatusControl
            name={`status-${topic.slug}`}
            label={topic.title}
            value={topic.status}
            onChange={(status) => setStatus.mutate({ status, previous: topic.status })}
          />
          {setStatus.isError && (
            <p className="inline-error" role="alert">
              {isStaleVersion(setStatus.error)
                ? 'Changed in another tab — reloaded. Pick the status again.'
                : `Not saved: ${describeError(setStatus.error)}`}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
