/**
 * What a Java source declares, read the way javac would need it: its `package` and the class that
 * holds `main`. javac insists that a public class live in a file of its name, and `java` needs the
 * class's full name, so the judge saves and runs the source under what it declares instead of
 * requiring `public class Main` (the "Could not find or load main class Main" trap).
 */

/** The source with comments, string/char literals and text blocks blanked out (lengths kept). */
function codeOnly(source: string): string {
  return source.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g,
    (match) => match.replace(/[^\n]/g, ' '),
  );
}

export interface JavaDeclarations {
  /** `package a.b;`, when there is one. */
  packageName?: string;
  /** The public top-level type, which fixes the file's name. */
  publicClass?: string;
  /** Top-level or nested classes that declare `static void main(`, in source order. */
  mainClasses: string[];
}

const identifier = '[A-Za-z_$][\\w$]*';

/** Reads the package, the public class and the classes with a `main` method of one source. */
export function javaDeclarations(source: string): JavaDeclarations {
  const code = codeOnly(source);
  const packageName = new RegExp(`^\\s*package\\s+(${identifier}(?:\\s*\\.\\s*${identifier})*)\\s*;`, 'm')
    .exec(code)?.[1]
    ?.replace(/\s+/g, '');
  const publicClass = new RegExp(
    `(?:^|[;}\\s])public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp|static)\\s+)*(?:class|interface|enum|record)\\s+(${identifier})`,
  ).exec(code)?.[1];
  // The class a main method belongs to: the nearest class declaration before it.
  const mainClasses: string[] = [];
  const declaration = new RegExp(`\\b(?:class|enum|record|interface)\\s+(${identifier})`, 'g');
  const main = /\bstatic\s+(?:final\s+)?void\s+main\s*\(/g;
  for (const found of code.matchAll(main)) {
    let owner: string | undefined;
    for (const candidate of code.slice(0, found.index).matchAll(declaration)) owner = candidate[1];
    if (owner !== undefined && !mainClasses.includes(owner)) mainClasses.push(owner);
  }
  return {
    ...(packageName === undefined ? {} : { packageName }),
    ...(publicClass === undefined ? {} : { publicClass }),
    mainClasses,
  };
}
