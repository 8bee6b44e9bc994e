/**
 * `testdata.yaml` of one test group, merged over its parent group's effective settings. Keys are
 * inherited one by one (as Kattis problemtools merges them), except the 2023-07 `scoring` map, which
 * belongs to its own group only. A misspelled key is an error: silently ignoring it would judge every
 * submission with the wrong rules.
 */
import type { IssueLog } from './issues.js';
import type { FormatVersion, GroupScoring, GroupSettings, InputValidatorArgs } from './types.js';
import { isYamlMap, type YamlMap } from './yaml-file.js';

/** Settings of the root `data` group when it has no `testdata.yaml`. */
export const defaultGroupSettings: GroupSettings = {
  inputValidatorArgs: { kind: 'all', args: [] },
  outputValidatorArgs: [],
  onReject: 'break',
  graderFlags: [],
  acceptScore: 1,
  rejectScore: 0,
  range: { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY },
  fullFeedback: false,
};

const legacyKeys = [
  'on_reject',
  'grading',
  'grader_flags',
  'accept_score',
  'reject_score',
  'range',
  'input_validator_flags',
  'output_validator_flags',
];
const draftKeys = [
  'score',
  'scoring',
  'input_validator_args',
  'output_validator_args',
  'static_validation',
  'full_feedback',
  'hint',
  'description',
];
/** What a key of the other version is called in this one, for the error message. */
const counterpart: Record<string, string> = {
  input_validator_flags: 'input_validator_args',
  output_validator_flags: 'output_validator_args',
  input_validator_args: 'input_validator_flags',
  output_validator_args: 'output_validator_flags',
  accept_score: 'scoring',
  reject_score: 'scoring',
  range: 'scoring',
  grader_flags: 'scoring',
  score: 'accept_score/range',
  scoring: 'accept_score/reject_score/range',
};
const graderFlagWords = new Set([
  'worst_error',
  'first_error',
  'always_accept',
  'sum',
  'avg',
  'min',
  'max',
  'ignore_sample',
  'accept_if_any_accepted',
]);

export interface GroupContext {
  /** The `testdata.yaml` being read, for messages. */
  file: string;
  /** The group's name below `data/` (`''` for the root, `secret/group1`, …). */
  group: string;
  version: FormatVersion;
  scoring: boolean;
  log: IssueLog;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Arguments as the 2023-07 list of strings; a legacy-style string of words is accepted too. */
function argumentList(value: unknown, key: string, context: GroupContext): string[] | undefined {
  if (typeof value === 'string') return words(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.map(String);
  }
  context.log.error(context.file, `${key} must be a list of strings (${key}: [float_tolerance, '1e-6']).`);
  return undefined;
}

function inputValidatorArgs(
  value: unknown,
  key: string,
  context: GroupContext,
): InputValidatorArgs | undefined {
  if (!isYamlMap(value)) {
    const args = argumentList(value, key, context);
    return args === undefined ? undefined : { kind: 'all', args };
  }
  // The legacy spec describes a map {name, flags}; problemtools reads a map of validator name to flags.
  const keys = Object.keys(value);
  const entries =
    keys.length === 2 && keys.includes('name') && keys.includes('flags')
      ? [[String(value.name), value.flags] as const]
      : Object.entries(value);
  const args: Record<string, string[]> = {};
  for (const [name, flags] of entries) {
    const parsed = argumentList(flags, `${key}.${name}`, context);
    if (parsed !== undefined) args[name] = parsed;
  }
  return { kind: 'per-validator', args };
}

function finiteNumber(value: unknown, key: string, context: GroupContext): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  context.log.error(context.file, `${key} must be a number, got ${JSON.stringify(value)}.`);
  return undefined;
}

function scoreRange(value: unknown, context: GroupContext): GroupSettings['range'] | undefined {
  const parts = typeof value === 'string' ? words(value) : [];
  const numbers = parts.map((part) =>
    Number(part.replace(/^\+?inf$/, 'Infinity').replace(/^-inf$/, '-Infinity')),
  );
  if (numbers.length !== 2 || numbers.some(Number.isNaN) || numbers[0]! > numbers[1]!) {
    context.log.error(
      context.file,
      `range must be two numbers "min max" with min ≤ max (range: 0 100), got ${JSON.stringify(value)}.`,
    );
    return undefined;
  }
  return { min: numbers[0]!, max: numbers[1]! };
}

