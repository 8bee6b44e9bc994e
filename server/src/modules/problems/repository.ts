/**
 * Reads of the problem catalogue: the paged, filtered list, one problem's latest version in full, and
 * the catalogue's change stamp that cache keys carry. Writes happen in `import.ts`.
 */
import { and, asc, desc, eq, exists, ilike, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../infra/db/database.js';
import { planKeysetPage, type SortKey } from '../../infra/db/keyset.js';
import { containsPattern } from '../../infra/db/like.js';
import {
  type problemStyles,
  problems,
  problemTags,
  problemTopics,
  problemVersions,
  roadmapBullets,
  roadmapWeeks,
  submissions,
  tags,
  testCases,
  testFiles,
  topics,
} from '../../infra/db/schema.js';

export type ProblemStyle = (typeof problemStyles)[number];
export type ProblemSort = 'difficulty' | 'title' | 'slug';

export interface ProblemListQuery {
  limit: number;
  cursor: string | undefined;
  sort: ProblemSort;
  direction: 'asc' | 'desc';
  tag: string | undefined;
  difficulty: number | undefined;
  style: ProblemStyle | undefined;
  titleContains: string | undefined;
  /** A roadmap topic slug: problems that practise it. */
  topic?: string | undefined;
  /** A roadmap week slug: problems that practise any topic of it. */
  week?: string | undefined;
  /** The learner's status on the problem; needs `userId`. */
  status?: { userId: string; is: LearnerProblemStatus } | undefined;
}

/** solved: an accepted submission (not a run); attempted: any run or submission, none accepted. */
export type LearnerProblemStatus = 'new' | 'attempted' | 'solved';

// Correlated subqueries run only for the rows of the page (limit + 1), each an index lookup. The outer
// row is named in full: Drizzle leaves columns unqualified in a one-table query, and a bare "id" inside
// the subquery would mean the inner table's own id.
const outerProblemId = sql.raw('"problems"."id"');
const latestVersion = sql<number>`(select max(pv.version) from ${problemVersions} pv where pv.problem_id = ${outerProblemId})`;
const tagSlugs = sql<
  string[]
>`coalesce((select json_agg(t.slug order by t.slug) from ${problemTags} pt join ${tags} t on t.id = pt.tag_id where pt.problem_id = ${outerProblemId}), '[]'::json)`;

const topicSlugs = sql<
  string[]
>`coalesce((select json_agg(tp.slug order by ptp.position) from ${problemTopics} ptp join ${topics} tp on tp.id = ptp.topic_id where ptp.problem_id = ${outerProblemId}), '[]'::json)`;

/** Has the learner sent anything for the outer problem (`accepted`: an accepted full submission)? */
function learnerSent(userId: string, accepted: boolean): SQL {
  const acceptedOnly = accepted ? sql` and s.mode = 'submit' and s.verdict = 'AC'` : sql``;
  return sql`exists (select 1 from ${submissions} s where s.user_id = ${userId} and s.problem_id = ${outerProblemId}${acceptedOnly})`;
}

function statusCondition(status: NonNullable<ProblemListQuery['status']>): SQL {
  const { userId, is } = status;
  if (is === 'solved') return learnerSent(userId, true);
  if (is === 'new') return sql`not ${learnerSent(userId, false)}`;
  return sql`${learnerSent(userId, false)} and not ${learnerSent(userId, true)}`;
}

const listColumns = {
  slug: problems.slug,
  title: problems.title,
  style: problems.style,
  difficulty: problems.difficulty,
  version: latestVersion,
  tags: tagSlugs,
  topics: topicSlugs,
};

export type ProblemListRow = {
  slug: string;
  title: string;
  style: ProblemStyle;
  difficulty: number;
  version: number;
  tags: string[];
  topics: string[];
};

/** The sort keys of each order; the slug (unique) last, so the order is total and cursors exact. */
const sortKeys: Record<ProblemSort, SortKey[]> = {
  difficulty: [
    { column: problems.difficulty, kind: 'integer' },
    { column: problems.slug, kind: 'text' },
  ],
  title: [
    { column: problems.title, kind: 'text' },
    { column: problems.slug, kind: 'text' },
  ],
  slug: [{ column: problems.slug, kind: 'text' }],
};

const sortValues: Record<ProblemSort, (row: ProblemListRow) => (string | number)[]> = {
  difficulty: (row) => [row.difficulty, row.slug],
  title: (row) => [row.title, row.slug],
  slug: (row) => [row.slug],
};

export function createProblemRepository(db: Database) {
  const inputFile = alias(testFiles, 'input_file');
  const answerFile = alias(testFiles, 'answer_file');

  return {
    /**
     * Changes whenever a package is imported or a problem's difficulty or tags change: a new
     * content adds a problem_versions row (ids only grow, one index lookup), and any other change
     * moves problems.updated_at (a scan of the problems table: hundreds of rows).
     */
    async stamp(): Promise<string> {
      const [row] = await db
        .select({
          last: sql<number | null>`(select max(${problemVersions.id}) from ${problemVersions})`,
          touched: sql<string | null>`(select max(${problems.updatedAt})::text from ${problems})`,
        })
        .from(sql`(select 1) as one`);
      return `${Number(row?.last ?? 0)}.${row?.touched ?? ''}`;
    },

    async list(query: ProblemListQuery) {
      const page = planKeysetPage({
        keys: sortKeys[query.sort],
        direction: query.direction,
        limit: query.limit,
        cursor: query.cursor,
        sortName: `${query.sort}:${query.direction}`,
      });
      const conditions: (SQL | undefined)[] = [
        page.where,
        query.tag === undefined
          ? undefined
          : exists(
              db
                .select({ one: sql`1` })
                .from(problemTags)
                .innerJoin(tags, eq(tags.id, problemTags.tagId))
                .where(and(eq(problemTags.problemId, problems.id), eq(tags.slug, query.tag))),
            ),
        query.topic === undefined
          ? undefined
          : exists(
              db
                .select({ one: sql`1` })
                .from(problemTopics)
                .innerJoin(topics, eq(topics.id, problemTopics.topicId))
                .where(and(eq(problemTopics.problemId, problems.id), eq(topics.slug, query.topic))),
            ),
        query.week === undefined
          ? undefined
          : exists(
              db
                .select({ one: sql`1` })
                .from(problemTopics)
                .innerJoin(topics, eq(topics.id, problemTopics.topicId))
                .innerJoin(roadmapBullets, eq(roadmapBullets.id, topics.bulletId))
                .innerJoin(roadmapWeeks, eq(roadmapWeeks.id, roadmapBullets.weekId))
                .where(and(eq(problemTopics.problemId, problems.id), eq(roadmapWeeks.slug, query.week))),
            ),
        query.status === undefined ? undefined : statusCondition(query.status),
        query.difficulty === undefined ? undefined : eq(problems.difficulty, query.difficulty),
        query.style === undefined ? undefined : eq(problems.style, query.style),
        query.titleContains === undefined
          ? undefined
          : ilike(problems.title, containsPattern(query.titleContains)),
      ];
      const rows: ProblemListRow[] = (
        await db
          .select(listColumns)
          .from(problems)
          .where(and(...conditions))
          .orderBy(...page.orderBy)
          .limit(page.limit)
      ).map((row) => ({ ...row, version: Number(row.version) }));
      return page.toPage(rows, sortValues[query.sort]);
    },

    /** The learner's problems that are not new, each solved or attempted, most recently sent first. */
    async learnerStatuses(userId: string) {
      const rows = await db
        .select({
          slug: problems.slug,
          solved: sql<boolean>`bool_or(${submissions.mode} = 'submit' and ${submissions.verdict} = 'AC')`,
          lastSentAt: sql<string>`max(${submissions.createdAt})`,
        })
        .from(submissions)
        .innerJoin(problems, eq(problems.id, submissions.problemId))
        .where(eq(submissions.userId, userId))
        .groupBy(problems.slug)
        .orderBy(desc(sql`max(${submissions.createdAt})`), asc(problems.slug));
      return rows.map((row) => ({
        slug: row.slug,
        status: (row.solved ? 'solved' : 'attempted') as Exclude<LearnerProblemStatus, 'new'>,
        lastSentAt: new Date(row.lastSentAt).toISOString(),
      }));
    },

    /** The problem with its latest version, samples in judging order, and tags; undefined if unknown. */
    /** A problem's id by its slug (list filters). */
    async idOf(slug: string): Promise<number | undefined> {
      const [row] = await db.select({ id: problems.id }).from(problems).where(eq(problems.slug, slug));
      return row?.id;
    },

    /** What a submission needs: the problem, its style, its latest version and its judge settings. */
    async latestVersionRef(slug: string) {
      const [row] = await db
        .select({
          problemId: problems.id,
          style: problems.style,
          versionId: problemVersions.id,
          settings: problemVersions.settings,
        })
        .from(problems)
        .innerJoin(problemVersions, eq(problemVersions.problemId, problems.id))
        .where(eq(problems.slug, slug))
        .orderBy(desc(problemVersions.version))
        .limit(1);
      return row;
    },

    async findLatest(slug: string) {
      const [problem] = await db
        .select({
          slug: problems.slug,
          title: problems.title,
          style: problems.style,
          difficulty: problems.difficulty,
          tags: tagSlugs,
          topics: topicSlugs,
          versionId: problemVersions.id,
          version: problemVersions.version,
          statementMarkdown: problemVersions.statementMarkdown,
          timeLimitMs: problemVersions.timeLimitMs,
          memoryLimitMb: problemVersions.memoryLimitMb,
          settings: problemVersions.settings,
        })
        .from(problems)
        .innerJoin(problemVersions, eq(problemVersions.problemId, problems.id))
        .where(eq(problems.slug, slug))
        .orderBy(desc(problemVersions.version))
        .limit(1);
      if (problem === undefined) return undefined;
      const samples = await db
        .select({ name: testCases.name, input: inputFile.content, answer: answerFile.content })
        .from(testCases)
        .innerJoin(inputFile, eq(inputFile.sha256, testCases.inputSha256))
        .innerJoin(answerFile, eq(answerFile.sha256, testCases.answerSha256))
        .where(and(eq(testCases.problemVersionId, problem.versionId), eq(testCases.isSample, true)))
        .orderBy(asc(testCases.position));
      return { ...problem, samples };
    },
  };
}

export type ProblemRepository = ReturnType<typeof createProblemRepository>;
export type ProblemDetailRow = NonNullable<Awaited<ReturnType<ProblemRepository['findLatest']>>>;
