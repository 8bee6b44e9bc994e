/** The quiz API's request and response schemas (TypeBox → ajv validation and the OpenAPI document). */
import { Type } from 'typebox';
import { pageQuerySchema, pageSchema } from '../../infra/http/pagination.js';
import { questionIdPattern, questionKinds, snippetLanguages } from './format.js';

const slug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,47}$' });
export const topicParams = Type.Object(
  { slug: { ...slug, description: 'Topic slug.' } },
  { additionalProperties: false },
);
export const weekParams = Type.Object(
  { slug: { ...slug, description: 'Week slug.' } },
  { additionalProperties: false },
);
export const attemptParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const questionParams = Type.Object(
  {
    id: Type.String({ pattern: questionIdPattern, minLength: 3, maxLength: 64, description: 'Question id.' }),
  },
  { additionalProperties: false },
);

const kind = Type.Enum([...questionKinds], {
  description: 'single, multiple, true-false, ordering, numeric, short or code-output.',
});
const choice = Type.Object({
  id: Type.Integer({ description: 'Send this id back in the answer.' }),
  text: Type.String(),
});
const reference = Type.Object({ title: Type.String(), url: Type.String({ format: 'uri' }) });

/** A question as a learner sees it before answering: nothing that gives the answer away. */
export const questionSchema = Type.Object({
  id: Type.String({ description: 'Stable question id.' }),
  topic: Type.String(),
  kind,
  difficulty: Type.Integer({ minimum: 1, maximum: 5 }),
  concept: Type.String(),
  prompt: Type.String({ description: 'Markdown.' }),
  options: Type.Optional(
    Type.Array(choice, { description: 'single, multiple, code-output with a choice: in the order to show.' }),
  ),
  items: Type.Optional(Type.Array(choice, { description: 'ordering: the items, shuffled.' })),
  unit: Type.Optional(Type.String({ description: 'numeric: shown after the input.' })),
  language: Type.Optional(Type.Enum([...snippetLanguages])),
  code: Type.Optional(Type.String({ description: 'code-output: the snippet.' })),
});

/** A learner's answer; which field depends on the question's kind. */
export const responseSchema = Type.Object(
  {
    options: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: 12 }), {
        maxItems: 12,
        description: 'single (one id), multiple (every id you choose), code-output with options (one id).',
      }),
    ),
    value: Type.Optional(
      Type.Union([Type.Boolean(), Type.Number()], {
        description: 'true-false: a boolean; numeric: a number.',
      }),
    ),
    order: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: 12 }), {
        maxItems: 12,
        description: 'ordering: every item id, first to last.',
      }),
    ),
    text: Type.Optional(
      Type.String({ maxLength: 4000, description: 'short: your answer; code-output: what it prints.' }),
    ),
  },
  { additionalProperties: false, description: 'Exactly one field, the one the question kind takes.' },
);

export const rightAnswerSchema = Type.Object({
  options: Type.Optional(Type.Array(Type.Integer())),
  value: Type.Optional(Type.Union([Type.Boolean(), Type.Number()])),
  order: Type.Optional(Type.Array(Type.Integer())),
  text: Type.Optional(Type.String()),
  accepted: Type.Optional(Type.Array(Type.String(), { description: 'short: every accepted answer.' })),
  unit: Type.Optional(Type.String()),
});

/** What a learner sees after answering: right or wrong, and why, for every option. */
export const resultSchema = Type.Object({
  question: Type.String(),
  correct: Type.Boolean(),
  response: responseSchema,
  answer: rightAnswerSchema,
  explanation: Type.String({ description: 'Markdown: why the right answer is right.' }),
  options: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.Integer(),
        text: Type.String(),
        correct: Type.Boolean(),
        why: Type.Optional(Type.String({ description: 'Why this option is right or wrong.' })),
      }),
      { description: 'In the order they were shown.' },
    ),
  ),
  items: Type.Optional(Type.Array(choice, { description: 'ordering: the items in the right order.' })),
  references: Type.Array(reference),
});

const attemptFields = {
  id: Type.String({ format: 'uuid' }),
  topic: Type.Union([Type.String(), Type.Null()]),
  week: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  score: Type.Union([Type.Integer(), Type.Null()], { description: 'Right answers; null until finished.' }),
  total: Type.Integer({ description: 'Questions in the attempt.' }),
};
export const attemptSummarySchema = Type.Object(attemptFields);

