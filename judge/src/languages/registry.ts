/**
 * The languages Winter Arc judges. Paths are Debian 12's; `toolchain.ts` checks them at start-up so a
 * missing compiler is reported once, clearly, instead of as a failed submission.
 */
import { esbuildBind, esbuildBundleCommand, esbuildCommand } from './esbuild.js';
import { heapMiB, type LanguageId, type LanguageSpec, sourcesArg } from './language.js';
import { pythonSyntaxCheck } from './python-check.js';

const python3 = '/usr/bin/python3';
const node = '/usr/bin/node';
const gcc = '/usr/bin/gcc';
const gxx = '/usr/bin/g++';
// Not /usr/bin/java: that is a link through /etc/alternatives, which the sandbox does not have.
const jdk = '/usr/lib/jvm/java-17-openjdk-amd64';

const v8OutOfMemory = /JavaScript heap out of memory|Reached heap limit/;
const jvmOutOfMemory = /java\.lang\.OutOfMemoryError: (Java heap space|GC overhead limit exceeded)/;

export const languages: Record<LanguageId, LanguageSpec> = {
  python: {
    id: 'python',
    name: 'Python 3',
    extensions: ['.py'],
    sourceFile: 'main.py',
    // A syntax error is a Compilation Error (py_compile first, as problemtools and DOMjudge do), not a
    // Run-Time Error; the program then runs from its sources.
    build: { kind: 'sandboxed', step: { command: pythonSyntaxCheck(python3), checkOnly: true } },
    // -I: isolated (no env vars, no user site, script dir not trusted); -S: no site import; -B: no .pyc.
    // A program of several files runs as its directory (/work/__main__.py): Python puts that directory
    // on sys.path even under -I, so its modules import each other.
    run: ({ entry }) => [python3, '-I', '-S', '-B', entry ?? 'main.py'],
    versionProbe: [python3, '--version'],
    extraReadOnlyBinds: [],
    minPids: 1,
  },
  javascript: {
    id: 'javascript',
    name: 'JavaScript (Node.js)',
    extensions: ['.js', '.mjs', '.cjs'],
    sourceFile: 'main.js',
    build: { kind: 'none' },
    // V8 does not see the cgroup limit: without a heap cap an allocation bomb ends as a SIGABRT, not MLE.
    run: ({ memoryBytes, entry }) => [
      node,
      `--max-old-space-size=${heapMiB(memoryBytes)}`,
      entry ?? 'main.js',
    ],
    versionProbe: [node, '--version'],
    outOfMemoryPattern: v8OutOfMemory,
    extraReadOnlyBinds: [],
    minPids: 8,
  },
  typescript: {
    id: 'typescript',
    name: 'TypeScript (Node.js, types stripped by esbuild)',
    extensions: ['.ts', '.mts'],
    sourceFile: 'main.ts',
    // esbuild strips the types in the sandbox, as a compiler: main.ts in /work, main.js to /out.
    build: {
      kind: 'sandboxed',
      step: {
        command: esbuildCommand('/out/main.js'),
        toStdout: esbuildCommand(),
        readOnlyBinds: [esbuildBind],
      },
    },
    // Several files: esbuild bundles the entry point and what it imports into one main.js.
    multiFileBuild: {
      kind: 'sandboxed',
      step: { command: esbuildBundleCommand('/out/main.js'), readOnlyBinds: [esbuildBind] },
    },
    run: ({ memoryBytes }) => [node, `--max-old-space-size=${heapMiB(memoryBytes)}`, 'main.js'],
    versionProbe: [node, '--version'],
    outOfMemoryPattern: v8OutOfMemory,
    extraReadOnlyBinds: [],
    // Node's helper threads at run time. The compile step has its own process limit (64): esbuild,
    // a Go program, starts about 8 threads with GOMAXPROCS=2 (see esbuild.ts).
    minPids: 8,
  },
  c: {
    id: 'c',
    name: 'C (gcc, C17)',
    extensions: ['.c'],
    sourceFile: 'main.c',
    build: {
      kind: 'sandboxed',
      step: { command: [gcc, '-O2', '-std=gnu17', '-pipe', '-o', '/out/main', sourcesArg, '-lm'] },
    },
    run: () => ['/work/main'],
    versionProbe: [gcc, '--version'],
    extraReadOnlyBinds: [],
    minPids: 1,
  },
  cpp: {
    id: 'cpp',
    name: 'C++ (g++, C++20)',
    extensions: ['.cpp', '.cc', '.cxx', '.c++'],
    sourceFile: 'main.cpp',
    build: {
      kind: 'sandboxed',
      step: { command: [gxx, '-O2', '-std=gnu++20', '-pipe', '-o', '/out/main', sourcesArg] },
    },
    run: () => ['/work/main'],
    versionProbe: [gxx, '--version'],
    extraReadOnlyBinds: [],
    minPids: 1,
  },
  java: {
    id: 'java',
    name: 'Java 17',
    extensions: ['.java'],
    sourceFile: 'Main.java',
    build: {
      kind: 'sandboxed',
      // -J flags keep javac itself small and quick to start (one class, no JIT tiers beyond C1).
      step: {
        command: [
          `${jdk}/bin/javac`,
          '-J-Xmx256m',
          '-J-XX:+UseSerialGC',
          '-J-XX:TieredStopAtLevel=1',
          '-encoding',
          'UTF-8',
          '-d',
          '/out',
          sourcesArg,
        ],
      },
    },
    // The class is the public one of the file (`sources.ts` saves the file under its name), with its
    // package; Main when the source declares none.
    run: ({ memoryBytes, entry }) => [
      `${jdk}/bin/java`,
      `-Xmx${heapMiB(memoryBytes)}m`,
      '-Xss64m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-cp',
      '/work',
      entry ?? 'Main',
    ],
    versionProbe: [`${jdk}/bin/java`, '-version'],
    outOfMemoryPattern: jvmOutOfMemory,
    // javac crashes without its configuration directory.
    extraReadOnlyBinds: ['/etc/java-17-openjdk'],
    minPids: 32,
  },
};

/** The language a file name ends with, if any. */
export function languageOfFile(fileName: string): LanguageSpec | undefined {
  const lower = fileName.toLowerCase();
  return Object.values(languages).find((spec) =>
    spec.extensions.some((extension) => lower.endsWith(extension)),
  );
}
