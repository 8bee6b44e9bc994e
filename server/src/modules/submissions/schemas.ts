/** TypeBox schemas of the submission routes: validation, serialisation and OpenAPI from one source. */

import { submissionModes, submissionStatuses } from '@winterarc/contract';
import { languageIds, maxSourceBytes, verdicts } from '@winterarc/judge';
import { Type } from 'typebox';
import { pageQuerySchema, pageSchema } from '../../infra/http/pagination.js';
import { maxCustomInputBytes } from './service.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const submitBody = Type.Object(
  {
    problem: Type.String({
      minLength: 2,
      maxLength: 64,
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'Problem slug.',
    }),
    language: Type.Enum(languageIds),
    source: Type.String({
      minLength: 1,
      maxLength: maxSourceBytes,
      description: `The program; at most ${maxSourceBytes / 1024} KiB.`,
    }),
    mode: Type.Union([Type.Literal('run'), Type.Literal('submit')], {
      default: 'submit',
      description: '`submit`: every test, the verdict counts. `run`: the samples only, or `input` if given.',
    }),
    input: Type.Optional(
      Type.String({
        maxLength: maxCustomInputBytes,
        description: 'Run mode on a stdio problem: your own standard input instead of the samples.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const idempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 128,
      pattern: '^[\\x21-\\x7e]+$',
      description: 'Any unique token per submission; a retry with the same key returns the first one.',
    }),
  ),
});

export const accepted = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.Enum(submissionStatuses),
  statusUrl: Type.String(),
});

const testResult = Type.Object({
  name: Type.String(),
  sample: Type.Boolean(),
  verdict: Type.Enum(verdicts),
  timeMs: Type.Integer(),
  memoryKb: Type.Integer(),
  message: nullable(Type.String()),
  input: Type.Optional(Type.String()),
  expected: Type.Optional(Type.String()),
  actual: Type.Optional(Type.String()),
});

export const submissionDetail = Type.Object({
  id: Type.String({ format: 'uuid' }),
  problem: Type.String(),
  language: Type.String(),
  mode: Type.Enum(submissionModes),
  status: Type.Enum(submissionStatuses),
  verdict: nullable(Type.Enum(verdicts)),
  score: nullable(Type.Number()),
  maxScore: nullable(Type.Number()),
  message: nullable(Type.String({ description: "The compiler's message (CE) or the reason (IE)." })),
  testsRun: nullable(Type.Integer()),
  testsTotal: nullable(Type.Integer()),
  compileMs: nullable(Type.Integer()),
  output: nullable(
    Type.String({ description: 'A run on custom input: what the program printed (its first 64 KiB).' }),
  ),
  createdAt: Type.String({ format: 'date-time' }),
  judgedAt: nullable(Type.String({ format: 'date-time' })),
  delayed: nullable(
    Type.Object(
      {
        since: Type.String({ format: 'date-time' }),
        reason: Type.String(),
      },
      {
        description:
          'Set while judging is held up: queued far longer than usual (sent to the judges again), or set aside for an operator after it kept stopping its workers. Null otherwise.',
      },
    ),
  ),
  queuePosition: nullable(
    Type.Integer({
      minimum: 1,
      description:
        "While queued: its place in the judge line (1 = the next one a free judge takes). The line is fair: learners take turns and runs on the samples go first, so the place can also move back when another learner's turn comes. Null once a judge has it. Live updates: the WebSocket's `queued` events.",
    }),
  ),
  tests: Type.Array(testResult),
});

const listItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  author: Type.String(),
  problem: Type.String(),
  language: Type.String(),
  mode: Type.String(),
  status: Type.String(),
  verdict: nullable(Type.String()),
  score: nullable(Type.Number()),
  createdAt: Type.String({ format: 'date-time' }),
  judgedAt: nullable(Type.String({ format: 'date-time' })),
});

export const submissionPage = pageSchema(listItem);

/** Filters both lists take. */
const commonFilters = {
  ...pageQuerySchema,
  language: Type.Optional(Type.Enum(languageIds)),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Created at or after.' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Created before.' })),
};

export const listQuery = Type.Object(
  {
    ...commonFilters,
    problem: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Problem slug.' })),
    verdict: Type.Optional(Type.Enum(verdicts)),
    user: Type.Optional(Type.String({ format: 'uuid', description: "Someone else's (admins only)." })),
  },
  { additionalProperties: false },
);

export const acceptedQuery = Type.Object(commonFilters, { additionalProperties: false });
