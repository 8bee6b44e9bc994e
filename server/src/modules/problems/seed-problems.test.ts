import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../roadmap/content.js';
import { describeProblemSeed, loadProblemCatalog } from './seed-problems.js';

/** A content/problems look-alike: the given catalog text and an (empty) directory per package name. */
async function problemsDir(catalog: string | undefined, packages: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'winterarc-catalog-'));
  if (catalog !== undefined) await writeFile(path.join(dir, 'catalog.yaml'), catalog);
  for (const name of packages) await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, 'README.md'), 'not a package\n');
  return dir;
}

const two =
  'problems:\n  - slug: alpha\n    difficulty: 1\n    tags: [hash-map]\n  - slug: beta\n    difficulty: 5\n';

describe('the problem catalog', () => {
  it('accepts only the tags its pattern vocabulary lists, naming the entry and the tag', async () => {
    const dir = await problemsDir(two, ['alpha', 'beta']);
    await writeFile(
      path.join(dir, 'patterns.yaml'),
      "patterns:\n  - { slug: hash-set, group: structure, about: 'Membership in expected O(1).' }\n",
    );
    await expect(loadProblemCatalog(dir)).rejects.toThrow(
      /"alpha" has the tag "hash-map", which patterns.yaml does not list/,
    );
    await writeFile(
      path.join(dir, 'patterns.yaml'),
      "patterns:\n  - { slug: hash-map, group: structure, about: 'Key to value in expected O(1).' }\n",
    );
    expect((await loadProblemCatalog(dir)).entries.map((entry) => entry.tags)).toEqual([['hash-map'], []]);
  });

  it('refuses a vocabulary that lists a pattern twice', async () => {
    const dir = await problemsDir(two, ['alpha', 'beta']);
    const line = "  - { slug: hash-map, group: structure, about: 'Key to value in expected O(1).' }\n";
    await writeFile(path.join(dir, 'patterns.yaml'), `patterns:\n${line}${line}`);
    await expect(loadProblemCatalog(dir)).rejects.toThrow(/"hash-map" is listed twice/);
  });

  it('reads entries in order, with their package directory and empty tags by default', async () => {
    const dir = await problemsDir(two, ['alpha', 'beta', '.hidden']);
    expect((await loadProblemCatalog(dir)).entries).toEqual([
      { slug: 'alpha', difficulty: 1, tags: ['hash-map'], topics: [], dir: path.join(dir, 'alpha') },
      { slug: 'beta', difficulty: 5, tags: [], topics: [], dir: path.join(dir, 'beta') },
    ]);
  });

  it('takes one main topic or a list of topics, but not both', async () => {
    const one = await problemsDir(
      'problems:\n  - slug: alpha\n    difficulty: 1\n    topic: ds-arrays\n  - slug: beta\n    difficulty: 2\n    topics: [ds-sets, ds-hash-maps]\n',
      ['alpha', 'beta'],
    );
    expect((await loadProblemCatalog(one)).entries.map((entry) => entry.topics)).toEqual([
      ['ds-arrays'],
      ['ds-sets', 'ds-hash-maps'],
    ]);
    const both = await problemsDir(
      'problems:\n  - slug: alpha\n    difficulty: 1\n    topic: ds-arrays\n    topics: [ds-sets]\n',
      ['alpha'],
    );
    await expect(loadProblemCatalog(both)).rejects.toThrow(/"alpha" gives both topic and topics/);
  });

  it.each([
    [
      'a directory missing from the catalog',
      two,
      ['alpha', 'beta', 'gamma'],
      /does not list "gamma": add an entry/,
    ],
    ['an entry without a directory', two, ['alpha'], /lists "beta" but .* has no such directory/],
    [
      'a slug listed twice',
      `${two}  - slug: alpha\n    difficulty: 2\n`,
      ['alpha', 'beta'],
      /"alpha" is listed twice/,
    ],
    [
      'a difficulty out of range',
      'problems:\n  - slug: alpha\n    difficulty: 6\n',
      ['alpha'],
      /difficulty must be <= 5/,
    ],
    [
      'a tag that is not kebab-case',
      'problems:\n  - slug: alpha\n    difficulty: 1\n    tags: [Two Pointers]\n',
      ['alpha'],
      /tags\/0 must match pattern/,
    ],
    [
      'an unknown key',
      'problems:\n  - slug: alpha\n    difficulty: 1\n    level: 3\n',
      ['alpha'],
      /must NOT have additional properties/,
    ],
    ['invalid YAML', 'problems: [\n', [], /is not valid YAML/],
    [
      'no catalog at all',
      undefined,
      ['alpha'],
      /catalog\.yaml: does not exist: WINTERARC_PROBLEMS_DIR must name a folder/,
    ],
  ])('refuses %s, naming the catalog file', async (_what, catalog, packages, message) => {
    const dir = await problemsDir(catalog, packages);
    const loading = loadProblemCatalog(dir);
    await expect(loading).rejects.toThrow(ContentError);
    await expect(loading).rejects.toThrow(message);
    await expect(loading).rejects.toThrow(path.join(dir, 'catalog.yaml'));
  });

  it('summarises a seed in one line', () => {
    expect(describeProblemSeed('/c/problems', { imported: 2, updated: 0, unchanged: 7 })).toBe(
      'Problems seeded from /c/problems: 2 new versions, 7 unchanged.',
    );
    expect(describeProblemSeed('/c/problems', { imported: 0, updated: 1, unchanged: 8 })).toBe(
      'Problems seeded from /c/problems: 0 new versions, 1 with new difficulty, tags or topics, 8 unchanged.',
    );
  });
});
