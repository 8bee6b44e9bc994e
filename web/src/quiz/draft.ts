/**
 * A learner's answer while they write it, for every kind of question, and the response the API takes
 * once it is complete (docs/quiz-format.md says which field each kind answers with).
 */
import type { QuizQuestion, QuizResponse } from '../api/types';

export interface Draft {
  /** Chosen option ids (single, multiple, code-output with options). */
  options: number[];
  /** true-false. */
  bool: boolean | null;
  /** Item ids in the order the learner put them (ordering); starts as shown. */
  order: number[];
  /** Free text: short answers, what a snippet prints, and numbers as typed. */
  text: string;
}

export function emptyDraft(question: QuizQuestion): Draft {
  return { options: [], bool: null, order: (question.items ?? []).map((item) => item.id), text: '' };
}

/** The response to send, or undefined while the draft is not a complete answer yet. */
export function responseOf(question: QuizQuestion, draft: Draft): QuizResponse | undefined {
  if (question.options !== undefined)
    return draft.options.length > 0 ? { options: draft.options } : undefined;
  switch (question.kind) {
    case 'true-false':
      return draft.bool === null ? undefined : { value: draft.bool };
    case 'ordering':
      return { order: draft.order };
    case 'numeric': {
      // Accepts a decimal comma too: "0,5" is how half of Europe writes 0.5.
      const typed = draft.text.trim().replace(',', '.');
      const value = Number(typed);
      return typed === '' || !Number.isFinite(value) ? undefined : { value };
    }
    default:
      return draft.text.trim() === '' ? undefined : { text: draft.text };
  }
}

/** Moves the item at `index` one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem(order: number[], index: number, by: -1 | 1): number[] {
  const target = index + by;
  if (target < 0 || target >= order.length) return order;
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
