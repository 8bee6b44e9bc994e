import type { QuizQuestion, QuizResult } from '../api/types';
import { Markdown } from './Markdown';
import { RichText } from './RichText';

/** The right answer in words, for kinds whose options do not show it already. */
function rightAnswerText(question: QuizQuestion, result: QuizResult): string | undefined {
  const { answer } = result;
  if (question.kind === 'true-false') return answer.value === true ? 'True' : 'False';
  if (question.kind === 'numeric')
    return `${answer.value}${answer.unit === undefined ? '' : ` ${answer.unit}`}`;
  if (question.kind === 'short') return (answer.accepted ?? [answer.text ?? '']).join(' · ');
  if (question.kind === 'code-output' && answer.text !== undefined) return answer.text;
  return undefined;
}

/** After an answer: right or wrong, the explanation, and why each option is right or wrong. */
export function QuizResultView({ question, result }: { question: QuizQuestion; result: QuizResult }) {
  const right = rightAnswerText(question, result);
  const chosen = new Set(result.response.options ?? []);
  return (
    <div className={`quiz-result ${result.correct ? 'is-correct' : 'is-wrong'}`} role="status">
      <p className="quiz-verdict">
        <strong>{result.correct ? 'Right.' : 'Not quite.'}</strong>
      </p>
      {right !== undefined && (
        <p className="quiz-right-answer">
          {question.kind === 'short' ? 'Accepted answers: ' : 'The answer: '}
          {question.kind === 'code-output' ? <pre>{right}</pre> : <RichText text={right} />}
        </p>
      )}
      {result.options !== undefined && (
        <ul className="quiz-option-feedback">
          {result.options.map((option) => (
            <li key={option.id} className={option.correct ? 'is-correct' : 'is-wrong'}>
              <span className="quiz-option-mark">
                {option.correct ? 'Right' : 'Wrong'}
                {chosen.has(option.id) ? ' · your choice' : ''}
              </span>{' '}
              <RichText text={option.text} />
              {option.why !== undefined && <p className="quiz-why">{option.why}</p>}
            </li>
          ))}
        </ul>
      )}
      {result.items !== undefined && <p className="quiz-right-answer">The right order:</p>}
      {result.items !== undefined && (
        <ol className="quiz-right-order" aria-label="The right order">
          {result.items.map((item) => (
            <li key={item.id}>
              <RichText text={item.text} />
            </li>
          ))}
        </ol>
      )}
      <Markdown source={result.explanation} />
      {result.references.length > 0 && (
        <ul className="quiz-references" aria-label="Read more">
          {result.references.map((reference) => (
            <li key={reference.url}>
              <a href={reference.url} target="_blank" rel="noopener noreferrer">
                {reference.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
