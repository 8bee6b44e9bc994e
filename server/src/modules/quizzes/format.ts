/**
 * The quiz file format (`content/quizzes/<topic>.yaml`, documented in docs/quiz-format.md) as a
 * TypeBox schema: one file per roadmap topic, a list of questions of seven kinds. The schema checks
 * shapes; what it cannot express (one correct option, a `why` on every wrong option, unique option
 * texts, …) is checked by `rules.ts`, so every mistake is reported with its question id.
 */
import { type Static, Type } from 'typebox';

export const questionKinds = [
  'single',
  'multiple',
  'true-false',
  'ordering',
  'numeric',
  'short',
  'code-output',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const snippetLanguages = ['python', 'javascript'] as const;
export type SnippetLanguage = (typeof snippetLanguages)[number];

/** Kebab-case, 3–64 characters: the question's identity forever (attempts refer to it). */
export const questionIdPattern = '^[a-z0-9]+(-[a-z0-9]+)*$';
const questionId = Type.String({ pattern: questionIdPattern, minLength: 3, maxLength: 64 });
const topicSlug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,47}$' });
const markdown = (maxLength: number) => Type.String({ minLength: 1, maxLength });
/** YAML reads `409` as a number; an answer written either way means the same text. */
const textOrNumber = Type.Union([Type.String({ maxLength: 2000 }), Type.Number()]);

const option = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    correct: Type.Boolean(),
    /** Required on every wrong option (the misconception it catches); optional on right ones. */
    why: Type.Optional(markdown(2000)),
  },
  { additionalProperties: false },
);

const tolerance = Type.Union([
  Type.Object({ absolute: Type.Number({ minimum: 0 }) }, { additionalProperties: false }),
  Type.Object({ relative: Type.Number({ minimum: 0, maximum: 1 }) }, { additionalProperties: false }),
]);

const reference = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    url: Type.String({ pattern: '^https://[^\\s]+$', maxLength: 500 }),
  },
  { additionalProperties: false },
);

/**
 * One question. The kind-specific fields are all optional here; `rules.ts` says which a kind needs
 * and which it must not have, naming the question.
 */
export const questionSchema = Type.Object(
  {
    id: questionId,
    kind: Type.Enum([...questionKinds]),
    difficulty: Type.Integer({ minimum: 1, maximum: 5 }),
    concept: Type.String({ minLength: 1, maxLength: 120 }),
    prompt: markdown(8000),
    options: Type.Optional(Type.Array(option, { minItems: 1, maxItems: 12 })),
    answer: Type.Optional(Type.Union([Type.Boolean(), Type.Number(), Type.String({ maxLength: 4000 })])),
    items: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 400 }), { maxItems: 12 })),
    tolerance: Type.Optional(tolerance),
    formula: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    unit: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    accept: Type.Optional(Type.Array(textOrNumber, { maxItems: 20 })),
    language: Type.Optional(Type.Enum([...snippetLanguages])),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: 8000 })),
    explanation: markdown(4000),
    references: Type.Optional(Type.Array(reference, { maxItems: 8 })),
  },
  { additionalProperties: false },
);

export const quizFileSchema = Type.Object(
  { topic: topicSlug, questions: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 200 }) },
  { additionalProperties: false },
);

export type QuestionSource = Static<typeof questionSchema>;
