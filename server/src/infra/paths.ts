import { fileURLToPath } from 'node:url';

/** The repository root, the same relative place from `server/src/infra` and `server/dist/infra`. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const repoPaths = {
  roadmapContent: `${repoRoot}content/roadmap`,
  problemsContent: `${repoRoot}content/problems`,
  quizzesContent: `${repoRoot}content/quizzes`,
  webDist: `${repoRoot}web/dist`,
};