function applyLegacyKey(settings: GroupSettings, key: string, value: unknown, context: GroupContext): void {
  const { file, log } = context;
  if (['accept_score', 'reject_score', 'range'].includes(key) && !context.scoring) {
    log.error(file, `${key} is only for scoring problems; remove it or add type: scoring to problem.yaml.`);
    return;
  }
  switch (key) {
    case 'on_reject':
      if (value === 'break' || value === 'continue') settings.onReject = value;
      else log.error(file, `on_reject must be break or continue, got ${JSON.stringify(value)}.`);
      break;
    case 'grading':
      if (value === 'custom')
        log.error(
          file,
          'grading: custom needs a custom grader, which Winter Arc does not run; use grader_flags.',
        );
      else if (value !== 'default') log.error(file, `grading must be default, got ${JSON.stringify(value)}.`);
      break;
    case 'grader_flags': {
      const flags = typeof value === 'string' ? words(value) : undefined;
      const unknown = flags?.filter((flag) => !graderFlagWords.has(flag)) ?? [];
      if (flags === undefined || unknown.length > 0) {
        log.error(
          file,
          `grader_flags must be words from ${[...graderFlagWords].join(', ')}; got ${JSON.stringify(value)}.`,
        );
      } else settings.graderFlags = flags;
      break;
    }
    case 'accept_score':
    case 'reject_score': {
      const score = finiteNumber(value, key, context);
      if (score !== undefined) settings[key === 'accept_score' ? 'acceptScore' : 'rejectScore'] = score;
      break;
    }
    case 'range': {
      const range = scoreRange(value, context);
      if (range !== undefined) settings.range = range;
      break;
    }
    case 'input_validator_flags': {
      const args = inputValidatorArgs(value, key, context);
      if (args !== undefined) settings.inputValidatorArgs = args;
      break;
    }
    case 'output_validator_flags': {
      // The legacy map form {name, flags} names one of several validators; there is only one here.
      const flags = isYamlMap(value) ? value.flags : value;
      const args = argumentList(flags ?? '', key, context);
      if (args !== undefined) settings.outputValidatorArgs = args;
      break;
    }
  }
}

function readScoring(map: YamlMap, context: GroupContext, base: GroupScoring): GroupScoring {
  const { file, log } = context;
  const scoring: GroupScoring = { ...base };
  const raw = isYamlMap(map.scoring) ? map.scoring : {};
  if (map.scoring !== undefined && !isYamlMap(map.scoring)) {
    log.error(file, 'scoring must be a map with score, aggregation and/or require_pass.');
  }
  for (const key of Object.keys(raw)) {
    if (!['score', 'aggregation', 'require_pass'].includes(key)) {
      log.error(file, `scoring.${key} is unknown; use score, aggregation or require_pass.`);
    }
  }
  if (map.score !== undefined && raw.score !== undefined) {
    log.error(file, 'gives both score and scoring.score; keep scoring.score.');
  }
  const score = raw.score ?? map.score;
  if (score === 'unbounded' || (typeof score === 'number' && Number.isFinite(score) && score >= 0)) {
    scoring.score = score;
  } else if (score !== undefined) {
    log.error(file, `score must be a non-negative number or unbounded, got ${JSON.stringify(score)}.`);
  }
  if (raw.aggregation === 'pass-fail' || raw.aggregation === 'sum' || raw.aggregation === 'min') {
    scoring.aggregation = raw.aggregation;
  } else if (raw.aggregation !== undefined) {
    log.error(
      file,
      `scoring.aggregation must be pass-fail, sum or min, got ${JSON.stringify(raw.aggregation)}.`,
    );
  }
  const requirePass = raw.require_pass;
  if (typeof requirePass === 'string') scoring.requirePass = [requirePass];
  else if (Array.isArray(requirePass) && requirePass.every((item) => typeof item === 'string')) {
    scoring.requirePass = requirePass;
  } else if (requirePass !== undefined) {
    log.error(file, 'scoring.require_pass must be a test case or group path, or a list of them.');
  }
  return scoring;
}