export const attemptSchema = Type.Object({
  ...attemptFields,
  questions: Type.Array(
    Type.Object({
      position: Type.Integer(),
      question: questionSchema,
      result: Type.Optional(resultSchema),
    }),
    { description: 'In the order shown: shuffled per attempt, the same every time for this attempt.' },
  ),
});

export const startAttemptBody = Type.Object(
  {
    topic: Type.Optional({ ...slug, description: 'A quiz of one topic…' }),
    week: Type.Optional({ ...slug, description: '…or of a whole week (give one of the two).' }),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100,
        description: 'At most this many questions, drawn at random (week quizzes: 20 by default).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const submitAnswersBody = Type.Object(
  {
    answers: Type.Array(
      Type.Object(
        { question: Type.String({ maxLength: 64 }), response: responseSchema },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
    finish: Type.Optional(
      Type.Boolean({ description: 'End the attempt now (unanswered questions count as wrong).' }),
    ),
  },
  { additionalProperties: false },
);

export const submitAnswersResponse = Type.Object({
  attempt: attemptSummarySchema,
  results: Type.Array(resultSchema, {
    description: 'One per question sent; a question answered before keeps (and shows) its first answer.',
  }),
});

export const quizOverviewSchema = Type.Object({
  scope: Type.Union([Type.Literal('topic'), Type.Literal('week')]),
  slug: Type.String(),
  title: Type.String(),
  questions: Type.Array(questionSchema, {
    description: 'Without answers; options and items in a fixed shuffled order.',
  }),
  best: Type.Optional(
    Type.Union(
      [Type.Object({ score: Type.Integer(), total: Type.Integer(), percent: Type.Integer() }), Type.Null()],
      {
        description: 'Your best finished attempt of this topic (signed in).',
      },
    ),
  ),
});

export const attemptListQuery = Type.Object(
  { topic: Type.Optional(slug), ...pageQuerySchema },
  { additionalProperties: false },
);
export const attemptListSchema = pageSchema(attemptSummarySchema);

export const bestScoresSchema = Type.Object({
  topics: Type.Array(
    Type.Object({
      topic: Type.String(),
      score: Type.Integer(),
      total: Type.Integer(),
      percent: Type.Integer(),
      attempts: Type.Integer({ description: 'Finished attempts of this topic.' }),
    }),
  ),
});

export const missesSchema = Type.Object({
  questions: Type.Array(
    Type.Object({
      question: Type.String(),
      topic: Type.String(),
      misses: Type.Integer(),
      lastMissedAt: Type.String({ format: 'date-time' }),
    }),
    { description: 'Missed and not answered right since, most recent first.' },
  ),
});

export const questionStatsSchema = Type.Object({
  question: Type.String(),
  retired: Type.Boolean(),
  answers: Type.Integer(),
  correct: Type.Integer(),
  percentCorrect: Type.Union([Type.Integer(), Type.Null()], { description: 'null before any answer.' }),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      kind,
      answers: Type.Integer(),
      correct: Type.Integer(),
      percentCorrect: Type.Union([Type.Integer(), Type.Null()]),
      options: Type.Optional(
        Type.Array(
          Type.Object({
            id: Type.Integer(),
            text: Type.String(),
            correct: Type.Boolean(),
            chosen: Type.Integer(),
          }),
          { description: 'How many answers chose each option.' },
        ),
      ),
      responses: Type.Optional(
        Type.Array(Type.Object({ response: Type.String(), count: Type.Integer(), correct: Type.Boolean() }), {
          description: 'The most frequent answers (other kinds), up to 20.',
        }),
      ),
    }),
  ),
});

export const topicStatsSchema = Type.Object({
  topic: Type.String(),
  questions: Type.Array(
    Type.Object({
      question: Type.String(),
      retired: Type.Boolean(),
      answers: Type.Integer(),
      correct: Type.Integer(),
      percentCorrect: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});

/** Quiz attempts in a progress export (optional: exports made before quizzes have none). */
export const exportedAttemptSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    topic: Type.Optional(Type.String({ maxLength: 48 })),
    week: Type.Optional(Type.String({ maxLength: 48 })),
    createdAt: Type.String({ format: 'date-time' }),
    finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    answers: Type.Array(
      Type.Object(
        {
          question: Type.String({ maxLength: 64 }),
          version: Type.Integer({ minimum: 1 }),
          response: Type.Union([responseSchema, Type.Null()]),
          answeredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);
