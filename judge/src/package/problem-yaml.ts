/**
 * `problem.yaml` of both format versions, read into one shape. Defaults follow the specs and what
 * Kattis problemtools does: a legacy `time_multiplier` / `time_safety_margin` play the roles of the
 * 2023-07 `ac_to_time_limit` / `time_limit_to_tle`.
 */
import type { IssueLog } from './issues.js';
import type { FormatVersion, ProblemLimits } from './types.js';
import { isYamlMap, type YamlMap } from './yaml-file.js';

const FILE = 'problem.yaml';

export interface ProblemMetadata {
  formatVersion: FormatVersion;
  /** As written: a bare name, or a map by language; matched with the statements later. */
  name?: string | Record<string, string>;
  uuid?: string;
  scoring: boolean;
  interactive: boolean;
  /** Legacy `validation: custom multi-pass`, 2023-07 `type: multi-pass`. */
  multiPass: boolean;
  /** Legacy `validation: custom`; in 2023-07 a custom validator is there when `output_validator/` is. */
  customValidation: boolean;
  /** Legacy `validation: custom score`. */
  validatorScore: boolean;
  /** Legacy `validator_flags`, split into words. */
  validatorFlags: string[];
  objective: 'max' | 'min';
  limits: ProblemLimits;
}

const commonKeys = [
  'problem_format_version',
  'type',
  'name',
  'uuid',
  'license',
  'rights_owner',
  'limits',
  'keywords',
];
const knownKeys: Record<FormatVersion, ReadonlySet<string>> = {
  legacy: new Set([
    ...commonKeys,
    'author',
    'source',
    'source_url',
    'validation',
    'validator_flags',
    'grading',
    'languages',
  ]),
  '2023-07-draft': new Set([
    ...commonKeys,
    'version',
    'credits',
    'source',
    'embargo_until',
    'languages',
    'allow_file_writing',
    'constants',
  ]),
};

/** Reads a number that must be positive (and optionally an integer, or at least `min`). */
function positiveNumber(
  log: IssueLog,
  key: string,
  value: unknown,
  { integer = false, min }: { integer?: boolean; min?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value > 0 &&
    (!integer || Number.isInteger(value)) &&
    (min === undefined || value >= min);
  if (!ok) {
    const wanted = `${integer ? 'a whole number' : 'a number'} ${min === undefined ? 'above 0' : `of at least ${min}`}`;
    log.error(FILE, `${key} must be ${wanted}, got ${JSON.stringify(value)}.`);
    return undefined;
  }
  return value;
}

function readName(log: IssueLog, value: unknown): string | Record<string, string> | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (isYamlMap(value) && Object.values(value).every((name) => typeof name === 'string')) {
    return value as Record<string, string>;
  }
  log.error(FILE, 'name must be a string or a map from language codes to strings (en: Hello World).');
  return undefined;
}

function readType(
  log: IssueLog,
  version: FormatVersion,
  value: unknown,
): { scoring: boolean; interactive: boolean; multiPass: boolean } {
  const types = value === undefined ? ['pass-fail'] : Array.isArray(value) ? value : [value];
  const allowed =
    version === 'legacy' ? ['pass-fail', 'scoring'] : ['pass-fail', 'scoring', 'interactive', 'multi-pass'];
  for (const type of types) {
    if (version === '2023-07-draft' && type === 'submit-answer') {
      log.error(
        FILE,
        `type ${type} is not supported by Winter Arc; use pass-fail, scoring, interactive or multi-pass.`,
      );
    } else if (typeof type !== 'string' || !allowed.includes(type)) {
      log.error(FILE, `type ${JSON.stringify(type)} is unknown; use one of ${allowed.join(', ')}.`);
    }
  }
  if (types.length === 0 || (version === 'legacy' && Array.isArray(value))) {
    log.error(FILE, `type must be ${version === 'legacy' ? 'one string' : 'a string or a non-empty list'}.`);
  }
  if (types.includes('pass-fail') && types.includes('scoring')) {
    log.error(FILE, 'type cannot be both pass-fail and scoring; keep one.');
  }
  return {
    scoring: types.includes('scoring'),
    interactive: types.includes('interactive'),
    multiPass: types.includes('multi-pass'),
  };
}

