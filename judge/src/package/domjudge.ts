/**
 * DOMjudge's additions to a Kattis package, read on import: the time limit in `.timelimit` (seconds)
 * or `domjudge-problem.ini` (`timelimit = 2`, also `name`), and the expected results a submission's
 * source declares with `@EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT`.
 * @see https://www.domjudge.org/docs/manual/main/import.html
 */
import type { Verdict } from '../engine/verdict.js';
import type { IssueLog } from './issues.js';
import type { PackageTree } from './package-tree.js';

export interface DomjudgeSettings {
  /** Seconds, from `domjudge-problem.ini` or else `.timelimit`. */
  timeLimit?: number;
  /** Where the time limit came from, for messages. */
  timeLimitFile?: string;
  name?: string;
}

const iniFile = 'domjudge-problem.ini';
const timelimitFile = '.timelimit';

/** Keys of domjudge-problem.ini that describe the problem in DOMjudge's own contest, not here. */
const ignoredIniKeys = new Set([
  'probid',
  'short-name',
  'externalid',
  'color',
  'allow_submit',
  'allow_judge',
  'points',
]);

function seconds(text: string): number | undefined {
  const value = Number(text.trim());
  return /^\s*\d+(\.\d+)?\s*$/.test(text) && value > 0 ? value : undefined;
}

/** Reads `.timelimit` and `domjudge-problem.ini` when the package has them. */
export async function readDomjudgeSettings(tree: PackageTree, log: IssueLog): Promise<DomjudgeSettings> {
  const settings: DomjudgeSettings = {};
  if (tree.isFile(timelimitFile)) {
    const text = await tree.readText(timelimitFile, log);
    const value = text === undefined ? undefined : seconds(text);
    if (text !== undefined && value === undefined)
      log.error(timelimitFile, `must hold a number of seconds above 0, not ${JSON.stringify(text.trim())}.`);
    if (value !== undefined) Object.assign(settings, { timeLimit: value, timeLimitFile: timelimitFile });
  }
  if (tree.isFile(iniFile)) {
    const text = (await tree.readText(iniFile, log)) ?? '';
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
      const line = raw.trim();
      if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
      const match = /^([A-Za-z_-]+)\s*=\s*(.*)$/.exec(line);
      if (match === null) {
        log.warn(iniFile, `line ${index + 1} is not key = value and was ignored.`);
        continue;
      }
      const key = match[1]!.toLowerCase();
      const value = match[2]!.replace(/^(['"])(.*)\1$/, '$2');
      if (key === 'timelimit') {
        const limit = seconds(value);
        if (limit === undefined)
          log.error(iniFile, `timelimit must be a number of seconds above 0, not ${JSON.stringify(value)}.`);
        else Object.assign(settings, { timeLimit: limit, timeLimitFile: iniFile });
      } else if (key === 'name') settings.name = value;
      else if (key === 'special_compare' || key === 'special_run')
        log.warn(
          iniFile,
          `${key} names an executable of a DOMjudge installation and was ignored; put the program in output_validators/.`,
        );
      else if (!ignoredIniKeys.has(key))
        log.warn(iniFile, `${key} is not a DOMjudge problem setting Winter Arc knows; it was ignored.`);
    }
  }
  return settings;
}

/** DOMjudge's result names and the verdict each one is here (no-output is a wrong answer). */
const domjudgeResults: Record<string, Verdict> = {
  CORRECT: 'AC',
  ACCEPTED: 'AC',
  'WRONG-ANSWER': 'WA',
  'NO-OUTPUT': 'WA',
  TIMELIMIT: 'TLE',
  'TIME-LIMIT': 'TLE',
  'RUN-ERROR': 'RE',
  'RUN-TIME-ERROR': 'RE',
  'MEMORY-LIMIT': 'MLE',
  'OUTPUT-LIMIT': 'OLE',
  'COMPILER-ERROR': 'CE',
};

/**
 * The verdicts a source allows with `@EXPECTED_RESULTS@:` (anywhere, usually in a comment);
 * undefined without the tag, or a sentence naming a result that is not DOMjudge's.
 */
export function expectedResultsIn(source: string): Verdict[] | string | undefined {
  const match = /@EXPECTED_RESULTS@:?\s*([A-Za-z_,\s-]+?)\s*(?:\*\/|-->|$)/m.exec(source);
  if (match === null) return undefined;
  const names = match[1]!
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => name.toUpperCase().replace(/_/g, '-'));
  const unknown = names.filter((name) => domjudgeResults[name] === undefined);
  if (names.length === 0 || unknown.length > 0)
    return `@EXPECTED_RESULTS@ names ${unknown.length > 0 ? unknown.join(', ') : 'nothing'}; use ${Object.keys(domjudgeResults).join(', ')}.`;
  const verdicts = names.map((name) => domjudgeResults[name]!);
  // A run-time failure from a memory-limit kill counts as RUN-ERROR, as for run_time_error/.
  if (verdicts.includes('RE') && !verdicts.includes('MLE')) verdicts.push('MLE');
  return [...new Set(verdicts)];
}
