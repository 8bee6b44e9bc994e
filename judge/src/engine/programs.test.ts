/**
 * Programs as authors and learners write them, judged for real (root, bubblewrap and cgroups needed):
 * Python syntax errors, Java classes of any name and package, and programs of several files in every
 * language, against the conformance package sum-stdio ("a b" in, a + b out).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageId, SourceFile } from '../languages/language.js';
import { readProblemPackage } from '../package/read-problem-package.js';
import type { ProblemPackage } from '../package/types.js';
import { createSandbox } from '../sandbox/run.js';
import { createJudge } from './judge.js';

const sumStdio = fileURLToPath(new URL('../conformance/packages/sum-stdio/', import.meta.url));
const judge = createJudge(createSandbox());
let problem: ProblemPackage;
beforeAll(async () => {
  problem = await readProblemPackage(sumStdio);
});
afterAll(() => judge.close());

const judgeOn = (language: LanguageId, program: string | SourceFile[]) =>
  judge.judge({
    problem,
    language,
    ...(typeof program === 'string' ? { source: program } : { files: program }),
    samplesOnly: true,
  });

describe('one-file programs', () => {
  it('gives a Python syntax error as a Compilation Error with Python’s message', async () => {
    const result = await judgeOn('python', 'a, b = map(int, input().split()\nprint(a + b)\n');
    expect(result.verdict).toBe('CE');
    expect(result.message).toMatch(/main\.py.*line 1[\s\S]*SyntaxError/);
    expect(result.tests).toEqual([]);
  });

  it('runs a Java public class of any name, in a package too', { timeout: 60_000 }, async () => {
    const body =
      'public static void main(String[] a) { java.util.Scanner s = new java.util.Scanner(System.in); System.out.println(s.nextLong() + s.nextLong()); }';
    expect((await judgeOn('java', `public class Solution { ${body} }`)).verdict).toBe('AC');
    expect(
      (await judgeOn('java', `package contest.sums;\nclass Helper {}\npublic class Sum { ${body} }`)).verdict,
    ).toBe('AC');
  });

  it('gives a Java source without main a Compilation Error that says so', async () => {
    const result = await judgeOn('java', 'public class Sum { }');
    expect(result).toMatchObject({ verdict: 'CE', message: expect.stringContaining('static void main') });
  });
});

describe('programs of several files', () => {
  const programs: Record<LanguageId, SourceFile[]> = {
    python: [
      { path: 'solve.py', content: 'from lib.add import add\nprint(add(*map(int, input().split())))\n' },
      { path: 'lib/add.py', content: 'def add(a, b):\n    return a + b\n' },
    ],
    javascript: [
      {
        path: 'main.js',
        content:
          "const { add } = require('./add');\nconst [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(add(a, b));\n",
      },
      { path: 'add.js', content: 'exports.add = (a, b) => a + b;\n' },
    ],
    typescript: [
      {
        path: 'main.ts',
        content:
          "import { readFileSync } from 'node:fs';\nimport { add } from './math/add';\nconst [a, b]: number[] = readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(add(a, b));\n",
      },
      { path: 'math/add.ts', content: 'export const add = (a: number, b: number): number => a + b;\n' },
    ],
    c: [
      {
        path: 'main.c',
        content:
          '#include <stdio.h>\n#include "add.h"\nint main(void){long a,b;scanf("%ld %ld",&a,&b);printf("%ld\\n",add(a,b));}\n',
      },
      { path: 'add.h', content: 'long add(long a, long b);\n' },
      { path: 'add.c', content: '#include "add.h"\nlong add(long a, long b){return a+b;}\n' },
    ],
    cpp: [
      {
        path: 'sum.cpp',
        content:
          '#include <iostream>\n#include "add.hpp"\nint main(){long a,b;std::cin>>a>>b;std::cout<<add(a,b)<<"\\n";}\n',
      },
      { path: 'add.hpp', content: 'long add(long a, long b);\n' },
      { path: 'add.cc', content: '#include "add.hpp"\nlong add(long a, long b){return a+b;}\n' },
    ],
    java: [
      {
        path: 'Main.java',
        content:
          'import util.Adder;\npublic class Main { public static void main(String[] x) { java.util.Scanner s = new java.util.Scanner(System.in); System.out.println(Adder.add(s.nextLong(), s.nextLong())); } }\n',
      },
      {
        path: 'util/Adder.java',
        content:
          'package util;\npublic class Adder { public static long add(long a, long b) { return a + b; } }\n',
      },
    ],
  };

  it.each(Object.keys(programs) as LanguageId[])(
    '%s: builds every file and runs the entry point',
    { timeout: 60_000 },
    async (language) => {
      const result = await judgeOn(language, programs[language]);
      expect({ verdict: result.verdict, message: result.message }).toEqual({
        verdict: 'AC',
        message: undefined,
      });
    },
  );

  it('gives several possible entry points a Compilation Error naming the rule', async () => {
    const result = await judgeOn('python', [
      { path: 'a.py', content: 'print(1)\n' },
      { path: 'b.py', content: 'print(2)\n' },
    ]);
    expect(result).toMatchObject({ verdict: 'CE', message: expect.stringContaining('main.py') });
  });
});