function readLegacyValidation(log: IssueLog, problem: YamlMap, scoring: boolean) {
  const validation = problem.validation ?? 'default';
  const words = typeof validation === 'string' ? validation.split(/\s+/).filter(Boolean) : [];
  const [mode, ...modifiers] = words;
  const result = { custom: mode === 'custom', interactive: false, score: false, multiPass: false };
  if (mode !== 'default' && mode !== 'custom') {
    log.error(FILE, `validation must start with default or custom, got ${JSON.stringify(validation)}.`);
  } else if (mode === 'default' && modifiers.length > 0) {
    log.error(
      FILE,
      `validation: default takes no modifiers, got ${JSON.stringify(validation)}; write custom ${modifiers.join(' ')}.`,
    );
  }
  for (const modifier of mode === 'custom' ? modifiers : []) {
    if (modifier === 'interactive') result.interactive = true;
    else if (modifier === 'score') result.score = true;
    else if (modifier === 'multi-pass') result.multiPass = true;
    else
      log.error(
        FILE,
        `validation modifier ${JSON.stringify(modifier)} is unknown; use interactive, score and/or multi-pass.`,
      );
  }
  if (result.score && !scoring) {
    log.error(
      FILE,
      'validation: custom score is only for scoring problems; add type: scoring or drop score.',
    );
  }
  return result;
}

function readLimits(log: IssueLog, version: FormatVersion, value: unknown): ProblemLimits {
  const limits = isYamlMap(value) ? value : {};
  if (value !== undefined && !isYamlMap(value))
    log.error(FILE, 'limits must be a map (limits: {memory: 1024}).');
  const legacy = version === 'legacy';
  const multipliers = legacy ? {} : isYamlMap(limits.time_multipliers) ? limits.time_multipliers : {};
  if (!legacy && limits.time_multipliers !== undefined && !isYamlMap(limits.time_multipliers)) {
    log.error(FILE, 'limits.time_multipliers must be a map with ac_to_time_limit and/or time_limit_to_tle.');
  }
  for (const key of legacy
    ? ['time_multipliers', 'time_resolution']
    : ['time_multiplier', 'time_safety_margin']) {
    if (limits[key] !== undefined) {
      const instead = legacy
        ? 'time_multiplier and time_safety_margin'
        : 'time_multipliers.ac_to_time_limit and time_multipliers.time_limit_to_tle';
      log.error(
        FILE,
        `limits.${key} belongs to the other format version; this package is ${version}, so use ${instead}.`,
      );
    }
  }
  const minimum = legacy ? {} : { min: 1 };
  const number = (key: string, source: YamlMap, name: string, options = {}) =>
    positiveNumber(log, `limits.${key}`, source[name], options);
  const result: ProblemLimits = {
    acToTimeLimit:
      (legacy
        ? number('time_multiplier', limits, 'time_multiplier')
        : number('time_multipliers.ac_to_time_limit', multipliers, 'ac_to_time_limit', minimum)) ??
      (legacy ? 5 : 2),
    timeLimitToTle:
      (legacy
        ? number('time_safety_margin', limits, 'time_safety_margin')
        : number('time_multipliers.time_limit_to_tle', multipliers, 'time_limit_to_tle', minimum)) ??
      (legacy ? 2 : 1.5),
    timeResolution: (legacy ? undefined : number('time_resolution', limits, 'time_resolution')) ?? 1,
    memoryMiB: number('memory', limits, 'memory', { integer: true }) ?? 2048,
    outputMiB: number('output', limits, 'output', { integer: true }) ?? 8,
    validationPasses: 2,
  };
  const optional: Array<[keyof ProblemLimits, string]> = [
    ['timeLimit', 'time_limit'],
    ['codeKiB', 'code'],
    ['compilationTimeSeconds', 'compilation_time'],
    ['compilationMemoryMiB', 'compilation_memory'],
    ['validationTimeSeconds', 'validation_time'],
    ['validationMemoryMiB', 'validation_memory'],
    ['validationOutputMiB', 'validation_output'],
  ];
  for (const [field, key] of optional) {
    const parsed = number(key, limits, key, { integer: key !== 'time_limit' && !key.endsWith('_time') });
    if (parsed !== undefined) result[field] = parsed;
  }
  result.validationPasses =
    number('validation_passes', limits, 'validation_passes', { integer: true, min: 2 }) ?? 2;
  const known = new Set([
    ...optional.map(([, key]) => key),
    'memory',
    'output',
    'time_multiplier',
    'time_safety_margin',
    'time_multipliers',
    'time_resolution',
    'validation_passes',
  ]);
  for (const key of Object.keys(limits)) {
    if (!known.has(key))
      log.error(FILE, `limits.${key} is not a known limit; remove it or fix its spelling.`);
  }
  return result;
}

