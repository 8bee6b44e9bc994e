import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoPaths } from '../../infra/paths.js';
import { loadRoadmapContent, type SessionContent } from '../roadmap/content.js';
import { type BankProblem, readBankProblems, renderProblemBank } from './problem-bank.js';
import { loadProblemCatalog } from './seed-problems.js';

const docsFile = fileURLToPath(new URL('../../../../docs/problem-bank.md', import.meta.url));

const topic = (slug: string, title: string) =>
  ({ slug, title }) as SessionContent['weeks'][number]['bullets'][number]['topics'][number];
const sessions = [
  {
    slug: 's1',
    label: 'Session 1',
    title: 'Core',
    summary: '',
    weeks: [
      {
        slug: 's1-w1',
        label: 'Week 1',
        title: 'Structures',
        summary: '',
        bullets: [
          { text: 'b', topics: [topic('ds-stacks', 'Stacks'), topic('ds-queues', 'Queues | deques')] },
        ],
      },
    ],
  },
] as SessionContent[];
const problem = (slug: string, difficulty: number, topics: string[]): BankProblem => ({
  slug,
  title: slug.toUpperCase(),
  difficulty,
  tags: ['stack'],
  topics,
  format: 'function',
});

describe('the generated problem bank', () => {
  it('lists each problem under every topic it practises, easiest first, and counts covered topics', () => {
    const text = renderProblemBank(sessions, [
      problem('b-hard', 4, ['ds-stacks']),
      problem('a-easy', 1, ['ds-queues', 'ds-stacks']),
    ]);
    expect(text).toContain('| Session 1 · Week 1: Structures | 2 | 2 | 2 |');
    expect(text).toContain(
      '| Stacks (`ds-stacks`) | `a-easy` A-EASY (1, function; also practises this; stack)<br>`b-hard` B-HARD (4, function; stack) |',
    );
    // A pipe in a title would break the table.
    expect(text).toContain('| Queues \\| deques (`ds-queues`) | `a-easy` A-EASY (1, function; stack) |');
  });

  it('shows a topic without problems as a dash', () => {
    expect(renderProblemBank(sessions, [])).toContain('| Stacks (`ds-stacks`) | — |');
  });

  it('is up to date in docs/problem-bank.md (run `npm run content:problem-bank` after changing content)', async () => {
    const expected = renderProblemBank(
      await loadRoadmapContent(repoPaths.roadmapContent),
      await readBankProblems(await loadProblemCatalog(repoPaths.problemsContent)),
    );
    expect(await readFile(docsFile, 'utf8')).toBe(expected);
  });
});
