/** The entry-point rule of each language and Java's declarations, without running anything. */
import { describe, expect, it } from 'vitest';
import { javaDeclarations } from './java-class.js';
import { languages } from './registry.js';
import { prepareProgram } from './sources.js';

const file = (path: string, content = '') => ({ path, content });

describe('javaDeclarations', () => {
  it('finds the package, the public class and the class with main, ignoring comments and strings', () => {
    const source = [
      '// public class Decoy { public static void main(String[] a) {} }',
      'package contest . sums;',
      'import java.util.*;',
      'class Helper { String s = "class Fake { static void main( }"; }',
      '/* public class AlsoDecoy */',
      'public final class Solver {',
      '  public static void main(String[] args) { System.out.println(1); }',
      '}',
    ].join('\n');
    expect(javaDeclarations(source)).toEqual({
      packageName: 'contest.sums',
      publicClass: 'Solver',
      mainClasses: ['Solver'],
    });
  });

  it('reads a source without package or public class', () => {
    expect(javaDeclarations('class A { static public void main(String[] x) {} }')).toEqual({
      mainClasses: [],
    });
    expect(javaDeclarations('class A { public static void main(String[] x) {} }')).toEqual({
      mainClasses: ['A'],
    });
  });
});

describe('prepareProgram', () => {
  it('saves one file under the language’s name, Java under its public class with its package', () => {
    expect(prepareProgram(languages.cpp, [file('sol.cc', 'int main(){}')])).toMatchObject({
      files: [{ path: 'main.cpp' }],
      sources: ['main.cpp'],
    });
    const java = prepareProgram(languages.java, [
      file('whatever.java', 'package a.b;\npublic class Sum { public static void main(String[] x) {} }'),
    ]);
    expect(java).toMatchObject({ files: [{ path: 'Sum.java' }], sources: ['Sum.java'], entry: 'a.b.Sum' });
  });

  it('refuses a Java source without main, as a sentence that says what to add', () => {
    expect(prepareProgram(languages.java, [file('A.java', 'public class A {}')])).toEqual({
      error: 'no class declares `public static void main(String[] args)`; add one.',
    });
  });

  it('picks the entry point of several files by name, else the only source at the top', () => {
    const py = prepareProgram(languages.python, [file('main.py'), file('lib/helpers.py'), file('README')]);
    expect(py).toMatchObject({ entry: '/work', sources: ['main.py', 'lib/helpers.py'] });
    expect((py as { files: { path: string }[] }).files.map((f) => f.path)).toContain('__main__.py');
    expect(prepareProgram(languages.python, [file('__main__.py'), file('search.py')])).toMatchObject({
      entry: '/work',
      files: [{ path: '__main__.py' }, { path: 'search.py' }],
    });
    expect(prepareProgram(languages.javascript, [file('index.js'), file('lib/a.js')])).toMatchObject({
      entry: 'index.js',
    });
    expect(prepareProgram(languages.typescript, [file('solve.ts'), file('lib/a.ts')])).toMatchObject({
      sources: ['solve.ts'],
    });
    expect(prepareProgram(languages.javascript, [file('a.js'), file('b.js')])).toMatchObject({
      error: expect.stringContaining('name the file that starts the program main.js'),
    });
  });

  it('compiles every C/C++ source together and runs the Java class that has main', () => {
    expect(
      prepareProgram(languages.cpp, [file('a.cpp'), file('validate.h'), file('b.c'), file('notes.txt')]),
    ).toMatchObject({ sources: ['a.cpp', 'b.c'] });
    const java = prepareProgram(languages.java, [
      file('Main.java', 'public class Main { public static void main(String[] a) {} }'),
      file('util/Adder.java', 'package util; public class Adder {}'),
    ]);
    expect(java).toMatchObject({ entry: 'Main', sources: ['Main.java', 'util/Adder.java'] });
    expect(
      prepareProgram(languages.java, [
        file('A.java', 'class A { public static void main(String[] a) {} }'),
        file('B.java', 'class B { public static void main(String[] a) {} }'),
      ]),
    ).toMatchObject({ error: expect.stringContaining('several classes declare main (A, B)') });
  });

  it('refuses a path given twice or below a file', () => {
    expect(prepareProgram(languages.python, [file('main.py'), file('main.py')])).toEqual({
      error: '"main.py" is given twice, or inside a file of the same name.',
    });
    expect(prepareProgram(languages.python, [file('main.py'), file('lib'), file('lib/a.py')])).toEqual({
      error: '"lib/a.py" is given twice, or inside a file of the same name.',
    });
  });

  it('refuses paths that leave the program', () => {
    for (const bad of ['../x.py', '/etc/x.py', 'a//b.py', './a.py'])
      expect(prepareProgram(languages.python, [file('main.py'), file(bad)])).toEqual({
        error: `"${bad}" is not a relative path inside the program.`,
      });
  });
});
