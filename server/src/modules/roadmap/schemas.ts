import { type Static, Type } from 'typebox';
import { topicStatuses } from '../../infra/db/schema.js';
import { exportedAttemptSchema } from '../quizzes/schemas.js';
import { progressExportFormat } from './service.js';

export const statusSchema = Type.Union(
  [Type.Literal('todo'), Type.Literal('learning'), Type.Literal('done'), Type.Literal('skipped')],
  { description: 'todo, learning, done or skipped.' },
);
// The schema and the database's list of statuses must not drift apart.
topicStatuses satisfies readonly Static<typeof statusSchema>[];

const completion = Type.Object({
  total: Type.Integer(),
  done: Type.Integer(),
  learning: Type.Integer(),
  skipped: Type.Integer(),
  percent: Type.Integer({ description: 'done / (total − skipped), 0-100.' }),
});

export const treeSchema = Type.Object({
  completion,
  sessions: Type.Array(
    Type.Object({
      slug: Type.String(),
      label: Type.String(),
      title: Type.String(),
      summary: Type.String(),
      completion,
      weeks: Type.Array(
        Type.Object({
          slug: Type.String(),
          label: Type.String(),
          title: Type.String(),
          summary: Type.String(),
          completion,
          bullets: Type.Array(
            Type.Object({
              text: Type.String({ description: 'The curriculum bullet as written.' }),
              topics: Type.Array(
                Type.Object({
                  slug: Type.String(),
                  title: Type.String(),
                  extra: Type.Boolean({
                    description: "A topic beyond the roadmap's bullets, added by Winter Arc.",
                  }),
                  status: statusSchema,
                  hasNote: Type.Boolean(),
                  version: Type.Integer({
                    description:
                      'Your progress version (0 = untouched): send it as If-Match to change this topic.',
                  }),
                }),
              ),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const progressSchema = Type.Object({
  status: statusSchema,
  note: Type.String(),
  version: Type.Integer({ description: 'Also sent as the ETag; 0 = never changed.' }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const referenceSchema = Type.Object({
  title: Type.String(),
  url: Type.String({ format: 'uri', description: 'Always https.' }),
  read: Type.String({ description: 'What to read there: the section, or the question it answers.' }),
});

export const topicSchema = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  explanation: Type.String({ description: 'Markdown: paragraphs, lists, code blocks.' }),
  objectives: Type.Array(Type.String()),
  tags: Type.Array(Type.String()),
  references: Type.Array(referenceSchema, { description: 'Primary sources, in reading order.' }),
  versions: Type.Array(Type.String(), {
    description: 'The software versions the text was checked against, e.g. "PostgreSQL 18".',
  }),
  reviewedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
    description: 'The day the text was last checked against its sources; null = not reviewed yet.',
  }),
  extra: Type.Boolean({ description: "A topic beyond the roadmap's bullets, added by Winter Arc." }),
  bulletText: Type.String(),
  weekSlug: Type.String(),
  weekTitle: Type.String(),
  progress: Type.Optional(progressSchema),
});

export const slugParams = Type.Object(
  { slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,47}$', description: 'Topic slug.' }) },
  { additionalProperties: false },
);

export const noteSchema = Type.String({
  maxLength: 20000,
  description: 'Markdown, up to 20,000 characters.',
});

export const progressPatchBody = Type.Object(
  { status: Type.Optional(statusSchema), note: Type.Optional(noteSchema) },
  { additionalProperties: false, minProperties: 1 },
);

export const progressExportSchema = Type.Object(
  {
    format: Type.Literal(progressExportFormat),
    exportedAt: Type.Optional(Type.String({ format: 'date-time' })),
    items: Type.Array(
      Type.Object(
        {
          topic: Type.String({ maxLength: 48 }),
          status: statusSchema,
          note: Type.Optional(noteSchema),
          updatedAt: Type.Optional(Type.String({ format: 'date-time' })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 2000 },
    ),
    quizAttempts: Type.Optional(
      Type.Array(exportedAttemptSchema, {
        maxItems: 5000,
        description: 'Your quiz attempts with their answers (absent in exports made before quizzes).',
      }),
    ),
  },
  { additionalProperties: false },
);
