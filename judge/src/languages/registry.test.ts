import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expandSources, languageIds } from './language.js';
import { languageOfFile, languages } from './registry.js';
import { checkToolchain } from './toolchain.js';

const run = promisify(execFile);

// The same program in every language: read two numbers, print their sum.
const sumPrograms = {
  python: 'a, b = map(int, input().split())\nprint(a + b)\n',
  javascript:
    "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
  typescript:
    "import { readFileSync } from 'node:fs';\nconst [a, b]: number[] = readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
  c: '#include <stdio.h>\nint main(void){long a,b;scanf("%ld %ld",&a,&b);printf("%ld\\n",a+b);return 0;}\n',
  cpp: '#include <iostream>\nint main(){long a,b;std::cin>>a>>b;std::cout<<a+b<<"\\n";}\n',
  java: 'import java.util.*;\npublic class Main{public static void main(String[] x){Scanner s=new Scanner(System.in);System.out.println(s.nextLong()+s.nextLong());}}\n',
} as const;

describe('language registry', () => {
  it('covers every language id, each named by its own extension', () => {
    expect(Object.keys(languages).sort()).toEqual([...languageIds].sort());
    for (const spec of Object.values(languages)) {
      for (const extension of spec.extensions)
        expect(languageOfFile(`solution${extension}`)?.id).toBe(spec.id);
    }
    expect(languageOfFile('Main.JAVA')?.id).toBe('java');
    expect(languageOfFile('notes.txt')).toBeUndefined();
  });

  it.each(languageIds)('%s: the toolchain is installed inside /usr and reports its version', async (id) => {
    const status = await checkToolchain(languages[id]);
    expect(status).toMatchObject({ ok: true, version: expect.stringMatching(/\d+\.\d+/) });
  });

  it('names a missing esbuild binary and how to get it back', async () => {
    const typescript = languages.typescript;
    if (typescript.build.kind !== 'sandboxed') throw new Error('TypeScript has a sandboxed build step');
    const step = {
      ...typescript.build.step,
      readOnlyBinds: [{ host: '/nonexistent/bin', sandbox: '/opt/esbuild' }],
    };
    const status = await checkToolchain({ ...typescript, build: { kind: 'sandboxed', step } });
    expect(status).toEqual({
      language: 'typescript',
      ok: false,
      problem:
        '/nonexistent/bin/esbuild is missing or not executable; reinstall the judge with its npm dependencies (npm ci)',
    });
  });

  // Outside the sandbox: this proves the registry's commands themselves; the sandbox suite runs them confined.
  it.each(languageIds)(
    '%s: the build and run commands turn the sum program into "5"',
    { timeout: 30_000 },
    async (id) => {
      const spec = languages[id];
      const dir = await mkdtemp(path.join(tmpdir(), `winterarc-lang-${id}-`));
      await writeFile(path.join(dir, spec.sourceFile), sumPrograms[id]);
      // The sandbox's /work (source) and /out (build output) are both this directory here, and a
      // compile step's bound directories are their host directories.
      const binds = spec.build.kind === 'sandboxed' ? (spec.build.step.readOnlyBinds ?? []) : [];
      const local = (args: string[]) =>
        args.map((arg) =>
          binds.reduce(
            (a, bind) => a.replace(bind.sandbox, bind.host),
            arg.replace(/(^|=)\/(work|out)(?=\/|$)/, `$1${dir}`),
          ),
        );
      if (spec.build.kind === 'sandboxed') {
        const [compiler, ...compileArgs] = local(expandSources(spec.build.step.command, [spec.sourceFile]));
        await run(compiler!, compileArgs, { cwd: dir, env: { PATH: '/usr/bin' } });
      }
      const [program, ...args] = local(spec.run({ memoryBytes: 256 * 2 ** 20 }));
      const child = execFile(program!, args, { cwd: dir, env: {} });
      child.stdin?.end('2 3\n');
      const output = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout?.on('data', (chunk) => {
          stdout += chunk;
        });
        child.on('error', reject);
        child.on('close', () => resolve(stdout));
      });
      expect(output.trim()).toBe('5');
    },
  );
});
