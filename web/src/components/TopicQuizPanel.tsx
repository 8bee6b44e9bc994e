import { Link } from 'react-router';
import { useTopicQuiz } from '../api/queries';

/** On a topic page: how many quiz questions it has, the learner's best score, and the way in. */
export function TopicQuizPanel({ slug }: { slug: string }) {
  const quiz = useTopicQuiz(slug);
  if (!quiz.isSuccess || quiz.data.questions.length === 0) return null;
  const { questions, best } = quiz.data;
  return (
    <section className="topic-quiz panel" aria-labelledby="topic-quiz-heading">
      <h2 id="topic-quiz-heading">Quiz</h2>
      <p>
        {questions.length} questions to check your understanding.
        {best != null && (
          <>
            {' '}
            Your best: {best.score} of {best.total} ({best.percent}%).
          </>
        )}
      </p>
      <Link className="button" to={`/topics/${slug}/quiz`}>
        Take the quiz
      </Link>
    </section>
  );
}
