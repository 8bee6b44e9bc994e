/**
 * A problem's editorial (problem_statement/editorial.en.md of its latest version, stored with the
 * package's other files) and who has opened it. Only that one path is ever read from the package
 * files: they also hold the reference solutions, which never leave the server.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.js';
import {
  editorialViews,
  problems,
  problemVersionFiles,
  problemVersions,
  submissions,
} from '../../infra/db/schema.js';

/** Where a package keeps its editorial, in the order they are looked for. */
export const editorialPaths = ['problem_statement/editorial.en.md', 'problem_statement/editorial.md'];

export interface EditorialRow {
  problemId: number;
  markdown: string;
}

export function createEditorialRepository(db: Database) {
  return {
    /** The latest version's editorial; `undefined` for an unknown problem, `null` when it has none. */
    async latest(slug: string): Promise<EditorialRow | null | undefined> {
      const [latest] = await db
        .select({ problemId: problems.id, versionId: problemVersions.id })
        .from(problems)
        .innerJoin(problemVersions, eq(problemVersions.problemId, problems.id))
        .where(eq(problems.slug, slug))
        .orderBy(desc(problemVersions.version))
        .limit(1);
      if (latest === undefined) return undefined;
      const files = await db
        .select({ path: problemVersionFiles.path, data: problemVersionFiles.data })
        .from(problemVersionFiles)
        .where(
          and(
            eq(problemVersionFiles.problemVersionId, latest.versionId),
            inArray(problemVersionFiles.path, editorialPaths),
          ),
        );
      const file = editorialPaths.map((p) => files.find((f) => f.path === p)).find((f) => f !== undefined);
      if (file === undefined) return null;
      return { problemId: latest.problemId, markdown: Buffer.from(file.data).toString('utf8') };
    },

    /**
     * Records that the learner opened the editorial (the first time counts) and says when that was
     * and whether they had already solved the problem then.
     */
    async recordView(
      userId: string,
      problemId: number,
    ): Promise<{ firstViewedAt: Date; solvedBefore: boolean }> {
      await db.insert(editorialViews).values({ userId, problemId }).onConflictDoNothing();
      const [row] = await db
        .select({
          firstViewedAt: editorialViews.firstViewedAt,
          solvedBefore: sql<boolean>`exists (select 1 from ${submissions} s where s.user_id = ${userId} and s.problem_id = ${problemId} and s.mode = 'submit' and s.verdict = 'AC' and s.created_at < ${editorialViews.firstViewedAt})`,
        })
        .from(editorialViews)
        .where(and(eq(editorialViews.userId, userId), eq(editorialViews.problemId, problemId)));
      return { firstViewedAt: row!.firstViewedAt, solvedBefore: Boolean(row!.solvedBefore) };
    },
  };
}

export type EditorialRepository = ReturnType<typeof createEditorialRepository>;
