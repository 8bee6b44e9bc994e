/**
 * The rules of docs/quiz-format.md that a schema cannot express, checked per question. Each problem
 * is one sentence that says what is wrong and what to do; `toQuestion` turns a question that keeps
 * every rule into the shape the seed stores and grading reads.
 */
import type { QuestionKind, QuestionSource } from './format.js';
import { normaliseOutput, normaliseText } from './normalise.js';
import type { Question, QuestionOption, QuestionSpec } from './question.js';

type Field = keyof QuestionSource;

/** The fields each kind may have besides the common ones; any other kind-specific field is a mistake. */
const kindFields: Record<QuestionKind, Field[]> = {
  single: ['options'],
  multiple: ['options'],
  'true-false': ['answer'],
  ordering: ['items'],
  numeric: ['answer', 'tolerance', 'formula', 'unit'],
  short: ['accept'],
  'code-output': ['language', 'code', 'answer', 'options'],
};
const kindSpecific: Field[] = [
  'options',
  'answer',
  'items',
  'tolerance',
  'formula',
  'unit',
  'accept',
  'language',
  'code',
];

export function questionProblems(q: QuestionSource): string[] {
  const problems: string[] = [];
  for (const field of kindSpecific)
    if (q[field] !== undefined && !kindFields[q.kind].includes(field))
      problems.push(
        `"${field}" does not belong to a ${q.kind} question: remove it (a ${q.kind} question uses ${kindFields[q.kind].map((f) => `"${f}"`).join(', ')})`,
      );

  switch (q.kind) {
    case 'single':
    case 'multiple':
      problems.push(...optionProblems(q, q.kind === 'single' ? 'one' : 'some'));
      break;
    case 'true-false':
      if (typeof q.answer !== 'boolean') problems.push('"answer" must be true or false');
      break;
    case 'ordering': {
      const items = q.items ?? [];
      if (items.length < 2 || items.length > 8)
        problems.push(`"items" has ${items.length} entries: list 2 to 8, in the right order`);
      const repeated = firstRepeated(items.map(normaliseText));
      if (repeated !== undefined)
        problems.push(
          `"items" lists "${repeated}" twice (ignoring case and spaces): every step must be distinct`,
        );
      break;
    }
    case 'numeric':
      if (typeof q.answer !== 'number' || !Number.isFinite(q.answer))
        problems.push('"answer" must be a number (the right value)');
      if (q.tolerance === undefined)
        problems.push('"tolerance" is missing: add { absolute: … } or { relative: … } (0 means exact)');
      break;
    case 'short': {
      const accept = (q.accept ?? []).map(String);
      if (accept.length < 1 || accept.length > 10)
        problems.push(`"accept" has ${accept.length} alternatives: give 1 to 10 accepted answers`);
      const normalised = accept.map(normaliseText);
      normalised.forEach((text, i) => {
        if (text === '') problems.push(`"accept.${i}" is empty after normalising: give a real answer`);
      });
      // Two alternatives equal after normalising ("False", "false") are redundant, not wrong: the
      // format does not forbid them, and grading treats them as one.
      break;
    }
    case 'code-output':
      if (q.language === undefined) problems.push('"language" is missing: python or javascript');
      if (q.code === undefined)
        problems.push('"code" is missing: the snippet whose output the learner predicts');
      if (q.options === undefined && q.answer === undefined)
        problems.push('"answer" is missing: give what the snippet prints (or "options" with one correct)');
      if (q.options !== undefined && q.answer !== undefined)
        problems.push('give either "answer" (free text) or "options" (a choice), not both');
      if (q.answer !== undefined && typeof q.answer === 'boolean')
        problems.push('"answer" must be the printed text (quote it: "True")');
      if (q.answer !== undefined && normaliseOutput(String(q.answer)) === '')
        problems.push('"answer" is empty: a snippet must print its answer');
      if (q.options !== undefined) problems.push(...optionProblems(q, 'one'));
      break;
  }
  return problems;
}

/** Options of a choice: 3–6, distinct texts, the right number correct, a `why` on each wrong one. */
function optionProblems(q: QuestionSource, correct: 'one' | 'some'): string[] {
  const options = q.options ?? [];
  const problems: string[] = [];
  if (options.length < 3 || options.length > 6)
    problems.push(`"options" has ${options.length} entries: give 3 to 6`);
  const normalised =
    q.kind === 'code-output'
      ? options.map((o) => normaliseOutput(o.text))
      : options.map((o) => normaliseText(o.text));
  const repeated = firstRepeated(normalised);
  if (repeated !== undefined)
    problems.push(
      `two options read "${repeated}" (ignoring case, spaces and a final period): make every option distinct`,
    );
  const right = options.filter((o) => o.correct).length;
  if (correct === 'one' && right !== 1)
    problems.push(`${right} options are marked correct: exactly one must be (correct: true)`);
  if (correct === 'some' && right === 0)
    problems.push('no option is marked correct: mark at least one (correct: true)');
  if (correct === 'some' && right === options.length && options.some((o) => o.why === undefined))
    problems.push('every option is correct: then each needs a "why" saying why it is right');
  options.forEach((o, i) => {
    if (!o.correct && o.why === undefined)
      problems.push(
        `option ${i + 1} ("${shorten(o.text)}") is wrong but has no "why": name the misconception it catches`,
      );
  });
  return problems;
}

export function toQuestion(q: QuestionSource, topic: string): Question {
  const options: QuestionOption[] = (q.options ?? []).map((o) => ({
    text: o.text,
    correct: o.correct,
    ...(o.why === undefined ? {} : { why: o.why.trim() }),
  }));
  return {
    id: q.id,
    topic,
    kind: q.kind,
    difficulty: q.difficulty,
    concept: q.concept,
    prompt: q.prompt.trim(),
    explanation: q.explanation.trim(),
    references: q.references ?? [],
    options,
    spec: specOf(q),
  };
}

function specOf(q: QuestionSource): QuestionSpec {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return { kind: q.kind };
    case 'true-false':
      return { kind: q.kind, answer: q.answer as boolean };
    case 'ordering':
      return { kind: q.kind, items: q.items ?? [] };
    case 'numeric':
      return {
        kind: q.kind,
        answer: q.answer as number,
        tolerance: q.tolerance!,
        ...(q.formula === undefined ? {} : { formula: q.formula }),
        ...(q.unit === undefined ? {} : { unit: q.unit }),
      };
    case 'short':
      return { kind: q.kind, accept: (q.accept ?? []).map(String) };
    case 'code-output':
      return {
        kind: q.kind,
        language: q.language!,
        code: q.code!,
        ...(q.answer === undefined ? {} : { answer: String(q.answer) }),
      };
  }
}

function firstRepeated(values: string[]): string | undefined {
  return values.find((value, i) => values.indexOf(value) !== i);
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
