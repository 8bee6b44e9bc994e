/**
 * `submissions/<expected verdict>/<program>`: the package's own solutions, which the self-test judges
 * and compares with the directory they sit in.
 */
import { expectedResultsIn } from './domjudge.js';
import type { IssueLog } from './issues.js';
import { joinPath, type PackageTree } from './package-tree.js';
import { describeProgram, isHidden, languageProblem } from './programs.js';
import { type ExpectedVerdict, expectedVerdicts, type Program, type Submission } from './types.js';

const isExpectedVerdict = (name: string): name is ExpectedVerdict =>
  (expectedVerdicts as readonly string[]).includes(name);

/** The `@EXPECTED_RESULTS@:` of a program's sources (the first file that has one), or why it is wrong. */
async function expectedResultsOf(tree: PackageTree, program: Program, log: IssueLog) {
  const files =
    program.kind === 'file' ? [program.path] : program.files.map((file) => joinPath(program.path, file));
  for (const file of files) {
    const text = await tree.readText(file, log);
    const found = text === undefined ? undefined : expectedResultsIn(text);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Every submission, in lexicographic order of verdict directory and then name. */
export async function readSubmissions(
  tree: PackageTree,
  scoring: boolean,
  log: IssueLog,
): Promise<Submission[]> {
  const submissions: Submission[] = [];
  for (const name of tree.children('submissions')) {
    const directory = joinPath('submissions', name);
    if (isHidden(name)) continue;
    if (!tree.isDirectory(directory)) {
      log.warn(directory, 'was ignored: only directories named after a verdict belong in submissions/.');
      continue;
    }
    if (!isExpectedVerdict(name)) {
      log.warn(directory, `was ignored: known verdict directories are ${expectedVerdicts.join(', ')}.`);
      continue;
    }
    if (name === 'partially_accepted' && !scoring) {
      log.error(directory, 'is only for scoring problems; move these submissions or add type: scoring.');
    }
    for (const entry of tree.children(directory)) {
      if (isHidden(entry)) continue;
      const program = describeProgram(tree, joinPath(directory, entry));
      const problem = languageProblem(program);
      if (program.language === undefined) {
        // Not judged in the self-test, but not fatal: verdict directories often hold notes or README files.
        log.warn(
          program.path,
          `was left out of the self-test: it ${problem ?? 'has no language of its own.'}`,
        );
        continue;
      }
      const expectedResults = await expectedResultsOf(tree, program, log);
      if (typeof expectedResults === 'string') {
        log.error(program.path, expectedResults);
        continue;
      }
      if (name === 'mixed' && expectedResults === undefined) {
        log.warn(
          program.path,
          'was left out of the self-test: a submission in mixed/ must say what it expects with @EXPECTED_RESULTS@: in its source.',
        );
        continue;
      }
      submissions.push({
        ...program,
        expected: name,
        language: program.language,
        ...(expectedResults === undefined ? {} : { expectedResults }),
      });
    }
  }
  if (!submissions.some((submission) => submission.expected === 'accepted')) {
    log.warn(
      'submissions/accepted',
      'holds no accepted submission; add one so the package can be self-tested.',
    );
  }
  return submissions;
}
