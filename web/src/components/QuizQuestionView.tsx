import { useEffect, useRef } from 'react';
import type { QuizQuestion, QuizResult } from '../api/types';
import { type Draft, moveItem } from '../quiz/draft';
import { Markdown } from './Markdown';
import { QuizResultView } from './QuizResultView';
import { RichText } from './RichText';

interface QuizQuestionViewProps {
  question: QuizQuestion;
  position: number;
  total: number;
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** Shown once the question is answered (and feedback is due); the inputs are then read-only. */
  result?: QuizResult | undefined;
  locked: boolean;
  /** Moves keyboard focus to the question's heading when it appears (one-at-a-time mode). */
  focusOnShow?: boolean;
}

/** One question with the inputs its kind needs, all native controls (keyboard-operable as they are). */
export function QuizQuestionView(props: QuizQuestionViewProps) {
  const { question, position, total, draft, onChange, result, locked, focusOnShow = false } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  const name = `answer-${question.id}`;
  const headingId = `${name}-heading`;

  return (
    <section className="quiz-question" aria-labelledby={headingId} data-question={question.id}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Question {position} of {total}
      </h2>
      <p className="quiz-meta">
        {question.concept} · difficulty {question.difficulty} of 5
      </p>
      <Markdown source={question.prompt} />
      {question.code !== undefined && (
        <pre className="quiz-code" data-language={question.language}>
          <code>{question.code}</code>
        </pre>
      )}
      <fieldset className="quiz-answer" disabled={locked}>
        <legend className="visually-hidden">Your answer to question {position}</legend>
        {question.options?.map((option) => {
          const multiple = question.kind === 'multiple';
          const checked = draft.options.includes(option.id);
          return (
            <label key={option.id} className="quiz-choice">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                checked={checked}
                onChange={() =>
                  onChange({
                    ...draft,
                    options: multiple
                      ? checked
                        ? draft.options.filter((id) => id !== option.id)
                        : [...draft.options, option.id]
                      : [option.id],
                  })
                }
              />{' '}
              {question.kind === 'code-output' ? <code>{option.text}</code> : <RichText text={option.text} />}
            </label>
          );
        })}
        {question.kind === 'multiple' && <p className="quiz-hint">Choose every option that applies.</p>}
        {question.kind === 'true-false' &&
          ([true, false] as const).map((value) => (
            <label key={String(value)} className="quiz-choice">
              <input
                type="radio"
                name={name}
                checked={draft.bool === value}
                onChange={() => onChange({ ...draft, bool: value })}
              />{' '}
              {value ? 'True' : 'False'}
            </label>
          ))}
        {question.kind === 'ordering' && question.items !== undefined && (
          <ol className="quiz-ordering">
            {draft.order.map((id, index) => {
              const item = question.items!.find((i) => i.id === id)!;
              return (
                <li key={id}>
                  <span className="quiz-ordering-index" aria-hidden="true">
                    {index + 1}.
                  </span>
                  <span className="quiz-ordering-text">
                    <RichText text={item.text} />
                  </span>
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    aria-label={`Move "${item.text}" up`}
                    disabled={index === 0}
                    onClick={() => onChange({ ...draft, order: moveItem(draft.order, index, -1) })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    aria-label={`Move "${item.text}" down`}
                    disabled={index === draft.order.length - 1}
                    onClick={() => onChange({ ...draft, order: moveItem(draft.order, index, 1) })}
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        {question.kind === 'numeric' && (
          <label className="quiz-text">
            Your number
            <input
              type="text"
              inputMode="decimal"
              value={draft.text}
              onChange={(event) => onChange({ ...draft, text: event.target.value })}
            />
            {question.unit !== undefined && <span className="quiz-unit">{question.unit}</span>}
          </label>
        )}
        {question.kind === 'short' && (
          <label className="quiz-text">
            Your answer
            <input
              type="text"
              value={draft.text}
              onChange={(event) => onChange({ ...draft, text: event.target.value })}
            />
          </label>
        )}
        {question.kind === 'code-output' && question.options === undefined && (
          <label className="quiz-text">
            What it prints
            <textarea
              rows={3}
              spellCheck={false}
              value={draft.text}
              onChange={(event) => onChange({ ...draft, text: event.target.value })}
            />
          </label>
        )}
      </fieldset>
      {result !== undefined && <QuizResultView question={question} result={result} />}
    </section>
  );
}
