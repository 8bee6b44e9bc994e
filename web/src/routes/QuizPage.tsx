/**
 * A topic's quiz: choose one question at a time or all at once, and feedback after each answer or at
 * the end; then answer (every control is a native input, so the keyboard works throughout) and read
 * the results with the explanation and why each option is right or wrong. Answers are final once sent.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { answerQuiz, startQuizAttempt } from '../api/endpoints';
import { ApiError, describeError } from '../api/errors';
import { queryKeys, useTopicQuiz } from '../api/queries';
import type { QuizAnswersResult, QuizAttempt, QuizResult } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorPanel } from '../components/ErrorPanel';
import { Loading } from '../components/Loading';
import { NotFound } from '../components/NotFound';
import { Notice } from '../components/Notice';
import { QuizQuestionView } from '../components/QuizQuestionView';
import { QuizStatsPanel } from '../components/QuizStatsPanel';
import { type Draft, emptyDraft, responseOf } from '../quiz/draft';

type Layout = 'one' | 'all';
type Feedback = 'immediate' | 'end';

export function QuizPage() {
  const { slug = '' } = useParams();
  const { client, status, viewer, user } = useSession();
  const queryClient = useQueryClient();
  const quiz = useTopicQuiz(slug);
  const [layout, setLayout] = useState<Layout>('one');
  const [feedback, setFeedback] = useState<Feedback>('immediate');
  const [attempt, setAttempt] = useState<QuizAttempt | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [results, setResults] = useState<Record<string, QuizResult>>({});
  const [summary, setSummary] = useState<QuizAnswersResult['attempt'] | null>(null);
  const [index, setIndex] = useState(0);

  const start = useMutation({
    mutationFn: () => startQuizAttempt(client, slug),
    onSuccess: (started) => {
      setAttempt(started);
      setDrafts(Object.fromEntries(started.questions.map((q) => [q.question.id, emptyDraft(q.question)])));
      setResults({});
      setSummary(null);
      setIndex(0);
    },
  });

  const send = useMutation({
    mutationFn: (body: { ids: string[]; finish: boolean }) =>
      answerQuiz(client, attempt!.id, {
        answers: body.ids.flatMap((id) => {
          const question = attempt!.questions.find((q) => q.question.id === id)!.question;
          const response = responseOf(question, drafts[id]!);
          return response === undefined ? [] : [{ question: id, response }];
        }),
        finish: body.finish,
      }),
    onSuccess: (answered) => {
      setResults((current) => ({
        ...current,
        ...Object.fromEntries(answered.results.map((r) => [r.question, r])),
      }));
      if (answered.attempt.finishedAt !== null) {
        setSummary(answered.attempt);
        // The best score shows on the topic page and the roadmap.
        void queryClient.invalidateQueries({ queryKey: queryKeys.topicQuiz(viewer, slug) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.quizScores(viewer) });
      }
    },
  });

  if (quiz.isPending) return <Loading label="Loading the quiz…" />;
  if (quiz.isError) {
    if (quiz.error instanceof ApiError && quiz.error.status === 404)
      return (
        <NotFound title="Topic not found">
          There is no topic <code>{slug}</code>.
        </NotFound>
      );
    return <ErrorPanel title="Could not load the quiz" error={quiz.error} onRetry={() => quiz.refetch()} />;
  }
  const { data } = quiz;
  const breadcrumbs = (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <Link to="/">Roadmap</Link>
      <span aria-hidden="true">/</span>
      <Link to={`/topics/${slug}`}>{data.title}</Link>
    </nav>
  );

  if (data.questions.length === 0)
    return (
      <article className="quiz-page">
        {breadcrumbs}
        <h1>Quiz: {data.title}</h1>
        <Notice tone="info">
          <p>This topic has no quiz yet.</p>
        </Notice>
      </article>
    );

  if (attempt === null) {
    return (
      <article className="quiz-page">
        <title>{`Quiz: ${data.title} · Winter Arc`}</title>
        {breadcrumbs}
        <h1>Quiz: {data.title}</h1>
        <p>
          {data.questions.length} questions. Answers are final once sent; each comes back with the explanation
          and why every option is right or wrong.
        </p>
        {data.best != null && (
          <p className="quiz-best">
            Your best so far: {data.best.score} of {data.best.total} ({data.best.percent}%).
          </p>
        )}
        {status === 'signed-in' ? (
          <form
            className="quiz-setup"
            onSubmit={(event) => {
              event.preventDefault();
              start.mutate();
            }}
          >
            <fieldset>
              <legend>Show</legend>
              <label>
                <input
                  type="radio"
                  name="layout"
                  checked={layout === 'one'}
                  onChange={() => setLayout('one')}
                />{' '}
                One question at a time
              </label>
              <label>
                <input
                  type="radio"
                  name="layout"
                  checked={layout === 'all'}
                  onChange={() => setLayout('all')}
                />{' '}
                All questions at once
              </label>
            </fieldset>
            <fieldset>
              <legend>Feedback</legend>
              <label>
                <input
                  type="radio"
                  name="feedback"
                  checked={feedback === 'immediate'}
                  onChange={() => setFeedback('immediate')}
                />{' '}
                After each answer
              </label>
              <label>
                <input
                  type="radio"
                  name="feedback"
                  checked={feedback === 'end'}
                  onChange={() => setFeedback('end')}
                />{' '}
                At the end
              </label>
            </fieldset>
            <button type="submit" className="button" disabled={start.isPending}>
              {start.isPending ? 'Starting…' : 'Start the quiz'}
            </button>
            {start.isError && <Notice tone="error">{describeError(start.error)}</Notice>}
          </form>
        ) : (
          status !== 'restoring' && (
            <Notice tone="info">
              <p>
                <Link to={`/signin?next=${encodeURIComponent(`/topics/${slug}/quiz`)}`}>Sign in</Link> to take
                the quiz and keep your score.
              </p>
            </Notice>
          )
        )}
        {user?.role === 'admin' && <QuizStatsPanel slug={slug} />}
      </article>
    );
  }

  const questions = attempt.questions;
  const total = questions.length;
  const finished = summary !== null;
  const showResult = (id: string) => (feedback === 'immediate' || finished ? results[id] : undefined);
  const unanswered = questions.filter((q) => results[q.question.id] === undefined).map((q) => q.question.id);
  const finishAll = () => send.mutate({ ids: unanswered, finish: true });

  const questionView = (i: number, focus: boolean) => {
    const { question } = questions[i]!;
    const answered = results[question.id] !== undefined;
    const complete = responseOf(question, drafts[question.id]!) !== undefined;
    return (
      <div key={question.id} className="quiz-step">
        <QuizQuestionView
          question={question}
          position={i + 1}
          total={total}
          draft={drafts[question.id]!}
          onChange={(draft) => setDrafts((current) => ({ ...current, [question.id]: draft }))}
          result={showResult(question.id)}
          locked={answered || finished || send.isPending}
          focusOnShow={focus}
        />
        {feedback === 'immediate' && !answered && !finished && (
          <button
            type="button"
            className="button"
            disabled={!complete || send.isPending}
            onClick={() => send.mutate({ ids: [question.id], finish: false })}
          >
            Check answer
          </button>
        )}
      </div>
    );
  };

  return (
    <article className="quiz-page">
      <title>{`Quiz: ${data.title} · Winter Arc`}</title>
      {breadcrumbs}
      <h1>Quiz: {data.title}</h1>
      {finished && (
        <section className="quiz-summary" aria-labelledby="quiz-score">
          <h2 id="quiz-score" tabIndex={-1}>
            Your score: {summary.score} of {summary.total}
          </h2>
          <p>
            <button type="button" className="button" onClick={() => start.mutate()}>
              Take it again
            </button>{' '}
            <Link to={`/topics/${slug}`}>Back to the topic</Link>
          </p>
        </section>
      )}
      {send.isError && <Notice tone="error">{describeError(send.error)}</Notice>}

      {layout === 'all' || finished ? (
        <>
          {questions.map((_, i) => questionView(i, false))}
          {!finished && feedback === 'end' && (
            <button type="button" className="button" disabled={send.isPending} onClick={finishAll}>
              Finish and see results
            </button>
          )}
        </>
      ) : (
        <>
          {questionView(index, index > 0)}
          <nav className="quiz-nav" aria-label="Questions">
            {feedback === 'end' && index > 0 && (
              <button type="button" className="button button-ghost" onClick={() => setIndex(index - 1)}>
                Previous question
              </button>
            )}
            {index < total - 1 &&
              (feedback === 'end' || results[questions[index]!.question.id] !== undefined) && (
                <button type="button" className="button" onClick={() => setIndex(index + 1)}>
                  Next question
                </button>
              )}
            {index === total - 1 && feedback === 'end' && (
              <button type="button" className="button" disabled={send.isPending} onClick={finishAll}>
                Finish and see results
              </button>
            )}
          </nav>
        </>
      )}
    </article>
  );
}
