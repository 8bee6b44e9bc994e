/** @winterarc/judge: the judge as a library. */

export {
  measurePooledSandboxOverhead,
  measureSandboxOverhead,
  type PooledSandboxOverhead,
  type SandboxOverhead,
} from './bench/sandbox-overhead.js';
export {
  createJudge,
  type Judge,
  type JudgeOptions,
  type JudgeRequest,
  maxSourceBytes,
} from './engine/judge.js';
export { functionLanguages } from './engine/judge-function.js';
export type { JudgeProgress, JudgeResult, TestResult } from './engine/result.js';
export {
  type CustomRunRequest,
  type CustomRunResult,
  CustomRunUnsupportedError,
  type CustomRunVerdict,
  customRunRefusal,
  maxRunOutputBytes,
} from './engine/run-custom.js';
export { overallVerdict, type Verdict, verdictNames, verdicts } from './engine/verdict.js';
export {
  type DerivedTimeLimit,
  deriveTimeLimit,
  type SubmissionCheck,
  type VerifyReport,
  verifyPackage,
} from './engine/verify.js';
export { createSelfTestRunner, type PackageSelfTest, selfTestTimingTable } from './engine/verify-many.js';
export { createWarmPool, type WarmPool, type WarmPoolOptions } from './engine/warm-pool.js';
export type { Call, ClassSignature, MethodSignature, Param } from './function/class-signature.js';
export { type CompareOptions, defaultCompareOptions, valuesMatch } from './function/compare.js';
export { exportFunction, javascriptHarness } from './function/javascript-harness.js';
export {
  type FunctionSignature,
  harnessInput,
  newNonce,
  parseHarnessOutput,
  type TestOutcome,
} from './function/protocol.js';
export { pythonHarness } from './function/python-harness.js';
export {
  classStarterCode,
  type FunctionLanguageId,
  functionStarterCode,
  stdioStarterCode,
} from './function/starter-code.js';
export { formatType, parseType, TypeSyntaxError, typeMismatch, type ValueType } from './function/types.js';
export {
  heapMiB,
  type LanguageId,
  type LanguageSpec,
  languageIds,
  type SourceFile,
} from './languages/language.js';
export { languageOfFile, languages } from './languages/registry.js';
export { checkToolchain, type ToolchainStatus } from './languages/toolchain.js';
export * from './package/index.js';
export { CgroupUnavailableError, type DetectOptions, detectCgroupDriver } from './sandbox/cgroup/detect.js';
export type { CgroupDriver, CgroupLimits, CgroupUsage, RunCgroup } from './sandbox/cgroup/types.js';
export { CgroupV1Driver } from './sandbox/cgroup/v1.js';
export { CgroupV2Driver } from './sandbox/cgroup/v2.js';
export { DEFAULT_HOST_TOOLS, type HostTools, hostProblems, userNamespaceProblems } from './sandbox/host.js';
export type { SandboxLimits } from './sandbox/limits.js';
export type { SandboxResult, SandboxStatus } from './sandbox/result.js';
export {
  createSandbox,
  type InteractiveResult,
  runSandboxed,
  type Sandbox,
  type SandboxOptions,
  type SandboxRequest,
  type StartedRun,
} from './sandbox/run.js';
export { sandboxSeccompProgram } from './sandbox/seccomp/filter.js';
export {
  createUidPool,
  DEFAULT_UID_POOL,
  sharedIdentity,
  type UidLease,
  type UidPool,
} from './sandbox/uids.js';
export {
  type DefaultValidatorOptions,
  defaultValidatorOptions,
  parseValidatorFlags,
  type ValidationOutcome,
  ValidatorFlagsError,
  validateOutput,
} from './validation/default-output-validator.js';
