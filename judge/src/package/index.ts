/** Reading Kattis / ICPC problem packages (legacy and 2023-07-draft). */
export {
  type ClassProblem,
  type FunctionProblem,
  functionFile,
  type SuiteProblem,
  type SuiteRuntime,
} from './function-signature.js';
export { type PackageIssue, ProblemPackageError } from './issues.js';
export { defaultPackageReadLimits, type PackageReadLimits, resolveLink } from './package-tree.js';
export { readProgramDirectory, readProgramFiles } from './program-files.js';
export { detectLanguage } from './programs.js';
export { readProblemPackage } from './read-problem-package.js';
export * from './types.js';
