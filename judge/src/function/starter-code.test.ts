import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { languageIds } from '../languages/language.js';
import type { FunctionSignature } from './protocol.js';
import { classStarterCode, functionStarterCode, stdioStarterCode } from './starter-code.js';
import { parseType } from './types.js';

/** Our own generated code, trusted: esbuild's API in process is fine here (submissions use the sandbox). */
async function transpileTypeScript(code: string): Promise<{ ok: true; code: string } | { ok: false }> {
  try {
    return { ok: true, code: (await transform(code, { loader: 'ts' })).code };
  } catch {
    return { ok: false };
  }
}

const signature = (params: Record<string, string>, returns: string, name = 'solve'): FunctionSignature => ({
  name,
  params: Object.entries(params).map(([param, type]) => ({ name: param, type: parseType(type) })),
  returns: parseType(returns),
});

const twoSum = signature({ nums: 'list<int>', target: 'int' }, 'list<int>');
const everything = signature(
  {
    head: 'linked_list',
    forest: 'list<binary_tree>',
    weights: 'map<float>',
    words: 'list<list<string>>',
    strict: 'bool',
  },
  'map<list<int>>',
  'combine',
);

/** Runs Python code (argv, never a shell) and returns its stdout; throws with stderr on failure. */
function python(code: string): string {
  const run = spawnSync('/usr/bin/python3', ['-I', '-c', code], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

// What the harness defines before it loads a solution (python-harness.ts), so the hints resolve.
const pythonNodeClasses = `
class ListNode:
    def __init__(self, val=0, next=None): self.val, self.next = val, next
class TreeNode:
    def __init__(self, val=0, left=None, right=None): self.val, self.left, self.right = val, left, right
`;

describe('function starter code', () => {
  it('writes the declared function with types in each language', () => {
    const code = functionStarterCode(twoSum);
    expect(code.python).toBe(
      'def solve(nums: list[int], target: int) -> list[int]:\n    # Write your solution here.\n    pass\n',
    );
    expect(code.javascript).toBe(
      [
        '/**',
        ' * @param {number[]} nums',
        ' * @param {number} target',
        ' * @returns {number[]}',
        ' */',
        'function solve(nums, target) {',
        '  // Write your solution here.',
        '}',
        '',
      ].join('\n'),
    );
    expect(code.typescript).toBe(
      'function solve(nums: number[], target: number): number[] {\n  // Write your solution here.\n}\n',
    );
  });

  it('shows ListNode and TreeNode only when the signature uses them', () => {
    for (const text of Object.values(functionStarterCode(twoSum))) {
      expect(text).not.toMatch(/ListNode|TreeNode/);
    }
    const list = functionStarterCode(signature({ head: 'linked_list' }, 'linked_list'));
    expect(list.python).toContain('# class ListNode:');
    expect(list.python).toContain('def solve(head: ListNode | None) -> ListNode | None:');
    expect(list.python).not.toContain('TreeNode');
    expect(list.javascript).toContain(' * class ListNode {');
    expect(list.javascript).toContain('@param {ListNode | null} head');
    expect(list.typescript).toContain('// class ListNode {');
    expect(list.typescript).toContain('function solve(head: ListNode | null): ListNode | null {');

    const tree = functionStarterCode(signature({ roots: 'list<binary_tree>' }, 'int'));
    expect(tree.python).toContain('def solve(roots: list[TreeNode | None]) -> int:');
    expect(tree.typescript).toContain('function solve(roots: Array<TreeNode | null>): number {');
    expect(tree.typescript).toContain('// class TreeNode {');
    expect(tree.javascript).not.toContain('ListNode');
  });

  it('maps every value type', () => {
    const code = functionStarterCode(everything);
    expect(code.python).toContain(
      'def combine(head: ListNode | None, forest: list[TreeNode | None], weights: dict[str, float], words: list[list[str]], strict: bool) -> dict[str, list[int]]:',
    );
    expect(code.typescript).toContain(
      'function combine(head: ListNode | null, forest: Array<TreeNode | null>, weights: Record<string, number>, words: string[][], strict: boolean): Record<string, number[]> {',
    );
    expect(code.javascript).toContain(' * @param {Record<string, number>} weights');
    expect(code.javascript).toContain(' * @returns {Record<string, number[]>}');
  });

  it('gives Python code that loads as the harness loads it and defines the function', () => {
    for (const sig of [twoSum, everything]) {
      const source = functionStarterCode(sig).python;
      const out = python(
        `${pythonNodeClasses}\nns = {'ListNode': ListNode, 'TreeNode': TreeNode}\nexec(${JSON.stringify(source)}, ns)\nprint(callable(ns[${JSON.stringify(sig.name)}]))`,
      );
      expect(out.trim()).toBe('True');
    }
  });

  it('gives JavaScript and TypeScript that parse and define the function', async () => {
    for (const sig of [twoSum, everything]) {
      const code = functionStarterCode(sig);
      const transpiled = await transpileTypeScript(code.typescript);
      expect(transpiled).toMatchObject({ ok: true });
      for (const source of [code.javascript, transpiled.ok ? transpiled.code : '']) {
        const defined: unknown = new Script(`${source}\n;typeof ${sig.name}`).runInNewContext({});
        expect(defined).toBe('function');
      }
    }
  });
});

describe('stdio starter code', () => {
  const code = stdioStarterCode();

  it('has a template for every judged language, each reading standard input', () => {
    expect(Object.keys(code).sort()).toEqual([...languageIds].sort());
    expect(code.python).toContain('sys.stdin.read()');
    expect(code.javascript).toContain('readFileSync(0');
    expect(code.typescript).toContain('readFileSync(0');
    expect(code.java).toContain('public class Main');
  });

  it('gives programs that run and print nothing (Python, JavaScript, TypeScript)', async () => {
    expect(python(code.python)).toBe('');
    expect(() => new Script(code.javascript)).not.toThrow();
    expect(await transpileTypeScript(code.typescript)).toMatchObject({ ok: true });
  });

  // Three real compiles, javac's JVM among them: seconds each on a loaded machine, past the default 5 s.
  it('gives C, C++ and Java that compile', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'starter-'));
    const compile = (file: string, text: string, argv: string[]) => {
      writeFileSync(path.join(dir, file), text);
      const run = spawnSync(argv[0]!, argv.slice(1), { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    };
    compile('main.c', code.c, ['/usr/bin/gcc', '-fsyntax-only', '-Wall', 'main.c']);
    compile('main.cpp', code.cpp, ['/usr/bin/g++', '-fsyntax-only', '-std=gnu++20', 'main.cpp']);
    compile('Main.java', code.java, ['/usr/lib/jvm/java-17-openjdk-amd64/bin/javac', '-d', dir, 'Main.java']);
  });
});

describe('class starter code', () => {
  const lru = {
    name: 'LRUCache',
    constructorParams: [{ name: 'capacity', type: parseType('int') }],
    methods: [
      { name: 'get', params: [{ name: 'key', type: parseType('int') }], returns: parseType('int') },
      {
        name: 'put',
        params: [
          { name: 'key', type: parseType('int') },
          { name: 'value', type: parseType('int') },
        ],
      },
    ],
  };

  it('writes the class with its constructor and typed methods; a method returning nothing is None/void', () => {
    const code = classStarterCode(lru);
    expect(code.python).toBe(
      'class LRUCache:\n    def __init__(self, capacity: int) -> None:\n        pass\n\n    def get(self, key: int) -> int:\n        pass\n\n    def put(self, key: int, value: int) -> None:\n        pass\n',
    );
    expect(code.typescript).toContain('  get(key: number): number {}');
    expect(code.typescript).toContain('  put(key: number, value: number): void {}');
    expect(code.javascript).toContain('   * @param {number} capacity\n   */\n  constructor(capacity) {}');
  });

  it('is valid code in each language: Python defines the class, JavaScript and TypeScript parse', async () => {
    const code = classStarterCode(lru);
    expect(python(`${code.python}\nprint(LRUCache(2).get(1))`)).toBe('None\n');
    expect(() => new Script(code.javascript)).not.toThrow();
    const ts = await transpileTypeScript(code.typescript);
    expect(ts.ok).toBe(true);
  });
});
