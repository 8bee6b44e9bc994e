/** Reads the package's YAML files (`problem.yaml`, `testdata.yaml`) as plain maps. */
import { parseDocument } from 'yaml';
import type { IssueLog } from './issues.js';
import type { PackageTree } from './package-tree.js';

export type YamlMap = Record<string, unknown>;

export const isYamlMap = (value: unknown): value is YamlMap =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses a YAML file whose top level must be a map. An empty file is an empty map (the format allows
 * an empty `problem.yaml`). Syntax errors, duplicate keys and alias bombs are logged, giving `undefined`.
 */
export async function readYamlMap(
  tree: PackageTree,
  file: string,
  log: IssueLog,
): Promise<YamlMap | undefined> {
  const text = await tree.readText(file, log);
  if (text === undefined) return undefined;
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors)
      log.error(file, `is not valid YAML: ${error.message}; fix the syntax.`);
    return undefined;
  }
  let value: unknown;
  try {
    // A small alias budget: a package has no use for anchors that expand into megabytes.
    value = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    log.error(file, `could not be read as YAML: ${(error as Error).message}.`);
    return undefined;
  }
  if (value === null || value === undefined) return {};
  if (!isYamlMap(value)) {
    log.error(file, 'must hold a map of keys to values at the top level.');
    return undefined;
  }
  return value;
}
