/**
 * `data/sample` and `data/secret`: test cases are `<name>.in` with `<name>.ans`, groups are directories
 * (any depth), and both are ordered together by name, as the format prescribes. Each case carries
 * its group's effective settings and its output-validator arguments, resolved here once.
 */
import {
  type DefaultValidatorOptions,
  parseValidatorFlags,
  ValidatorFlagsError,
} from '../validation/default-output-validator.js';
import { defaultGroupSettings, type GroupContext, groupSettings } from './group-settings.js';
import type { IssueLog } from './issues.js';
import { joinPath, type PackageTree } from './package-tree.js';
import type { ProblemMetadata } from './problem-yaml.js';
import { isHidden } from './programs.js';
import type { GroupSettings, TestCase, TestData, TestGroup } from './types.js';
import { readYamlMap, type YamlMap } from './yaml-file.js';

/** Files next to test cases that the judge has no use for (annotations, statement variants). */
const ignoredEndings = [
  '.png',
  '.jpg',
  '.jpeg',
  '.svg',
  '.desc',
  '.hint',
  '.out',
  '.in.statement',
  '.ans.statement',
  '.in.download',
  '.ans.download',
];
const otherDataDirectories = ['invalid_input', 'invalid_output', 'valid_output'];

interface WalkContext {
  tree: PackageTree;
  metadata: ProblemMetadata;
  defaultValidation: boolean;
  log: IssueLog;
  /** Parsed default-validator flags by argument list, so each distinct list is parsed and reported once. */
  parsedFlags: Map<string, DefaultValidatorOptions | undefined>;
}

/** Group settings plus the file that last set the output-validator arguments, to name it in errors. */
interface Inherited {
  settings: GroupSettings;
  argsFile: string;
  /** Some testdata.yaml above set full_feedback, so the sample group's default (true) does not apply. */
  fullFeedbackSet: boolean;
}

function settingsFileOf(tree: PackageTree, directory: string, version: ProblemMetadata['formatVersion']) {
  const names = version === 'legacy' ? ['testdata.yaml'] : ['testdata.yaml', 'test_group.yaml'];
  return names.map((name) => joinPath(directory, name)).filter((file) => tree.isFile(file));
}

async function inheritSettings(
  context: WalkContext,
  directory: string,
  group: string,
  parent: Inherited,
): Promise<Inherited> {
  const { tree, metadata, log } = context;
  const files = settingsFileOf(tree, directory, metadata.formatVersion);
  if (files.length > 1) log.error(directory, 'has both testdata.yaml and test_group.yaml; keep one.');
  const file = files[0];
  const yaml: YamlMap | undefined = file === undefined ? undefined : await readYamlMap(tree, file, log);
  const groupContext: GroupContext = {
    file: file ?? directory,
    group,
    version: metadata.formatVersion,
    scoring: metadata.scoring,
    log,
  };
  const settings = groupSettings(parent.settings, yaml, groupContext);
  const setsArgs = yaml?.output_validator_args !== undefined || yaml?.output_validator_flags !== undefined;
  return {
    settings,
    argsFile: setsArgs && file !== undefined ? file : parent.argsFile,
    fullFeedbackSet: parent.fullFeedbackSet || yaml?.full_feedback !== undefined,
  };
}

function parseFlagsOnce(
  context: WalkContext,
  args: string[],
  file: string,
): DefaultValidatorOptions | undefined {
  const key = JSON.stringify(args);
  if (!context.parsedFlags.has(key)) {
    try {
      context.parsedFlags.set(key, parseValidatorFlags(args));
    } catch (error) {
      if (!(error instanceof ValidatorFlagsError)) throw error;
      context.parsedFlags.set(key, undefined);
      context.log.error(file, `has default output validator flags that do not parse: ${error.message}.`);
    }
  }
  return context.parsedFlags.get(key);
}

/**
 * Parses the problem's `validator_flags` and the group's arguments on their own first, so an error
 * names the file that holds the mistake, then together, as the validator will receive them.
 */
function defaultValidatorFor(context: WalkContext, groupArgs: string[], argsFile: string) {
  const problemFlags = context.metadata.validatorFlags;
  const problemOk = parseFlagsOnce(context, problemFlags, 'problem.yaml') !== undefined;
  const groupOk = parseFlagsOnce(context, groupArgs, argsFile) !== undefined;
  if (!problemOk || !groupOk) return undefined;
  return parseFlagsOnce(context, [...problemFlags, ...groupArgs], argsFile);
}

