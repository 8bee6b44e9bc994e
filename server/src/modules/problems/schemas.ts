/** Request and response schemas of /api/v1/problems (validation, serialization and OpenAPI). */
import { languageIds } from '@winterarc/judge';
import { Type } from 'typebox';
import { problemStyles } from '../../infra/db/schema.js';
import { pageQuerySchema, pageSchema } from '../../infra/http/pagination.js';

const styleSchema = Type.Union([Type.Literal('stdio'), Type.Literal('function')], {
  description: 'stdio: a whole program reading standard input; function: one function, LeetCode-style.',
});
// The schema and the database's list of styles must not drift apart.
problemStyles satisfies readonly ('stdio' | 'function')[];

export const tagSlugSchema = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,47}$',
  description: 'A pattern slug (GET /patterns lists them), like `two-pointers`.',
});

export const listQuery = Type.Object(
  {
    ...pageQuerySchema,
    sort: Type.Union([Type.Literal('difficulty'), Type.Literal('title'), Type.Literal('slug')], {
      default: 'difficulty',
      description: 'difficulty (then slug), title (then slug) or slug.',
    }),
    direction: Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' }),
    tag: Type.Optional(tagSlugSchema),
    difficulty: Type.Optional(Type.Integer({ minimum: 1, maximum: 5, description: '1 (easiest) to 5.' })),
    style: Type.Optional(styleSchema),
    topic: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9][a-z0-9-]{2,47}$',
        description: 'A roadmap topic slug (GET /roadmap): the problems that practise it.',
      }),
    ),
    week: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9][a-z0-9-]{2,63}$',
        description: 'A roadmap week slug (GET /roadmap): the problems of its topics.',
      }),
    ),
    status: Type.Optional(
      Type.Union([Type.Literal('new'), Type.Literal('attempted'), Type.Literal('solved')], {
        description:
          'Your status on the problem (needs sign-in): solved = an accepted submission; attempted = a run or submission, none accepted; new = nothing sent yet.',
      }),
    ),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Part of the title, any case.' }),
    ),
  },
  { additionalProperties: false },
);

export const slugParams = Type.Object(
  { slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$', description: 'Problem slug.' }) },
  { additionalProperties: false },
);

const common = {
  slug: Type.String(),
  title: Type.String(),
  style: styleSchema,
  difficulty: Type.Integer({ minimum: 1, maximum: 5 }),
  tags: Type.Array(Type.String(), { description: 'Its patterns (GET /patterns).' }),
  topics: Type.Array(Type.String(), {
    description: 'The roadmap topics it practises, its main topic first.',
  }),
  version: Type.Integer({
    description: 'The latest version of the problem (a changed package is a new one).',
  }),
};

export const problemListSchema = pageSchema(Type.Object(common));

export const problemSchema = Type.Object({
  ...common,
  statementMarkdown: Type.String({ description: 'The statement of the latest version, Markdown.' }),
  limits: Type.Object({
    timeMs: Type.Integer({ description: 'CPU time per test, milliseconds.' }),
    memoryMb: Type.Integer({ description: 'Memory, MiB.' }),
  }),
  interactive: Type.Boolean({
    description: 'The program talks with an interactor instead of reading a file.',
  }),
  scoring: Type.Boolean({
    description: 'Accepted solutions get a score (test groups) instead of pass/fail.',
  }),
  function: Type.Union(
    [
      Type.Object({
        name: Type.String(),
        params: Type.Array(Type.Object({ name: Type.String(), type: Type.String() })),
        returns: Type.String(),
      }),
      Type.Null(),
    ],
    { description: 'The function to write (function problems); types as in docs/problem-format.md.' },
  ),
  class: Type.Union(
    [
      Type.Object({
        name: Type.String(),
        constructorParams: Type.Array(Type.Object({ name: Type.String(), type: Type.String() })),
        methods: Type.Array(
          Type.Object({
            name: Type.String(),
            params: Type.Array(Type.Object({ name: Type.String(), type: Type.String() })),
            returns: Type.Union([Type.String(), Type.Null()], { description: 'null: returns nothing.' }),
          }),
        ),
      }),
      Type.Null(),
    ],
    {
      description:
        'The class to write (class problems, whose style is function): each test is a list of calls [name, ...args], the constructor first.',
    },
  ),
  samples: Type.Array(
    Type.Object({
      name: Type.String(),
      input: Type.String({
        description: 'The input file as text (function problems: the JSON argument list).',
      }),
      answer: Type.String({ description: 'The expected output (function problems: the JSON return value).' }),
      args: Type.Optional(Type.Array(Type.Unknown(), { description: 'Function problems: the arguments.' })),
      expected: Type.Optional(Type.Unknown({ description: 'Function problems: the expected return value.' })),
    }),
  ),
  languages: Type.Array(
    Type.Object({
      id: Type.Enum(languageIds, { description: 'Send this as the language of a submission.' }),
      name: Type.String(),
      starterCode: Type.String({ description: 'What the editor opens with.' }),
    }),
    { description: 'The languages this problem accepts.' },
  ),
});

export const patternListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      slug: Type.String({ description: 'Filter with GET /problems?tag=<slug>.' }),
      group: Type.Union(
        [
          Type.Literal('structure'),
          Type.Literal('graph'),
          Type.Literal('technique'),
          Type.Literal('python'),
          Type.Literal('format'),
        ],
        { description: 'Where a filter shows it: data structures, graphs, techniques, Python, formats.' },
      ),
      about: Type.String({ description: 'What a learner recognises the pattern by.' }),
      problems: Type.Integer({ minimum: 0, description: 'How many problems carry it.' }),
    }),
  ),
});

export const learnerProblemsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      slug: Type.String(),
      status: Type.Union([Type.Literal('attempted'), Type.Literal('solved')]),
      lastSentAt: Type.String({ format: 'date-time', description: 'Your latest run or submission.' }),
    }),
    { description: 'Problems you have sent something for, latest first; any other problem is new.' },
  ),
});

export const editorialSchema = Type.Object({
  markdown: Type.String({ description: 'The editorial: a hint, the pattern, why it works, the complexity.' }),
  firstViewedAt: Type.String({ format: 'date-time', description: 'When you first opened it.' }),
  solvedBefore: Type.Boolean({
    description:
      'Whether you had an accepted submission before you first opened it (else it counts as help).',
  }),
});
