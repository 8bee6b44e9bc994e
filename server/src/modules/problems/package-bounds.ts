/**
 * "Large tests reach the stated limits", checked: a package declares in `constraints.yaml` the bounds
 * its statement promises, every test input is measured, and the data must stay within each bound and
 * reach both of its ends in the secret tests (or say, per measure, why not). Function problems are
 * measured from their arguments by their declared types; other problems by their input validator,
 * run with `--measure`, which prints the measures of one input as a JSON object. See
 * docs/problem-format.md ("The rule for every package").
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProblemPackage, TestCase, ValueType } from '@winterarc/judge';
import { parse } from 'yaml';

export const constraintsFile = 'constraints.yaml';

/** The smallest and largest value a measure takes. */
export interface Range {
  min: number;
  max: number;
}

export interface DeclaredBounds {
  measure: 'arguments' | 'validator';
  bounds: Map<string, Range>;
  /** Measures whose ends the tests need not reach, with the reason. */
  unreached: Map<string, string>;
}

type Measures = Map<string, Range>;

/** Reads `constraints.yaml`; throws with the file's name and the fix when it is malformed. */
export async function readDeclaredBounds(packageDir: string): Promise<DeclaredBounds> {
  const file = path.join(packageDir, constraintsFile);
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  const doc = parse(await readFile(file, 'utf8')) as Record<string, unknown> | null;
  if (doc === null || typeof doc !== 'object') return fail('must be a map with measure and bounds');
  const measure = doc.measure;
  if (measure !== 'arguments' && measure !== 'validator')
    return fail('measure must be `arguments` (function problems) or `validator`');
  const bounds = new Map<string, Range>();
  for (const [name, value] of Object.entries((doc.bounds ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'number'))
      return fail(`bounds.${name} must be [min, max], two numbers`);
    const [min, max] = value as [number, number];
    if (min > max) return fail(`bounds.${name}: min ${min} is above max ${max}`);
    bounds.set(name, { min, max });
  }
  if (bounds.size === 0) fail('bounds must list at least one measure');
  const unreached = new Map<string, string>();
  for (const [name, reason] of Object.entries((doc.unreached ?? {}) as Record<string, unknown>)) {
    if (typeof reason !== 'string' || reason.trim() === '')
      return fail(`unreached.${name} must say why the tests do not reach that bound`);
    if (!bounds.has(name)) return fail(`unreached.${name} names no measure of bounds`);
    unreached.set(name, reason);
  }
  return { measure, bounds, unreached };
}

function widen(into: Measures, name: string, range: Range): void {
  const known = into.get(name);
  into.set(
    name,
    known === undefined
      ? { ...range }
      : { min: Math.min(known.min, range.min), max: Math.max(known.max, range.max) },
  );
}

/** Levels of a binary tree written in level order with nulls (each node owns the next two slots). */
function treeDepth(levelOrder: unknown[]): number {
  if (levelOrder.length === 0 || levelOrder[0] === null) return 0;
  let depth = 0;
  let level = 1;
  let at = 1;
  while (level > 0) {
    depth += 1;
    let next = 0;
    for (let slot = 0; slot < 2 * level && at < levelOrder.length; slot += 1, at += 1)
      if (levelOrder[at] !== null) next += 1;
    level = next;
  }
  return depth;
}

/**
 * The measures of one argument, named after the parameter: `k` for a number, `len(x)` for a list's,
 * string's or linked list's length or a tree's node count, `x[]` for the elements (`x[][]` one level
 * deeper, `x{}` for a map's values), `depth(x)` for a tree's levels.
 */
