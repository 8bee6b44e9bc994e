/**
 * For admins, under a topic's quiz: every question with its answers and share right, and on demand
 * the answer distribution of one (how often each option was chosen), to find misleading questions.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getQuizQuestionStats, getQuizTopicStats } from '../api/endpoints';
import { describeError } from '../api/errors';
import { useSession } from '../auth/session';
import { RichText } from './RichText';

export function QuizStatsPanel({ slug }: { slug: string }) {
  const { client, viewer } = useSession();
  const [open, setOpen] = useState<string | null>(null);
  const stats = useQuery({
    queryKey: ['quiz-topic-stats', viewer, slug],
    queryFn: ({ signal }) => getQuizTopicStats(client, slug, signal),
  });
  const detail = useQuery({
    queryKey: ['quiz-question-stats', viewer, open],
    queryFn: ({ signal }) => getQuizQuestionStats(client, open!, signal),
    enabled: open !== null,
  });
  if (stats.isError) return <p className="inline-error">Statistics: {describeError(stats.error)}</p>;
  if (!stats.isSuccess) return null;
  return (
    <section className="quiz-stats" aria-labelledby="quiz-stats-heading">
      <h2 id="quiz-stats-heading">Question statistics (admin)</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answers</th>
            <th scope="col">Right</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.data.questions.map((row) => (
            <tr key={row.question}>
              <td>
                <code>{row.question}</code>
                {row.retired ? ' (retired)' : ''}
              </td>
              <td>{row.answers}</td>
              <td>{row.percentCorrect === null ? '—' : `${row.percentCorrect}%`}</td>
              <td>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  aria-expanded={open === row.question}
                  onClick={() => setOpen(open === row.question ? null : row.question)}
                >
                  {open === row.question ? 'Hide answers' : 'Show answers'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open !== null && detail.isSuccess && (
        <div className="quiz-stats-detail">
          <h3>
            <code>{open}</code>
          </h3>
          {detail.data.versions.map((version) => (
            <div key={version.version}>
              <p>
                Version {version.version}: {version.answers} answers,{' '}
                {version.percentCorrect === null ? 'none yet' : `${version.percentCorrect}% right`}
              </p>
              <ul>
                {version.options?.map((option) => (
                  <li key={option.id}>
                    {option.chosen} × {option.correct ? '(right) ' : ''}
                    <RichText text={option.text} />
                  </li>
                ))}
                {version.responses?.map((response) => (
                  <li key={response.response}>
                    {response.count} × {response.correct ? '(right) ' : ''}
                    <code>{response.response}</code>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