function readVersion(log: IssueLog, value: unknown): FormatVersion | undefined {
  if (value === undefined || value === 'legacy' || value === 'legacy-icpc') return 'legacy';
  if (value === '2023-07-draft') return '2023-07-draft';
  log.error(
    FILE,
    `problem_format_version ${JSON.stringify(value)} is not supported; use 2023-07-draft or leave it out for legacy.`,
  );
  return undefined;
}

/** Normalizes a parsed `problem.yaml`; errors go to the log, and defaults fill whatever is missing. */
export function readProblemMetadata(problem: YamlMap, log: IssueLog): ProblemMetadata {
  const formatVersion = readVersion(log, problem.problem_format_version) ?? 'legacy';
  const legacy = formatVersion === 'legacy';
  const type = readType(log, formatVersion, problem.type);
  const validation = legacy
    ? readLegacyValidation(log, problem, type.scoring)
    : { custom: false, interactive: false, score: false, multiPass: false };

  const flags = problem.validator_flags;
  if (flags !== undefined && typeof flags !== 'string') {
    log.error(
      FILE,
      'validator_flags must be a string of space-separated flags (validator_flags: float_tolerance 1e-6).',
    );
  }
  if (!legacy) {
    for (const key of ['validation', 'validator_flags']) {
      if (problem[key] !== undefined) {
        log.error(
          FILE,
          `${key} is a legacy key; in 2023-07-draft put a custom validator in output_validator/, declare interaction with type: interactive, and give flags as output_validator_args in data/testdata.yaml.`,
        );
      }
    }
  }
  if (!legacy && problem.name === undefined)
    log.error(FILE, 'name is required in 2023-07-draft; add name: <problem name>.');
  if (problem.uuid !== undefined && typeof problem.uuid !== 'string')
    log.error(FILE, 'uuid must be a string.');

  let objective: 'max' | 'min' = 'max';
  if (legacy && problem.grading !== undefined) {
    const grading = isYamlMap(problem.grading) ? problem.grading : {};
    if (!type.scoring)
      log.error(FILE, 'grading is only for scoring problems; add type: scoring or remove grading.');
    if (grading.objective === 'min' || grading.objective === 'max') objective = grading.objective;
    else if (grading.objective !== undefined) log.error(FILE, 'grading.objective must be min or max.');
  }

  const metadata: ProblemMetadata = {
    formatVersion,
    scoring: type.scoring,
    interactive: type.interactive || validation.interactive,
    multiPass: type.multiPass || validation.multiPass,
    customValidation: validation.custom,
    validatorScore: validation.score,
    validatorFlags: legacy && typeof flags === 'string' ? flags.split(/\s+/).filter(Boolean) : [],
    objective,
    limits: readLimits(log, formatVersion, problem.limits),
  };
  const name = readName(log, problem.name);
  if (name !== undefined) metadata.name = name;
  if (typeof problem.uuid === 'string') metadata.uuid = problem.uuid;

  for (const key of Object.keys(problem)) {
    if (knownKeys[formatVersion].has(key) || (!legacy && (key === 'validation' || key === 'validator_flags')))
      continue;
    log.warn(FILE, `key ${key} is not part of the ${formatVersion} format and was ignored.`);
  }
  return metadata;
}
