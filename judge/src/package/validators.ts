/**
 * Where each format version keeps its validators. Legacy: `output_validators/<one program>` and
 * `input_validators/<programs>`. 2023-07-draft: `output_validator/` is itself the program. Packages
 * converted by hand often keep the other version's directory name, so it is accepted with a warning.
 */
import type { IssueLog } from './issues.js';
import { joinPath, type PackageTree } from './package-tree.js';
import type { ProblemMetadata } from './problem-yaml.js';
import { describeValidator, isFormatValidator, isHidden } from './programs.js';
import type { OutputValidation, Program } from './types.js';

const visibleChildren = (tree: PackageTree, directory: string) =>
  tree.children(directory).filter((name) => !isHidden(name));

/** The custom output validator program, if the package has one. */
function findOutputValidator(
  tree: PackageTree,
  metadata: ProblemMetadata,
  log: IssueLog,
): Program | undefined {
  const legacy = metadata.formatVersion === 'legacy';
  const ownName = legacy ? 'output_validators' : 'output_validator';
  const otherName = legacy ? 'output_validator' : 'output_validators';
  const directory = tree.isDirectory(ownName) ? ownName : tree.isDirectory(otherName) ? otherName : undefined;
  if (directory === undefined) return undefined;
  if (directory === otherName) {
    log.warn(
      directory,
      `is the ${legacy ? '2023-07-draft' : 'legacy'} name; this ${metadata.formatVersion} package should call it ${ownName}/.`,
    );
  }
  if (directory === 'output_validator') {
    if (visibleChildren(tree, directory).length === 0) {
      log.error(
        directory,
        'is empty; put the output validator source in it, or remove the directory to use the default validator.',
      );
      return undefined;
    }
    return describeValidator(tree, directory, log);
  }
  const programs = visibleChildren(tree, directory);
  if (programs.length !== 1) {
    log.error(
      directory,
      programs.length === 0
        ? 'is empty; put the output validator (a source file or a directory) in it.'
        : `holds ${programs.length} programs (${programs.join(', ')}); Winter Arc runs one output validator, so keep one.`,
    );
    return undefined;
  }
  const program = describeValidator(tree, joinPath(directory, programs[0]!), log);
  if (isFormatValidator(program)) {
    log.error(
      program.path,
      'is a Checktestdata or VIVA script, which cannot validate output; write the output validator as a program.',
    );
    return undefined;
  }
  return program;
}

/** How outputs are judged: the default validator, or the package's own program. */
export function readOutputValidation(
  tree: PackageTree,
  metadata: ProblemMetadata,
  log: IssueLog,
): OutputValidation {
  const program = findOutputValidator(tree, metadata, log);
  const legacy = metadata.formatVersion === 'legacy';
  if (legacy && !metadata.customValidation) {
    if (program !== undefined) {
      log.warn(
        program.path,
        'is ignored because problem.yaml says validation: default; write validation: custom to use it.',
      );
    }
    return { kind: 'default' };
  }
  if (program === undefined) {
    if (legacy)
      log.error(
        'problem.yaml',
        'says validation: custom but output_validators/ holds no validator; add one.',
      );
    else if (metadata.interactive)
      log.error(
        'problem.yaml',
        'says type: interactive, which needs a validator in output_validator/; add one.',
      );
    return { kind: 'default' };
  }
  return { kind: 'custom', program, score: legacy ? metadata.validatorScore : metadata.scoring };
}

/** All input validators: each entry of `input_validators/` (or `input_validator/`) is one program. */
export function readInputValidators(tree: PackageTree, log: IssueLog): Program[] {
  const directories = ['input_validators', 'input_validator', 'input_format_validators'].filter((name) =>
    tree.isDirectory(name),
  );
  const validators: Program[] = [];
  for (const directory of directories) {
    if (directory === 'input_format_validators') {
      log.warn(directory, 'is the deprecated name of input_validators/; rename it.');
    }
    for (const name of visibleChildren(tree, directory)) {
      const validator = describeValidator(tree, joinPath(directory, name), log);
      if (isFormatValidator(validator)) {
        // Other judges run these scripts; skipping one only leaves the inputs unchecked at import.
        log.warn(
          validator.path,
          'is a Checktestdata or VIVA script, which Winter Arc does not run; it was skipped (the inputs are not checked by it). Add a program validator to check them.',
        );
      } else validators.push(validator);
    }
  }
  if (validators.length === 0) {
    log.warn(
      'input_validators',
      'is missing or empty: the test data will not be checked at import; add an input validator.',
    );
  }
  return validators;
}
