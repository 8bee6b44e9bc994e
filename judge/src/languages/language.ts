/**
 * What the judge needs to know to build and run one language, as data: adding a language is one entry
 * in `registry.ts` plus its tests. Every program is named by an absolute path inside /usr, because the
 * sandbox binds only /usr and has no PATH to search (or inside a directory a compile step binds).
 */
export const languageIds = ['python', 'javascript', 'typescript', 'c', 'cpp', 'java'] as const;
export type LanguageId = (typeof languageIds)[number];

export interface RunContext {
  /** The run's memory limit; runtimes that do not see the cgroup limit get a heap cap from it. */
  memoryBytes: number;
  /**
   * What to start when it is not the language's default (`sourceFile`, or `Main` for Java): the entry
   * point of a program of several files, or a Java class named otherwise (see `sources.ts`).
   */
  entry?: string;
}

/** One file of a program: its path relative to the program's root (`/`-separated) and its text. */
export interface SourceFile {
  path: string;
  content: string;
}

/** Stands in a compile command for the program's source files (C, C++, Java: all of them). */
export const sourcesArg = '{sources}';

/** The compile command with {@link sourcesArg} replaced by `sources`. */
export function expandSources(command: readonly string[], sources: readonly string[]): string[] {
  return command.flatMap((arg) => (arg === sourcesArg ? [...sources] : [arg]));
}

/**
 * A compiler run in the sandbox: the source is in the read-only /work (its current directory), and
 * everything it produces goes to the writable /out. The run step then gets /out as its /work, so the
 * host never copies or opens a file the compiler made.
 */
export interface CompileStep {
  /** The compiler's argv; {@link sourcesArg} stands for the source files. */
  command: string[];
  /**
   * The step only checks the sources (Python's syntax, as problemtools and DOMjudge do with
   * py_compile): a failure is a Compilation Error, and the program then runs from the sources.
   */
  checkOnly?: boolean;
  /**
   * The same compilation printing the program on stdout instead of writing /out (TypeScript only):
   * function problems send the code to a harness in their stdin payload, and the host never reads a
   * file the compiler wrote.
   */
  toStdout?: string[];
  /**
   * Host directories bound read-only for this step only, at another path inside: a compiler installed
   * outside /usr (esbuild's npm package). The program's runs do not get them.
   */
  readOnlyBinds?: readonly { host: string; sandbox: string }[];
}

export interface LanguageSpec {
  id: LanguageId;
  /** Shown to learners. */
  name: string;
  /** File name endings that identify this language (problem packages, CLI). */
  extensions: readonly string[];
  /** The name the submission is saved under in the work directory (Java needs the class name). */
  sourceFile: string;
  /** How the source becomes runnable: nothing (interpreted) or a compiler run in the sandbox. */
  build: { kind: 'none' } | { kind: 'sandboxed'; step: CompileStep };
  /**
   * The build of a program of several files, when it differs from `build` (TypeScript bundles them from
   * the entry point into one main.js); {@link sourcesArg} stands for the entry point alone.
   */
  multiFileBuild?: { kind: 'sandboxed'; step: CompileStep };
  /** argv that runs the program, from the work directory (/work: the source, or the build's output). */
  run(context: RunContext): string[];
  /** argv that prints the toolchain's version (first line kept). */
  versionProbe: string[];
  /** Extra host directories the sandbox must bind read-only for this toolchain. */
  extraReadOnlyBinds: readonly string[];
  /**
   * What the runtime prints when it hits a heap cap of its own (from `run`'s flags): the cgroup never
   * sees those as out-of-memory, so without this they would look like runtime errors.
   */
  outOfMemoryPattern?: RegExp;
  /** Processes the toolchain needs at least (the JVM and V8 start helper threads). */
  minPids: number;
}

/** Heap cap for runtimes with their own heap sizing: 75% of the limit leaves room for code and stacks. */
export function heapMiB(memoryBytes: number): number {
  return Math.max(16, Math.floor((memoryBytes * 0.75) / 2 ** 20));
}
