/**
 * Our extension for function (LeetCode-style) problems: `function.yaml` at the package root declares
 * the function the learner writes, and the test data is JSON (`.in` = the argument list, `.ans` = the
 * returned value). Documented in docs/problem-format.md.
 */

import type { ClassSignature, MethodSignature, Param } from '../function/class-signature.js';
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

/** A class problem: `function.yaml` with a `class:` key instead of `name`/`params`/`returns`. */
export interface ClassProblem {
  signature: ClassSignature;
  compare: CompareOptions;
}

/**
 * A test-suite problem (Exercism style): `function.yaml` with a `suite:` key naming, per runtime, a
 * directory of the package holding the hidden test suite that imports the learner's module.
 */
export interface SuiteProblem {
  /** Python: unittest modules; JavaScript (also for TypeScript): node:test files (`*.test.mjs`). */
  suites: Partial<Record<SuiteRuntime, { dir: string; files: string[] }>>;
}

export type SuiteRuntime = 'python' | 'javascript';

/** What `function.yaml` declares: a function, a class, or a hidden test suite. */
export type CodeProblem =
  | { kind: 'function'; problem: FunctionProblem }
  | { kind: 'class'; problem: ClassProblem }
  | { kind: 'suite'; problem: SuiteProblem };

const identifier = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export async function readCodeProblem(tree: PackageTree, log: IssueLog): Promise<CodeProblem | undefined> {
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
  const paramList = (value: unknown, where: string): Param[] | undefined => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return error(`${where} must be a list of {name, type}.`);
    const params: Param[] = [];
    for (const [i, param] of value.entries()) {
      if (!isYamlMap(param) || typeof param.name !== 'string' || !identifier.test(param.name)) {
        return error(`${where}[${i}] needs a name (an identifier) and a type.`);
      }
      const paramType = type(param.type, `${where}[${i}].type`);
      if (paramType === undefined) return undefined;
      params.push({ name: param.name, type: paramType });
    }
    return params;
  };
  const warnUnknown = (known: string[]) => {
    for (const key of Object.keys(yaml)) {
      if (!known.includes(key)) log.warn(functionFile, `ignores the unknown key ${key}.`);
    }
  };

  if (yaml.suite !== undefined) {
    for (const key of ['name', 'params', 'returns', 'class'])
      if (key in yaml) return error(`${key} does not belong to a test-suite problem; keep only suite.`);
    if (!isYamlMap(yaml.suite)) return error('suite must map python and/or javascript to a directory.');
    const suites: SuiteProblem['suites'] = {};
    for (const [runtime, dir] of Object.entries(yaml.suite)) {
      if (runtime !== 'python' && runtime !== 'javascript')
        return error(
          `suite.${runtime}: only python and javascript (which serves TypeScript too) have suites.`,
        );
      if (typeof dir !== 'string' || !tree.isDirectory(dir))
        return error(`suite.${runtime} must name a directory of the package, such as suite/${runtime}.`);
      const files = tree.filesBelow(dir);
      const pattern = runtime === 'python' ? /\.py$/ : /\.test\.mjs$/;
      if (!files.some((f) => pattern.test(f)))
        return error(
          `suite.${runtime}: ${dir} holds no ${runtime === 'python' ? 'unittest module (.py)' : 'node:test file (*.test.mjs)'}.`,
        );
      suites[runtime] = { dir: tree.absolute(dir), files };
    }
    if (Object.keys(suites).length === 0) return error('suite must name at least one runtime.');
    return { kind: 'suite', problem: { suites } };
  }

  if (yaml.class !== undefined) {
    for (const key of ['name', 'params', 'returns'])
      if (key in yaml)
        return error(
          `${key} belongs to a function problem; a class problem declares class, constructor and methods.`,
        );
    const signature = readClass(yaml, paramList, type, error);
    if (signature === undefined) return undefined;
    const compare = readCompare(yaml.compare, undefined, error);
    if (compare === undefined) return undefined;
    warnUnknown(['class', 'constructor', 'methods', 'compare']);
    return { kind: 'class', problem: { signature, compare } };
  }

  const name = yaml.name ?? 'solve';
  if (typeof name !== 'string' || !identifier.test(name))
    return error('name must be a function name like solve.');
  if (!Array.isArray(yaml.params)) return error('params must be a list of {name, type}.');
  const params = paramList(yaml.params, 'params');
  if (params === undefined) return undefined;
  const returns = type(yaml.returns, 'returns');
  if (returns === undefined) return undefined;
  const compare = readCompare(yaml.compare, returns, error);
  if (compare === undefined) return undefined;
  warnUnknown(['name', 'params', 'returns', 'compare']);
  return { kind: 'function', problem: { signature: { name, params, returns }, compare } };
}

/** The class, its constructor's parameters and its methods, each with typed parameters and a return. */
function readClass(
  yaml: Record<string, unknown>,
  paramList: (value: unknown, where: string) => Param[] | undefined,
  type: (text: unknown, where: string) => ValueType | undefined,
  error: (message: string) => undefined,
): ClassSignature | undefined {
  if (typeof yaml.class !== 'string' || !identifier.test(yaml.class))
    return error('class must be a class name like LRUCache.');
  // Read as an own key: every object inherits a `constructor` (Object itself) when the file has none.
  const constructorParams = paramList(
    Object.hasOwn(yaml, 'constructor') ? yaml.constructor : undefined,
    'constructor',
  );
  if (constructorParams === undefined) return undefined;
  if (!Array.isArray(yaml.methods) || yaml.methods.length === 0)
    return error('methods must be a list of {name, params, returns} with at least one method.');
  const methods: MethodSignature[] = [];
  for (const [i, method] of yaml.methods.entries()) {
    if (!isYamlMap(method) || typeof method.name !== 'string' || !identifier.test(method.name))
      return error(`methods[${i}] needs a name (an identifier).`);
    if (method.name === yaml.class || method.name === 'constructor' || method.name.startsWith('__'))
      return error(`methods[${i}]: ${method.name} cannot be a method's name.`);
    if (methods.some((m) => m.name === method.name))
      return error(`methods[${i}]: ${method.name} is declared twice.`);
    const params = paramList(method.params, `methods[${i}].params`);
    if (params === undefined) return undefined;
    const returns = method.returns === undefined ? undefined : type(method.returns, `methods[${i}].returns`);
    if (method.returns !== undefined && returns === undefined) return undefined;
    methods.push({ name: method.name, params, ...(returns === undefined ? {} : { returns }) });
  }
  return { name: yaml.class, constructorParams, methods };
}

function readCompare(
  value: unknown,
  returns: ValueType | undefined,
  error: (message: string) => undefined,
): CompareOptions | undefined {
  const compare = { ...defaultCompareOptions };
  if (value === undefined) return compare;
  if (!isYamlMap(value)) return error('compare must be a map (float_tolerance, unordered).');
  const { float_tolerance: tolerance, unordered } = value;
  if (tolerance !== undefined) {
    if (typeof tolerance !== 'number' || !(tolerance >= 0))
      return error('compare.float_tolerance must be a number ≥ 0.');
    compare.floatTolerance = tolerance;
  }
  if (unordered !== undefined) {
    if (returns === undefined) return error('compare.unordered applies to function problems only.');
    if (typeof unordered !== 'boolean') return error('compare.unordered must be true or false.');
    if (returns.kind !== 'list') return error('compare.unordered applies only when returns is a list.');
    compare.unorderedList = unordered;
  }
  return compare;
}
