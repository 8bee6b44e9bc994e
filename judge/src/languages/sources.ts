/**
 * How a submission's files are laid out for its build, and what runs: the entry-point rule of each
 * language. One file is saved under the language's own name (`main.py`, `main.cpp`, …; Java under
 * the class it declares). Several files keep their paths, and:
 *
 * - Python: `__main__.py` at the top runs; else `main.py`; else the only `.py` file at the top. The
 *   program runs as its directory, so its modules import each other.
 * - JavaScript: `main.js` (or `.mjs`/`.cjs`), else `index.js` (…), else the only source at the top.
 * - TypeScript: the same with `.ts`/`.mts`; esbuild bundles the entry point and its imports.
 * - C and C++: every source file is compiled and linked together (headers are there to include);
 *   exactly one must define `main`, as for any linker.
 * - Java: every `.java` file is compiled; the class with `static void main` runs (`Main` when several
 *   have one), in its package.
 */
import { javaDeclarations } from './java-class.js';
import type { CompileStep, LanguageSpec, SourceFile } from './language.js';

export interface PreparedProgram {
  /** The files to write in the build's source directory, at these paths. */
  files: SourceFile[];
  /** The step that builds them (none for JavaScript), with the source list it gets. */
  step?: CompileStep;
  sources: string[];
  /** The run's entry point (`RunContext.entry`); absent: the language's default. */
  entry?: string;
}

/** Why the files cannot make a program (shown as a Compilation Error). */
export type PreparationError = { error: string };

const isSource = (language: LanguageSpec, file: string) =>
  language.extensions.some((extension) => file.toLowerCase().endsWith(extension)) ||
  // A C++ program may hold C files; g++ compiles them too.
  (language.id === 'cpp' && file.toLowerCase().endsWith('.c'));

/** A safe relative path: no absolute path, no `..`, no empty or hidden-dot segment tricks. */
function unsafePath(file: string): boolean {
  return (
    file === '' ||
    file.startsWith('/') ||
    file.includes('\\') ||
    file.includes('\0') ||
    file.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')
  );
}

function javaSingle(file: SourceFile): PreparedProgram | PreparationError {
  const declared = javaDeclarations(file.content);
  const runClass =
    declared.publicClass !== undefined && declared.mainClasses.includes(declared.publicClass)
      ? declared.publicClass
      : declared.mainClasses[0];
  if (runClass === undefined)
    return { error: 'no class declares `public static void main(String[] args)`; add one.' };
  const fileName = `${declared.publicClass ?? runClass}.java`;
  return {
    files: [{ path: fileName, content: file.content }],
    sources: [fileName],
    entry: declared.packageName === undefined ? runClass : `${declared.packageName}.${runClass}`,
  };
}

/** The top-level file the entry-point rule picks among `preferred` names, else the only source. */
function pickEntry(
  language: LanguageSpec,
  files: SourceFile[],
  preferred: readonly string[],
): string | PreparationError {
  const top = files
    .map((file) => file.path)
    .filter((file) => !file.includes('/') && isSource(language, file));
  for (const name of preferred) if (top.includes(name)) return name;
  if (top.length === 1) return top[0]!;
  return {
    error: `${top.length === 0 ? 'no' : 'several'} ${language.name} source files at the top of the program and none named ${preferred.join(' or ')}; name the file that starts the program ${preferred[0]}.`,
  };
}

function javaMany(files: SourceFile[]): PreparedProgram | PreparationError {
  const sources = files.filter((file) => file.path.endsWith('.java'));
  const mains = sources.flatMap((file) => {
    const declared = javaDeclarations(file.content);
    return declared.mainClasses.map((name) =>
      declared.packageName === undefined ? name : `${declared.packageName}.${name}`,
    );
  });
  const simple = (name: string) => name.slice(name.lastIndexOf('.') + 1);
  const entry = mains.length === 1 ? mains[0] : mains.find((name) => simple(name) === 'Main');
  if (entry === undefined)
    return {
      error:
        mains.length === 0
          ? 'no class declares `public static void main(String[] args)`; add one.'
          : `several classes declare main (${mains.join(', ')}); name the one that starts the program Main.`,
    };
  return { files, sources: sources.map((file) => file.path), entry };
}

/**
 * Lays out `files` (one file, or a directory's files with their relative paths) for `language`.
 * @returns the layout, or why these files are not a program of that language.
 */
export function prepareProgram(
  language: LanguageSpec,
  files: readonly SourceFile[],
): PreparedProgram | PreparationError {
  const step = language.build.kind === 'sandboxed' ? language.build.step : undefined;
  const withStep = (prepared: PreparedProgram): PreparedProgram =>
    step === undefined ? prepared : { ...prepared, step };
  if (files.length === 0) return { error: 'the submission holds no file.' };
  if (files.length === 1) {
    const only = files[0]!;
    if (language.id === 'java') {
      const prepared = javaSingle(only);
      return 'error' in prepared ? prepared : withStep(prepared);
    }
    return withStep({
      files: [{ path: language.sourceFile, content: only.content }],
      sources: [language.sourceFile],
    });
  }
  const bad = files.find((file) => unsafePath(file.path));
  if (bad !== undefined) return { error: `"${bad.path}" is not a relative path inside the program.` };
  const paths = new Set(files.map((file) => file.path));
  const clash = files.find(
    (file) =>
      files.filter((other) => other.path === file.path).length > 1 ||
      file.path.split('/').some((_, i, parts) => i > 0 && paths.has(parts.slice(0, i).join('/'))),
  );
  if (clash !== undefined)
    return { error: `"${clash.path}" is given twice, or inside a file of the same name.` };
  const all = [...files];
  const sources = all.filter((file) => isSource(language, file.path)).map((file) => file.path);
  switch (language.id) {
    case 'python': {
      const entry = pickEntry(language, all, ['__main__.py', 'main.py']);
      if (typeof entry !== 'string') return entry;
      // Python runs a directory's __main__.py; another entry point gets one that runs it as __main__.
      const shim =
        entry === '__main__.py'
          ? []
          : [
              {
                path: '__main__.py',
                content: `import runpy\nrunpy.run_path(${JSON.stringify(`/work/${entry}`)}, run_name='__main__')\n`,
              },
            ];
      return withStep({ files: [...all, ...shim], sources, entry: '/work' });
    }
    case 'javascript': {
      const entry = pickEntry(language, all, [
        'main.js',
        'main.mjs',
        'main.cjs',
        'index.js',
        'index.mjs',
        'index.cjs',
      ]);
      return typeof entry === 'string' ? { files: all, sources, entry } : entry;
    }
    case 'typescript': {
      const entry = pickEntry(language, all, ['main.ts', 'main.mts', 'index.ts', 'index.mts']);
      if (typeof entry !== 'string') return entry;
      const bundle = language.multiFileBuild?.step;
      return bundle === undefined
        ? { error: 'TypeScript programs of several files cannot be built' }
        : { files: all, step: bundle, sources: [entry] };
    }
    case 'java': {
      const prepared = javaMany(all);
      return 'error' in prepared ? prepared : withStep(prepared);
    }
    case 'c':
    case 'cpp':
      if (sources.length === 0) return { error: `no ${language.name} source file in the program.` };
      return withStep({ files: all, sources });
  }
}