function applyDraftKeys(settings: GroupSettings, map: YamlMap, context: GroupContext): void {
  const { file, log } = context;
  if (map.input_validator_args !== undefined) {
    const args = inputValidatorArgs(map.input_validator_args, 'input_validator_args', context);
    if (args !== undefined) settings.inputValidatorArgs = args;
  }
  if (map.output_validator_args !== undefined) {
    const args = argumentList(map.output_validator_args, 'output_validator_args', context);
    if (args !== undefined) settings.outputValidatorArgs = args;
  }
  if (map.full_feedback !== undefined) {
    if (typeof map.full_feedback === 'boolean') settings.fullFeedback = map.full_feedback;
    else log.error(file, 'full_feedback must be true or false.');
  }
  if (map.static_validation !== undefined && map.static_validation !== false) {
    log.warn(file, 'static_validation was ignored: Winter Arc has no static validator.');
  }
  if (map.scoring !== undefined || map.score !== undefined) {
    const inSecret = context.group === 'secret' || context.group.startsWith('secret/');
    if (!context.scoring)
      log.error(
        file,
        'scoring is only for scoring problems; remove it or add type: scoring to problem.yaml.',
      );
    else if (!inSecret)
      log.error(file, 'scoring may only be given for data/secret and its subgroups; move it there.');
    else if (settings.scoring !== undefined) settings.scoring = readScoring(map, context, settings.scoring);
  }
}

/**
 * The effective settings of a group: `yaml` (its own `testdata.yaml`, if any) over `parent`. For
 * 2023-07 scoring problems, every secret group gets its own `scoring` with the spec's defaults
 * (the secret group sums up to 100 points; its subgroups are pass-fail).
 */
export function groupSettings(
  parent: GroupSettings,
  yaml: YamlMap | undefined,
  context: GroupContext,
): GroupSettings {
  const settings: GroupSettings = { ...parent };
  delete settings.scoring;
  const draft = context.version === '2023-07-draft';
  if (draft && context.scoring && (context.group === 'secret' || context.group.startsWith('secret/'))) {
    settings.scoring =
      context.group === 'secret'
        ? { score: 100, aggregation: 'sum', requirePass: [] }
        : { aggregation: 'pass-fail', requirePass: [] };
  }
  if (yaml === undefined) return settings;

  const own = draft ? draftKeys : legacyKeys;
  for (const [key, value] of Object.entries(yaml)) {
    if (draft && legacyKeys.includes(key)) {
      // 2023-07 packages converted from legacy ones often keep the old keys: the flags still mean
      // what they meant (unless the new key is there too); the grading keys have no pass-fail meaning
      // and scoring is the 2023-07 `scoring`.
      const renamed = counterpart[key];
      if ((key === 'input_validator_flags' || key === 'output_validator_flags') && !(renamed! in yaml)) {
        applyLegacyKey(settings, key, value, context);
        context.log.warn(context.file, `${key} is a legacy key, read as ${renamed}; rename it.`);
      } else {
        context.log.warn(
          context.file,
          `${key} is a legacy key and was ignored; ${renamed === undefined ? '2023-07-draft has no such setting' : `this 2023-07-draft package uses ${renamed}`}.`,
        );
      }
    } else if (!own.includes(key)) {
      const other = counterpart[key];
      context.log.error(
        context.file,
        other !== undefined && (draft ? legacyKeys : draftKeys).includes(key)
          ? `${key} is a ${draft ? 'legacy' : '2023-07-draft'} key; this ${context.version} package uses ${other}.`
          : `${key} is not a testdata.yaml key; use one of ${own.join(', ')}.`,
      );
    } else if (!draft) {
      applyLegacyKey(settings, key, value, context);
    }
  }
  if (draft) applyDraftKeys(settings, yaml, context);
  return settings;
}
