/**
 * Problem statements: legacy `problem_statement/problem[.<lang>].tex` and 2023-07-draft
 * `statement/problem.<lang>.{md,tex}`. Texts are returned as written; rendering is elsewhere.
 */
import type { IssueLog } from './issues.js';
import { joinPath, type PackageTree } from './package-tree.js';
import type { FormatVersion, Statement, StatementFormat } from './types.js';

/** `problem.tex`, `problem.en.md`, `problem.pt-BR.tex`; a missing language means English. */
const statementFile = /^problem(?:\.([a-z]{2,3}(?:-[A-Z]{2})?))?\.(md|tex|pdf)$/;

const formats: Record<string, StatementFormat> = { md: 'markdown', tex: 'latex' };

export async function readStatements(
  tree: PackageTree,
  version: FormatVersion,
  log: IssueLog,
): Promise<Statement[]> {
  const ownName = version === 'legacy' ? 'problem_statement' : 'statement';
  const otherName = version === 'legacy' ? 'statement' : 'problem_statement';
  const directory = tree.isDirectory(ownName) ? ownName : tree.isDirectory(otherName) ? otherName : undefined;
  if (directory === undefined) {
    log.warn(
      ownName,
      'is missing: the problem has no statement to show; add problem.en.md or problem.en.tex.',
    );
    return [];
  }
  if (directory === otherName) log.warn(directory, `is not the ${version} name; rename it to ${ownName}/.`);

  const statements: Statement[] = [];
  for (const name of tree.children(directory)) {
    const file = joinPath(directory, name);
    const match = statementFile.exec(name);
    if (match === null || !tree.isFile(file)) continue; // images and other files the statement uses
    const [, language = 'en', extension = ''] = match;
    const format = formats[extension];
    if (format === undefined) {
      log.warn(file, 'is a PDF statement, which Winter Arc cannot show; add a Markdown or LaTeX version.');
      continue;
    }
    if (statements.some((statement) => statement.language === language)) {
      log.error(file, `is a second statement in language ${language}; keep one file per language.`);
      continue;
    }
    const text = await tree.readText(file, log);
    if (text !== undefined) statements.push({ language, format, path: file, text });
  }
  if (statements.length === 0) {
    log.warn(directory, 'holds no problem.<language>.md or .tex statement; add one.');
  }
  return statements;
}

/**
 * The plain problem name a LaTeX statement declares: `%% plainproblemname:` when present (for names
 * with markup), otherwise the argument of `\problemname{…}`.
 */
export function nameFromLatex(text: string): string | undefined {
  const plain = /^%%\s*plainproblemname:\s*(.+)$/m.exec(text)?.[1];
  if (plain !== undefined) return plain.trim();
  return /\\problemname\{([^{}]*)\}/.exec(text)?.[1]?.trim() || undefined;
}
