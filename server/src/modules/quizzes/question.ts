/** A question as loaded and checked: what the seed stores and what grading reads. */
import type { QuestionKind, SnippetLanguage } from './format.js';

export interface QuestionOption {
  text: string;
  correct: boolean;
  why?: string;
}

export type Tolerance = { absolute: number } | { relative: number };

/** The kind-specific part of a question (everything but its options). */
export type QuestionSpec =
  | { kind: 'single' | 'multiple' }
  | { kind: 'true-false'; answer: boolean }
  | { kind: 'ordering'; items: string[] }
  | { kind: 'numeric'; answer: number; tolerance: Tolerance; formula?: string; unit?: string }
  | { kind: 'short'; accept: string[] }
  | { kind: 'code-output'; language: SnippetLanguage; code: string; answer?: string };

export interface Question {
  id: string;
  topic: string;
  kind: QuestionKind;
  difficulty: number;
  concept: string;
  prompt: string;
  explanation: string;
  references: { title: string; url: string }[];
  /** single and multiple; code-output when it is a choice. Empty otherwise. */
  options: QuestionOption[];
  spec: QuestionSpec;
}

/** The stated output of a code-output question: its `answer`, or the text of its correct option. */
export function statedOutput(question: Question): string | undefined {
  if (question.spec.kind !== 'code-output') return undefined;
  return question.spec.answer ?? question.options.find((option) => option.correct)?.text;
}