export function measureArgument(value: unknown, type: ValueType, name: string, into: Measures): void {
  const add = (measure: string, n: number) => widen(into, measure, { min: n, max: n });
  switch (type.kind) {
    case 'int':
    case 'float':
      add(name, value as number);
      return;
    case 'bool':
      return;
    case 'string':
      add(`len(${name})`, (value as string).length);
      return;
    case 'list':
      add(`len(${name})`, (value as unknown[]).length);
      for (const item of value as unknown[]) measureArgument(item, type.of, `${name}[]`, into);
      return;
    case 'map':
      add(`len(${name})`, Object.keys(value as object).length);
      for (const item of Object.values(value as object)) measureArgument(item, type.of, `${name}{}`, into);
      return;
    case 'linked_list':
      add(`len(${name})`, (value as number[]).length);
      for (const item of value as number[]) add(`${name}[]`, item);
      return;
    case 'binary_tree': {
      const nodes = (value as (number | null)[]).filter((v) => v !== null) as number[];
      add(`len(${name})`, nodes.length);
      add(`depth(${name})`, treeDepth(value as unknown[]));
      for (const item of nodes) add(`${name}[]`, item);
      return;
    }
  }
}

async function measureByArguments(problem: ProblemPackage, test: TestCase): Promise<Measures> {
  const params = problem.function?.signature.params ?? [];
  const args = JSON.parse(await readFile(test.input, 'utf8')) as unknown[];
  const measures: Measures = new Map();
  for (const [i, param] of params.entries()) measureArgument(args[i], param.type, param.name, measures);
  return measures;
}

/** Runs the package's Python input validator with `--measure` on one input (our own content). */
function measureByValidator(validator: string, test: TestCase): Promise<Measures> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      '/usr/bin/python3',
      ['-I', '-S', '-B', validator, '--measure'],
      { maxBuffer: 1024 * 1024 },
      (error, stdout) => {
        // The Kattis interface: exit 42 means valid; any other end is the validator's verdict.
        if (error !== null && error.code !== 42)
          return reject(new Error(`${validator} --measure failed on ${test.name}: ${error.message}`));
        try {
          const raw = JSON.parse(stdout) as Record<string, number | [number, number]>;
          const measures: Measures = new Map();
          for (const [name, v] of Object.entries(raw))
            measures.set(name, Array.isArray(v) ? { min: v[0], max: v[1] } : { min: v, max: v });
          resolve(measures);
        } catch {
          reject(new Error(`${validator} --measure printed no JSON object for ${test.name}`));
        }
      },
    );
    readFile(test.input).then((input) => child.stdin?.end(input), reject);
  });
}

/** The ways a package's data misses its declared bounds; empty when it keeps and reaches them all. */
export async function boundProblems(problem: ProblemPackage, declared: DeclaredBounds): Promise<string[]> {
  const validator = problem.inputValidators[0];
  if (declared.measure === 'validator' && validator?.language !== 'python')
    return ['measure: validator needs one Python input validator that understands --measure'];
  const measureOne = (test: TestCase) =>
    declared.measure === 'arguments'
      ? measureByArguments(problem, test)
      : measureByValidator(validator!.absolutePath, test);
  const all: Measures = new Map();
  const secret: Measures = new Map();
  const cases = problem.testData.cases;
  const measured = await Promise.all(cases.map(measureOne));
  for (const [i, measures] of measured.entries())
    for (const [name, range] of measures) {
      widen(all, name, range);
      if (cases[i]!.group.startsWith('secret')) widen(secret, name, range);
    }

  const problems: string[] = [];
  for (const name of all.keys())
    if (!declared.bounds.has(name))
      problems.push(`${name} is measured but ${constraintsFile} states no bound for it`);
  for (const [name, bound] of declared.bounds) {
    const seen = all.get(name);
    if (seen === undefined) {
      problems.push(`no input has a measure ${name} (measured: ${[...all.keys()].join(', ')})`);
      continue;
    }
    if (seen.min < bound.min || seen.max > bound.max)
      problems.push(
        `${name} spans [${seen.min}, ${seen.max}] in the data, outside the stated [${bound.min}, ${bound.max}]`,
      );
    if (declared.unreached.has(name)) continue;
    const reached = secret.get(name) ?? { min: Number.NaN, max: Number.NaN };
    if (reached.max !== bound.max)
      problems.push(`no secret test reaches ${name} = ${bound.max} (largest: ${reached.max})`);
    if (reached.min !== bound.min)
      problems.push(`no secret test reaches ${name} = ${bound.min} (smallest: ${reached.min})`);
  }
  return problems;
}
