/**
 * What the problem bank promises the learner, read from the catalogue and the packages themselves:
 * every data-structures topic of weeks 3–4 has problems at every level (issue 12's bar), the week's
 * problems mix the styles, and every package explains itself with an editorial. Counts that are still
 * growing (the algorithms and Python weeks) are held as floors, so content can only be added.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { type ProblemPackage, readProblemPackage } from '@winterarc/judge';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoPaths } from '../../infra/paths.js';
import { loadRoadmapContent } from '../roadmap/content.js';
import { type CatalogEntry, loadProblemCatalog } from './seed-problems.js';

/** The 15 topics issue 12 names for weeks 3–4: each needs three problems, easy, medium and hard. */
const dataStructureTopics = [
  'ds-arrays',
  'ds-strings',
  'ds-linked-lists',
  'ds-stacks',
  'ds-queues',
  'ds-hash-maps',
  'ds-sets',
  'ds-bst',
  'ds-avl-trees',
  'ds-trie',
  'ds-bfs',
  'ds-dfs',
  'ds-shortest-path',
  'ds-heaps',
  'ds-tries-applications',
];

/** Floors per roadmap week: the bank may grow, never shrink. */
const problemsPerWeek: Record<string, number> = {
  's1-w01-02-python-mastery': 3,
  's1-w03-04-data-structures': 64,
  's1-w05-algorithms': 30,
  's1-w06-plus-problem-solving-drills': 26,
};

/**
 * Issue 13's bar for the four drill patterns (at least ten each, from an easy entry to a hard
 * finisher). Sliding window and two pointers have reached it; backtracking and binary search on the
 * answer join this list when their problems are written.
 */
const drillTopics = ['drill-sliding-window', 'drill-two-pointers'];

let entries: CatalogEntry[];
const packages = new Map<string, ProblemPackage>();
const weekOf = new Map<string, string>();
beforeAll(async () => {
  entries = (await loadProblemCatalog(repoPaths.problemsContent)).entries;
  for (const entry of entries) packages.set(entry.slug, await readProblemPackage(entry.dir));
  for (const session of await loadRoadmapContent(repoPaths.roadmapContent))
    for (const week of session.weeks)
      for (const bullet of week.bullets) for (const topic of bullet.topics) weekOf.set(topic.slug, week.slug);
});

const practising = (topic: string) => entries.filter((entry) => entry.topics.includes(topic));
const inWeek = (week: string) =>
  entries.filter((entry) => entry.topics.some((topic) => weekOf.get(topic) === week));

describe('the problem bank', () => {
  it.each(dataStructureTopics)(
    '%s has at least three problems: one of difficulty 1–2, one of 3, one of 4–5',
    (topic) => {
      const problems = practising(topic);
      const levels = problems.map((entry) => entry.difficulty);
      expect(problems.length, `${topic}: ${problems.map((p) => p.slug).join(', ')}`).toBeGreaterThanOrEqual(
        3,
      );
      expect(
        levels.some((d) => d <= 2),
        `${topic} has no easy problem`,
      ).toBe(true);
      expect(
        levels.some((d) => d === 3),
        `${topic} has no problem of difficulty 3`,
      ).toBe(true);
      expect(
        levels.some((d) => d >= 4),
        `${topic} has no hard problem`,
      ).toBe(true);
    },
  );

  it('mixes the styles in weeks 3–4: mostly function problems, custom checkers and interactive ones', () => {
    const week = inWeek('s1-w03-04-data-structures').map((entry) => packages.get(entry.slug)!);
    const functions = week.filter((p) => p.function !== undefined).length;
    expect(functions / week.length).toBeGreaterThanOrEqual(0.6);
    expect(week.filter((p) => p.function === undefined && !p.interactive).length).toBeGreaterThanOrEqual(5);
    expect(
      week.filter((p) => p.outputValidation.kind === 'custom' && !p.interactive).length,
    ).toBeGreaterThanOrEqual(3);
    expect(week.filter((p) => p.interactive).length).toBeGreaterThanOrEqual(2);
  });

  it.each(drillTopics)('%s has at least ten problems, from difficulty 1 to 5', (topic) => {
    const levels = new Set(practising(topic).map((entry) => entry.difficulty));
    expect(practising(topic).length).toBeGreaterThanOrEqual(10);
    expect([...levels].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(Object.entries(problemsPerWeek))('keeps at least the problems %s has (%i)', (week, floor) => {
    expect(inWeek(week).length).toBeGreaterThanOrEqual(floor);
  });

  it('gives every problem an editorial for the learner', async () => {
    const missing: string[] = [];
    for (const entry of entries) {
      try {
        await access(path.join(entry.dir, 'problem_statement', 'editorial.en.md'));
      } catch {
        missing.push(entry.slug);
      }
    }
    expect(missing).toEqual([]);
  });
});
