/**
 * Reads a problem package directory into a normalized, validated `ProblemPackage`. Nothing is run:
 * validators and submissions are only described. Every problem found is reported together in one
 * `ProblemPackageError`.
 */
import path from 'node:path';
import { readDomjudgeSettings } from './domjudge.js';
import { readCodeProblem } from './function-signature.js';
import { IssueLog, ProblemPackageError } from './issues.js';
import { defaultPackageReadLimits, type PackageTree, scanPackage } from './package-tree.js';
import { type ProblemMetadata, readProblemMetadata } from './problem-yaml.js';
import { nameFromLatex, readStatements } from './statements.js';
import { readSubmissions } from './submissions.js';
import { readTestData } from './test-data.js';
import type { ProblemPackage, ReadPackageOptions, Statement } from './types.js';
import { readInputValidators, readOutputValidation } from './validators.js';
import { readYamlMap, type YamlMap } from './yaml-file.js';

/** The problem's name by language, from problem.yaml or else from the LaTeX statements' `\problemname`. */
function problemName(metadata: ProblemMetadata, statements: Statement[], dir: string, log: IssueLog) {
  const languages = statements.map((statement) => statement.language);
  const { name } = metadata;
  if (typeof name === 'string') {
    // A bare name is in the statement's language when there is one statement (legacy), else English.
    return { [languages.length === 1 ? languages[0]! : 'en']: name };
  }
  if (name !== undefined) {
    const missing = languages.filter((language) => name[language] === undefined);
    if (metadata.formatVersion === '2023-07-draft' && missing.length > 0) {
      log.warn(
        'problem.yaml',
        `name has no entry for the statement language(s) ${missing.join(', ')}; add them.`,
      );
    }
    return name;
  }
  const fromStatements: Record<string, string> = {};
  for (const statement of statements) {
    const found = statement.format === 'latex' ? nameFromLatex(statement.text) : undefined;
    if (found !== undefined) fromStatements[statement.language] = found;
  }
  if (Object.keys(fromStatements).length > 0) return fromStatements;
  log.warn(
    'problem.yaml',
    'gives no name and no statement declares one; the directory name is used. Add name: to problem.yaml.',
  );
  return { en: path.basename(dir) };
}

/**
 * Reads the package in `dir`.
 * @throws ProblemPackageError listing every error (each with its file and what to do).
 */
export async function readProblemPackage(
  dir: string,
  options: ReadPackageOptions = {},
): Promise<ProblemPackage> {
  const log = new IssueLog();
  const readLimits = { ...defaultPackageReadLimits, ...options.limits };
  let tree: PackageTree;
  try {
    tree = await scanPackage(dir, readLimits, log);
  } catch (error) {
    throw new ProblemPackageError([
      { file: '.', message: `${dir} could not be read: ${(error as Error).message}.` },
    ]);
  }
  if (tree.truncated) throw new ProblemPackageError(log.errors);

  let problemYaml: YamlMap = {};
  if (tree.isFile('problem.yaml')) problemYaml = (await readYamlMap(tree, 'problem.yaml', log)) ?? {};
  else
    log.error(
      'problem.yaml',
      'is missing; every package needs one at its root (it may be empty for a legacy package).',
    );
  const metadata = readProblemMetadata(problemYaml, log);

  const statements = await readStatements(tree, metadata.formatVersion, log);
  const outputValidation = readOutputValidation(tree, metadata, log);
  const inputValidators = readInputValidators(tree, log);
  const testData = await readTestData(tree, metadata, outputValidation.kind === 'default', log);
  const submissions = await readSubmissions(tree, metadata.scoring, log);
  const codeProblem = await readCodeProblem(tree, log);
  const domjudge = await readDomjudgeSettings(tree, log);
  const limits = { ...metadata.limits };
  if (domjudge.timeLimit !== undefined) {
    if (limits.timeLimit === undefined) limits.timeLimit = domjudge.timeLimit;
    else if (limits.timeLimit !== domjudge.timeLimit)
      log.warn(
        domjudge.timeLimitFile!,
        `says ${domjudge.timeLimit} s but problem.yaml's limits.time_limit says ${limits.timeLimit} s; problem.yaml's is used.`,
      );
  }
  if (metadata.name === undefined && domjudge.name !== undefined) metadata.name = domjudge.name;
  if (limits.timeLimit === undefined && !submissions.some((s) => s.expected === 'accepted')) {
    log.error(
      'problem.yaml',
      'gives no limits.time_limit and there is no accepted submission to derive it from; add one of them.',
    );
  }
  if (metadata.multiPass && outputValidation.kind !== 'custom')
    log.error(
      'problem.yaml',
      'a multi-pass problem needs a custom output validator (it writes nextpass.in); add one.',
    );
  if (metadata.multiPass && metadata.interactive)
    log.error('problem.yaml', 'interactive multi-pass problems are not supported yet; keep one of the two.');
  const name = problemName(metadata, statements, tree.root, log);
  if (log.errors.length > 0) throw new ProblemPackageError(log.errors);

  const problemPackage: ProblemPackage = {
    dir: tree.root,
    formatVersion: metadata.formatVersion,
    name,
    scoring: metadata.scoring,
    interactive: metadata.interactive,
    multiPass: metadata.multiPass,
    limits,
    objective: metadata.objective,
    outputValidation,
    inputValidators,
    statements,
    testData,
    submissions,
    warnings: log.warnings,
    validatorFlags: metadata.validatorFlags,
  };
  if (metadata.uuid !== undefined) problemPackage.uuid = metadata.uuid;
  if (codeProblem?.kind === 'function') problemPackage.function = codeProblem.problem;
  if (codeProblem?.kind === 'class') problemPackage.class = codeProblem.problem;
  if (codeProblem?.kind === 'suite') problemPackage.suite = codeProblem.problem;
  return problemPackage;
}
