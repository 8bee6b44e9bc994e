/**
 * Our extension for function (LeetCode-style) problems: `function.yaml` at the package root declares
 * the function the learner writes, and the test data is JSON (`.in` = the argument list, `.ans` = the
 * returned value). Documented in docs/problem-format.md.
 */
import { type CompareOptions, defaultCompareOptions } from '../function/compare.js';
import type { FunctionSignature } from '../function/protocol.js';
import { parseType, TypeSyntaxError, type ValueType } from '../function/types.js';
import type { IssueLog } from './issues.js';
import type { PackageTree } from './package-tree.js';
import { isYamlMap, readYamlMap } from './yaml-file.js';

export const functionFile = 'function.yaml';

export interface FunctionProblem {
  signature: FunctionSignature;
  compare: CompareOptions;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export async function readFunctionProblem(
  tree: PackageTree,
  log: IssueLog,
): Promise<FunctionProblem | undefined> {
  if (!tree.isFile(functionFile)) return undefined;
  const yaml = await readYamlMap(tree, functionFile, log);
  if (yaml === undefined) return undefined;
  const error = (message: string) => {
    log.error(functionFile, message);
    return undefined;
  };
  const type = (text: unknown, where: string): ValueType | undefined => {
    if (typeof text !== 'string') return error(`${where} must be a type such as int or list<int>.`);
    try {
      return parseType(text);
    } catch (e) {
      if (e instanceof TypeSyntaxError) return error(`${where}: ${e.message}.`);
      throw e;
    }
  };

  const name = yaml.name ?? 'solve';
  if (typeof name !== 'string' || !identifier.test(name))
    return error('name must be a function name like solve.');
  if (!Array.isArray(yaml.params)) return error('params must be a list of {name, type}.');
  const params: FunctionSignature['params'] = [];
  for (const [i, param] of yaml.params.entries()) {
    if (!isYamlMap(param) || typeof param.name !== 'string' || !identifier.test(param.name)) {
      return error(`params[${i}] needs a name (an identifier) and a type.`);
    }
    const paramType = type(param.type, `params[${i}].type`);
    if (paramType === undefined) return undefined;
    params.push({ name: param.name, type: paramType });
  }
  const returns = type(yaml.returns, 'returns');
  if (returns === undefined) return undefined;

  const compare = { ...defaultCompareOptions };
  if (yaml.compare !== undefined) {
    if (!isYamlMap(yaml.compare)) return error('compare must be a map (float_tolerance, unordered).');
    const { float_tolerance: tolerance, unordered } = yaml.compare;
    if (tolerance !== undefined) {
      if (typeof tolerance !== 'number' || !(tolerance >= 0))
        return error('compare.float_tolerance must be a number ≥ 0.');
      compare.floatTolerance = tolerance;
    }
    if (unordered !== undefined) {
      if (typeof unordered !== 'boolean') return error('compare.unordered must be true or false.');
      if (returns.kind !== 'list') return error('compare.unordered applies only when returns is a list.');
      compare.unorderedList = unordered;
    }
  }
  for (const key of Object.keys(yaml)) {
    if (!['name', 'params', 'returns', 'compare'].includes(key))
      log.warn(functionFile, `ignores the unknown key ${key}.`);
  }
  return { signature: { name, params, returns }, compare };
}
