#!/usr/bin/env node
/**
 * One-off rename, kept so it can be run again on code written before it (another branch merged
 * later): in a judge, "problem" means the task, so the HTTP error side is named apart from it.
 * - `problems` (the HTTP-error factory of server/src/infra/http/problem.ts) → `httpProblem`;
 * - `problemSchema` (the RFC 9457 document schema of server/src/infra/http/schemas.ts) →
 *   `problemDetailsSchema` (modules/problems/schemas.ts keeps `problemSchema`: the task).
 * Only files that import those names from those modules change, so the `problems` table and the
 * task's `problemSchema` are never touched. Idempotent; formats what it changed with Biome.
 *
 * Usage: node scripts/codemods/rename-http-problem.mjs
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const serverDir = path.join(root, 'server');

/** Every TypeScript file of the server (its sources, tests and tools), node_modules and dist aside. */
function typescriptFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typescriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const renames = [
  { from: 'problems', to: 'httpProblem', module: /(^|\/)problem\.js$/, home: 'src/infra/http/problem.ts' },
  {
    from: 'problemSchema',
    to: 'problemDetailsSchema',
    module: /(^|\/)infra\/http\/schemas\.js$|^\.\/schemas\.js$/,
    home: 'src/infra/http/schemas.ts',
  },
];

const importPattern = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';/g;

/** The file with `rename` applied, when it imports the name from its module (or is its home). */
function applyRename(file, text, rename) {
  const isHome = path.relative(serverDir, file) === rename.home;
  let imports = false;
  const fromInfraHttp = (specifier) =>
    rename.module.test(specifier) &&
    path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')) === path.join(serverDir, rename.home);
  let next = text.replace(importPattern, (statement, _type, names, specifier) => {
    if (!fromInfraHttp(specifier)) return statement;
    const list = names.split(',').map((name) => name.trim());
    if (!list.includes(rename.from)) return statement;
    imports = true;
    return statement.replace(new RegExp(`\\b${rename.from}\\b(?!\\s+as\\b)`), rename.to);
  });
  if (!imports && !isHome) return text;
  if (isHome) next = next.replace(new RegExp(`export const ${rename.from}\\b`), `export const ${rename.to}`);
  // Uses: the bare identifier, not a property (`.problems`) nor part of a longer name.
  return next.replace(new RegExp(`(?<![.\\w$])${rename.from}(?=[.(,\\s)\\]}])`, 'g'), (match, offset) =>
    // Leave comments and string contents alone: they may mean the task.
    insideString(next, offset) || insideComment(next, offset) ? match : rename.to,
  );
}

/** Whether `offset` is on a comment line (`*`, `/*`, `//`) or after a `//` on its line. */
function insideComment(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^\s*(\*|\/\*|\/\/)/.test(before) || before.includes('//');
}

/** Whether `offset` is inside a single-quoted, double-quoted or template string on its line. */
function insideString(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  let quote;
  for (const char of before) {
    if (quote === undefined && (char === "'" || char === '"' || char === '`')) quote = char;
    else if (char === quote) quote = undefined;
  }
  return quote !== undefined;
}

const changed = [];
for (const file of typescriptFiles(serverDir)) {
  const text = readFileSync(file, 'utf8');
  const next = renames.reduce((current, rename) => applyRename(file, current, rename), text);
  if (next !== text) {
    writeFileSync(file, next);
    changed.push(path.relative(root, file));
  }
}
if (changed.length > 0) {
  const biome = spawnSync('npx', ['biome', 'check', '--write', ...changed], { cwd: root, stdio: 'inherit' });
  if (biome.status !== 0) process.exitCode = 1;
}
console.log(`${changed.length} file(s) renamed${changed.length > 0 ? `:\n${changed.join('\n')}` : ''}`);
