/**
 * Grading one answer against a question, and the feedback a learner sees afterwards: whether it was
 * right, the explanation, every option with why it is right or wrong, and the right answer.
 */
import { normaliseOutput, normaliseText, withinTolerance } from './normalise.js';
import type { Question } from './question.js';

/**
 * A learner's answer. Which field a question takes depends on its kind (docs/quiz-format.md):
 * `options` (ids of chosen options) for single, multiple and code-output with options; `value` for
 * true-false (boolean) and numeric (number); `order` (item ids, first to last) for ordering; `text`
 * for short and free-text code-output.
 */
export interface Response {
  options?: number[];
  value?: number | boolean;
  order?: number[];
  text?: string;
}

/** Which field of a Response a question expects. */
export function responseFieldOf(question: Question): keyof Response {
  switch (question.spec.kind) {
    case 'single':
    case 'multiple':
      return 'options';
    case 'code-output':
      return question.options.length > 0 ? 'options' : 'text';
    case 'true-false':
    case 'numeric':
      return 'value';
    case 'ordering':
      return 'order';
    case 'short':
      return 'text';
  }
}

/**
 * Why a response cannot be graded for this question (wrong field, wrong type, an unknown option),
 * or undefined when it can. Ids are 1-based positions in the question as stored.
 */
export function responseProblem(question: Question, response: Response): string | undefined {
  const field = responseFieldOf(question);
  const given = (Object.keys(response) as (keyof Response)[]).filter((key) => response[key] !== undefined);
  if (given.length !== 1 || given[0] !== field)
    return `a ${question.kind} question takes "${field}" (and nothing else)`;
  const { spec } = question;
  if (field === 'options') {
    const chosen = response.options!;
    if (chosen.some((id) => id < 1 || id > question.options.length))
      return `options are numbered 1 to ${question.options.length}`;
    if (new Set(chosen).size !== chosen.length) return 'an option is chosen twice';
    if (chosen.length === 0) return 'choose at least one option';
    if (question.kind !== 'multiple' && chosen.length !== 1) return 'choose exactly one option';
  }
  if (field === 'value') {
    const expected = spec.kind === 'true-false' ? 'boolean' : 'number';
    if (typeof response.value !== expected) return `"value" must be a ${expected}`;
  }
  if (field === 'order' && spec.kind === 'ordering') {
    const order = response.order!;
    const ids = [...order].sort((a, b) => a - b);
    if (ids.length !== spec.items.length || ids.some((id, i) => id !== i + 1))
      return `"order" must list each item id 1 to ${spec.items.length} once`;
  }
  return undefined;
}

/** Whether a (well-formed, see responseProblem) response is right. */
export function isCorrect(question: Question, response: Response): boolean {
  const { spec } = question;
  const correctIds = question.options.flatMap((option, i) => (option.correct ? [i + 1] : []));
  switch (spec.kind) {
    case 'single':
    case 'multiple':
      return sameSet(response.options ?? [], correctIds);
    case 'code-output':
      return question.options.length > 0
        ? sameSet(response.options ?? [], correctIds)
        : normaliseOutput(response.text ?? '') === normaliseOutput(spec.answer ?? '');
    case 'true-false':
      return response.value === spec.answer;
    case 'numeric':
      return (
        typeof response.value === 'number' && withinTolerance(response.value, spec.answer, spec.tolerance)
      );
    case 'ordering':
      return (
        (response.order ?? []).every((id, i) => id === i + 1) && response.order?.length === spec.items.length
      );
    case 'short': {
      const given = normaliseText(response.text ?? '');
      return given !== '' && spec.accept.some((accepted) => normaliseText(accepted) === given);
    }
  }
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** The right answer in the shape a learner reads it, for the feedback. */
export function rightAnswerOf(question: Question): {
  options?: number[];
  value?: number | boolean;
  order?: number[];
  text?: string;
  accepted?: string[];
  unit?: string;
} {
  const { spec } = question;
  const correctIds = question.options.flatMap((option, i) => (option.correct ? [i + 1] : []));
  switch (spec.kind) {
    case 'single':
    case 'multiple':
      return { options: correctIds };
    case 'code-output':
      return question.options.length > 0 ? { options: correctIds } : { text: spec.answer ?? '' };
    case 'true-false':
      return { value: spec.answer };
    case 'numeric':
      return { value: spec.answer, ...(spec.unit === undefined ? {} : { unit: spec.unit }) };
    case 'ordering':
      return { order: spec.items.map((_, i) => i + 1) };
    case 'short':
      return { text: spec.accept[0]!, accepted: spec.accept };
  }
}
