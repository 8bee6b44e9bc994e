/**
 * `npm run content:problem-bank`: writes docs/problem-bank.md from content/ (see
 * server/src/modules/problems/problem-bank.ts). `--check` only says whether it is up to date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { repoPaths } from '../server/src/infra/paths.js';
import { readBankProblems, renderProblemBank } from '../server/src/modules/problems/problem-bank.js';
import { loadProblemCatalog } from '../server/src/modules/problems/seed-problems.js';
import { loadRoadmapContent } from '../server/src/modules/roadmap/content.js';

const target = fileURLToPath(new URL('../docs/problem-bank.md', import.meta.url));
const text = renderProblemBank(
  await loadRoadmapContent(repoPaths.roadmapContent),
  await readBankProblems(await loadProblemCatalog(repoPaths.problemsContent)),
);
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('docs/problem-bank.md is out of date: run `npm run content:problem-bank`.');
    process.exit(1);
  }
  console.log('docs/problem-bank.md is up to date.');
} else {
  await writeFile(target, text);
  console.log(`wrote docs/problem-bank.md`);
}