/** Splits a file name into test-case base name and ending (`03.in` → `03`, `.in`). */
function splitName(name: string): { base: string; ending: string } {
  const double = ignoredEndings.find((ending) => ending.split('.').length > 2 && name.endsWith(ending));
  const ending = double ?? (name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.')) : '');
  return { base: name.slice(0, name.length - ending.length), ending };
}

async function walkGroup(
  context: WalkContext,
  directory: string,
  group: string,
  parent: Inherited,
  cases: TestCase[],
): Promise<TestGroup> {
  const { tree, metadata, log } = context;
  const inherited = await inheritSettings(context, directory, group, parent);
  const result: TestGroup = {
    kind: 'group',
    name: group,
    settings: inherited.settings,
    children: [],
    interactions: [],
  };
  const inputs = new Set<string>();
  const answers = new Set<string>();
  const interactions = new Set<string>();
  const subgroups = new Set<string>();
  for (const name of tree.children(directory)) {
    const file = joinPath(directory, name);
    if (isHidden(name) || name === 'testdata.yaml' || name === 'test_group.yaml') continue;
    if (tree.isDirectory(file)) {
      if (name.includes('.'))
        log.warn(file, 'was ignored: a group name has no dot, and .files directories are not supported.');
      else if (metadata.formatVersion === '2023-07-draft' && group === 'sample') {
        log.error(
          file,
          'is a group inside data/sample, which 2023-07-draft does not allow; move its cases up into data/sample.',
        );
      } else subgroups.add(name);
      continue;
    }
    const { base, ending } = splitName(name);
    if (ending === '.in') inputs.add(base);
    else if (ending === '.ans') answers.add(base);
    else if (ending === '.interaction') interactions.add(base);
    else if (ending === '.yaml' && metadata.formatVersion === '2023-07-draft') {
      log.warn(
        file,
        'was ignored: per-test-case settings are not supported; put them in the group testdata.yaml.',
      );
    } else if (!ignoredEndings.includes(ending))
      log.warn(file, 'was ignored: it is not a test data file (.in, .ans, .interaction).');
  }
  for (const base of answers) {
    if (!inputs.has(base))
      log.error(joinPath(directory, `${base}.ans`), `has no input file; add ${base}.in or remove it.`);
  }
  const names = new Set<string>(subgroups);
  for (const base of inputs) {
    if (!answers.has(base)) {
      log.error(joinPath(directory, `${base}.in`), `has no answer file; add ${base}.ans next to it.`);
    } else if (subgroups.has(base)) {
      log.error(
        joinPath(directory, base),
        `is both a test case (${base}.in) and a group directory; rename one of them.`,
      );
    } else names.add(base);
  }
  for (const base of interactions) {
    if (!names.has(base) || subgroups.has(base)) {
      result.interactions.push({
        name: joinPath(group, base),
        path: tree.resolved(joinPath(directory, `${base}.interaction`)),
      });
    }
  }

  for (const name of [...names].sort()) {
    if (subgroups.has(name)) {
      result.children.push(
        await walkGroup(context, joinPath(directory, name), joinPath(group, name), inherited, cases),
      );
      continue;
    }
    const outputValidatorArgs = [...metadata.validatorFlags, ...inherited.settings.outputValidatorArgs];
    const testCase: TestCase = {
      kind: 'case',
      name: joinPath(group, name),
      group,
      input: tree.resolved(joinPath(directory, `${name}.in`)),
      answer: tree.resolved(joinPath(directory, `${name}.ans`)),
      settings: inherited.settings,
      outputValidatorArgs,
    };
    if (interactions.has(name))
      testCase.interaction = tree.resolved(joinPath(directory, `${name}.interaction`));
    if (context.defaultValidation) {
      const options = defaultValidatorFor(
        context,
        inherited.settings.outputValidatorArgs,
        inherited.argsFile,
      );
      if (options !== undefined) testCase.defaultValidator = options;
    }
    result.children.push(testCase);
    cases.push(testCase);
  }
  return result;
}

/** Reads `data/`; a package without a secret test case is an error (there is nothing to judge). */
export async function readTestData(
  tree: PackageTree,
  metadata: ProblemMetadata,
  defaultValidation: boolean,
  log: IssueLog,
): Promise<TestData> {
  const context: WalkContext = { tree, metadata, defaultValidation, log, parsedFlags: new Map() };
  const root = await inheritSettings(context, 'data', '', {
    settings: defaultGroupSettings,
    argsFile: 'problem.yaml',
    fullFeedbackSet: false,
  });
  for (const name of tree.children('data')) {
    const path = joinPath('data', name);
    if (
      isHidden(name) ||
      name === 'sample' ||
      name === 'secret' ||
      settingsFileOf(tree, 'data', metadata.formatVersion).includes(path)
    )
      continue;
    if (tree.isDirectory(path) && otherDataDirectories.includes(name))
      log.warn(path, 'was ignored: Winter Arc does not use it yet.');
    else if (tree.isDirectory(path))
      log.warn(path, 'was ignored: test data belongs in data/sample and data/secret.');
    else if (/\.(in|ans)$/.test(name)) {
      log.error(path, 'is directly in data/; move test cases into data/sample or data/secret.');
    } else log.warn(path, 'was ignored: it is not test data.');
  }
  const cases: TestCase[] = [];
  // Samples are shown in full unless the package says otherwise (2023-07 full_feedback defaults).
  const sampleParent = root.fullFeedbackSet
    ? root
    : { ...root, settings: { ...root.settings, fullFeedback: true } };
  const sample = await walkGroup(context, 'data/sample', 'sample', sampleParent, cases);
  const secret = await walkGroup(context, 'data/secret', 'secret', root, cases);
  if (!cases.some((testCase) => testCase.group === 'secret' || testCase.group.startsWith('secret/'))) {
    log.error('data/secret', 'holds no test case; add at least one <name>.in with its <name>.ans.');
  }
  return { sample, secret, cases };
}
