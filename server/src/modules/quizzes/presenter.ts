/**
 * Questions and results as the API shows them. Option and item order come from the attempt id
 * (shuffle.ts), so the same attempt shows the same order everywhere; option ids are the options'
 * positions in the question as written, so an answer means the same whatever the order shown.
 */
import { type Response, rightAnswerOf } from './grade.js';
import type { Question } from './question.js';
import { shuffledFor } from './shuffle.js';

const numbered = (texts: string[]) => texts.map((text, i) => ({ id: i + 1, text }));

/** A question before it is answered: what to show, never what is right. */
export function presentQuestion(question: Question, attemptId: string) {
  const { spec } = question;
  return {
    id: question.id,
    topic: question.topic,
    kind: question.kind,
    difficulty: question.difficulty,
    concept: question.concept,
    prompt: question.prompt,
    ...(question.options.length === 0
      ? {}
      : { options: shuffledFor(numbered(question.options.map((o) => o.text)), attemptId, question.id) }),
    ...(spec.kind === 'ordering' ? { items: shuffledItems(spec.items, attemptId, question.id) } : {}),
    ...(spec.kind === 'numeric' && spec.unit !== undefined ? { unit: spec.unit } : {}),
    ...(spec.kind === 'code-output' ? { language: spec.language, code: spec.code } : {}),
  };
}

/** Ordering items in shuffled order, never the right one when another exists (that would give it away). */
function shuffledItems(items: string[], attemptId: string, salt: string) {
  const list = numbered(items);
  for (let round = 0; round < 8; round += 1) {
    const shuffled = shuffledFor(list, attemptId, `${salt}#${round}`);
    if (shuffled.some((item, i) => item.id !== i + 1)) return shuffled;
  }
  return [...list].reverse();
}

/** The feedback on one answered question. */
export function presentResult(question: Question, attemptId: string, response: Response, correct: boolean) {
  const { spec } = question;
  const shown = shuffledFor(
    question.options.map((option, i) => ({ option, id: i + 1 })),
    attemptId,
    question.id,
  );
  return {
    question: question.id,
    correct,
    response,
    answer: rightAnswerOf(question),
    explanation: question.explanation,
    ...(question.options.length === 0
      ? {}
      : {
          options: shown.map(({ option, id }) => ({
            id,
            text: option.text,
            correct: option.correct,
            ...(option.why === undefined ? {} : { why: option.why }),
          })),
        }),
    ...(spec.kind === 'ordering' ? { items: numbered(spec.items) } : {}),
    references: question.references,
  };
}
