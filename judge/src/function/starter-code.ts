/**
 * The code a learner's editor opens with. For a function problem it is the declared function, typed
 * in each language's own words (Python type hints, JSDoc, TypeScript types), with the judge's
 * ListNode / TreeNode classes shown as comments when the signature uses them (the harness provides
 * them, so redefining them is not needed). For a stdio problem it is a minimal program that reads
 * standard input, per language.
 */
import type { functionLanguages } from '../engine/judge-function.js';
import type { LanguageId } from '../languages/language.js';
import type { ClassSignature, MethodSignature } from './class-signature.js';
import type { FunctionSignature } from './protocol.js';
import type { ValueType } from './types.js';

export type FunctionLanguageId = (typeof functionLanguages)[number];

export function functionStarterCode(signature: FunctionSignature): Record<FunctionLanguageId, string> {
  return {
    python: pythonStarter(signature),
    javascript: javascriptStarter(signature),
    typescript: typescriptStarter(signature),
  };
}

/** A class problem's starter: the class with its constructor and every method, typed per language. */
export function classStarterCode(signature: ClassSignature): Record<FunctionLanguageId, string> {
  // The node classes a method uses are shown as for a function that took all of their types.
  const everyType: FunctionSignature = {
    name: signature.name,
    params: [...signature.constructorParams, ...signature.methods.flatMap((m) => m.params)],
    returns: { kind: 'bool' },
  };
  for (const m of signature.methods) if (m.returns) everyType.params.push({ name: 'r', type: m.returns });
  const pythonMethod = (name: string, m: Pick<MethodSignature, 'params' | 'returns'>) =>
    `    def ${name}(${['self', ...m.params.map((p) => `${p.name}: ${pythonType(p.type)}`)].join(', ')}) -> ${
      m.returns === undefined ? 'None' : pythonType(m.returns)
    }:\n        pass\n`;
  const python =
    nodeComments(everyType, pythonNodes, '# ') +
    `class ${signature.name}:\n` +
    [
      pythonMethod('__init__', { params: signature.constructorParams }),
      ...signature.methods.map((m) => pythonMethod(m.name, m)),
    ].join('\n');
  const jsNodes = nodeComments(everyType, javascriptNodes, ' * ');
  const jsMethod = (name: string, m: Pick<MethodSignature, 'params' | 'returns'>) =>
    [
      '  /**',
      ...m.params.map((p) => `   * @param {${scriptType(p.type)}} ${p.name}`),
      ...(m.returns === undefined ? [] : [`   * @returns {${scriptType(m.returns)}}`]),
      '   */',
      `  ${name}(${m.params.map((p) => p.name).join(', ')}) {}`,
    ].join('\n');
  const javascript =
    (jsNodes === '' ? '' : `/*\n${jsNodes.trimEnd()}\n */\n\n`) +
    `class ${signature.name} {\n` +
    [
      jsMethod('constructor', { params: signature.constructorParams }),
      ...signature.methods.map((m) => jsMethod(m.name, m)),
    ].join('\n\n') +
    '\n}\n';
  const tsMethod = (name: string, m: Pick<MethodSignature, 'params' | 'returns'>, isConstructor = false) =>
    `  ${name}(${m.params.map((p) => `${p.name}: ${scriptType(p.type)}`).join(', ')})${
      isConstructor ? '' : `: ${m.returns === undefined ? 'void' : scriptType(m.returns)}`
    } {}`;
  const typescript =
    nodeComments(everyType, typescriptNodes, '// ') +
    `class ${signature.name} {\n` +
    [
      tsMethod('constructor', { params: signature.constructorParams }, true),
      ...signature.methods.map((m) => tsMethod(m.name, m)),
    ].join('\n\n') +
    '\n}\n';
  return { python, javascript, typescript };
}

export function stdioStarterCode(): Record<LanguageId, string> {
  return { ...stdioTemplates };
}

// ── Types in each language ──────────────────────────────────────────────────────────────────────────

function pythonType(type: ValueType): string {
  switch (type.kind) {
    case 'int':
      return 'int';
    case 'float':
      return 'float';
    case 'string':
      return 'str';
    case 'bool':
      return 'bool';
    case 'list':
      return `list[${pythonType(type.of)}]`;
    case 'map':
      return `dict[str, ${pythonType(type.of)}]`;
    case 'linked_list':
      return 'ListNode | None';
    case 'binary_tree':
      return 'TreeNode | None';
  }
}

/** The same type text serves JSDoc and TypeScript. */
function scriptType(type: ValueType): string {
  switch (type.kind) {
    case 'int':
    case 'float':
      return 'number';
    case 'string':
      return 'string';
    case 'bool':
      return 'boolean';
    case 'list': {
      const item = scriptType(type.of);
      // `ListNode | null[]` would mean something else: a union element needs the generic form.
      return item.includes('|') ? `Array<${item}>` : `${item}[]`;
    }
    case 'map':
      return `Record<string, ${scriptType(type.of)}>`;
    case 'linked_list':
      return 'ListNode | null';
    case 'binary_tree':
      return 'TreeNode | null';
  }
}

function usedNodeKinds(signature: FunctionSignature): Set<'linked_list' | 'binary_tree'> {
  const used = new Set<'linked_list' | 'binary_tree'>();
  const visit = (type: ValueType) => {
    if (type.kind === 'linked_list' || type.kind === 'binary_tree') used.add(type.kind);
    if (type.kind === 'list' || type.kind === 'map') visit(type.of);
  };
  for (const param of signature.params) visit(param.type);
  visit(signature.returns);
  return used;
}

// ── Node class definitions, shown as comments ───────────────────────────────────────────────────────

const pythonNodes = {
  linked_list: [
    'class ListNode:',
    '    def __init__(self, val=0, next=None):',
    '        self.val = val',
    '        self.next = next',
  ],
  binary_tree: [
    'class TreeNode:',
    '    def __init__(self, val=0, left=None, right=None):',
    '        self.val = val',
    '        self.left = left',
    '        self.right = right',
  ],
};

const javascriptNodes = {
  linked_list: [
    'class ListNode {',
    '  constructor(val = 0, next = null) {',
    '    this.val = val;',
    '    this.next = next;',
    '  }',
    '}',
  ],
  binary_tree: [
    'class TreeNode {',
    '  constructor(val = 0, left = null, right = null) {',
    '    this.val = val;',
    '    this.left = left;',
    '    this.right = right;',
    '  }',
    '}',
  ],
};

const typescriptNodes = {
  linked_list: [
    'class ListNode {',
    '  val: number;',
    '  next: ListNode | null;',
    '  constructor(val = 0, next: ListNode | null = null) {',
    '    this.val = val;',
    '    this.next = next;',
    '  }',
    '}',
  ],
  binary_tree: [
    'class TreeNode {',
    '  val: number;',
    '  left: TreeNode | null;',
    '  right: TreeNode | null;',
    '  constructor(val = 0, left: TreeNode | null = null, right: TreeNode | null = null) {',
    '    this.val = val;',
    '    this.left = left;',
    '    this.right = right;',
    '  }',
    '}',
  ],
};

const nodeHeading = {
  linked_list: 'A linked list node, provided by the judge (do not define it yourself):',
  binary_tree: 'A binary tree node, provided by the judge (do not define it yourself):',
};

function nodeComments(
  signature: FunctionSignature,
  definitions: Record<'linked_list' | 'binary_tree', string[]>,
  prefix: string,
): string {
  const used = usedNodeKinds(signature);
  const blocks = (['linked_list', 'binary_tree'] as const)
    .filter((kind) => used.has(kind))
    .map((kind) =>
      [nodeHeading[kind], ...definitions[kind]].map((line) => `${prefix}${line}`.trimEnd()).join('\n'),
    );
  return blocks.length === 0 ? '' : `${blocks.join(`\n${prefix.trimEnd()}\n`)}\n\n`;
}

// ── Function starters ───────────────────────────────────────────────────────────────────────────────

function pythonStarter(signature: FunctionSignature): string {
  const params = signature.params.map((p) => `${p.name}: ${pythonType(p.type)}`).join(', ');
  return (
    nodeComments(signature, pythonNodes, '# ') +
    `def ${signature.name}(${params}) -> ${pythonType(signature.returns)}:\n` +
    '    # Write your solution here.\n' +
    '    pass\n'
  );
}

function javascriptStarter(signature: FunctionSignature): string {
  const nodes = nodeComments(signature, javascriptNodes, ' * ');
  const nodeBlock = nodes === '' ? '' : `/*\n${nodes.trimEnd()}\n */\n\n`;
  const doc = [
    '/**',
    ...signature.params.map((p) => ` * @param {${scriptType(p.type)}} ${p.name}`),
    ` * @returns {${scriptType(signature.returns)}}`,
    ' */',
  ].join('\n');
  const params = signature.params.map((p) => p.name).join(', ');
  return (
    `${nodeBlock}${doc}\n` +
    `function ${signature.name}(${params}) {\n` +
    '  // Write your solution here.\n' +
    '}\n'
  );
}

function typescriptStarter(signature: FunctionSignature): string {
  const params = signature.params.map((p) => `${p.name}: ${scriptType(p.type)}`).join(', ');
  return (
    nodeComments(signature, typescriptNodes, '// ') +
    `function ${signature.name}(${params}): ${scriptType(signature.returns)} {\n` +
    '  // Write your solution here.\n' +
    '}\n'
  );
}

// ── Stdio starters ──────────────────────────────────────────────────────────────────────────────────

const stdioTemplates: Record<LanguageId, string> = {
  python: [
    'import sys',
    '',
    '',
    'def main() -> None:',
    '    tokens = sys.stdin.read().split()',
    '    # Solve the problem and print the answer.',
    '',
    '',
    'main()',
    '',
  ].join('\n'),
  // A .js submission runs as CommonJS (no package.json around it), so `require` it is.
  javascript: [
    "const tokens = require('node:fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);",
    '// Solve the problem and print the answer with console.log.',
    '',
  ].join('\n'),
  // TypeScript is transpiled to an ES module, so `import` it is.
  typescript: [
    "import { readFileSync } from 'node:fs';",
    '',
    "const tokens: string[] = readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);",
    '// Solve the problem and print the answer with console.log.',
    '',
  ].join('\n'),
  c: [
    '#include <stdio.h>',
    '',
    'int main(void) {',
    '    // Read the input with scanf and print the answer with printf.',
    '    return 0;',
    '}',
    '',
  ].join('\n'),
  cpp: [
    '#include <bits/stdc++.h>',
    'using namespace std;',
    '',
    'int main() {',
    '    ios::sync_with_stdio(false);',
    '    cin.tie(nullptr);',
    '    // Read the input with cin and print the answer with cout.',
    '    return 0;',
    '}',
    '',
  ].join('\n'),
  // The class must be Main: the judge saves the source as Main.java.
  java: [
    'import java.io.*;',
    'import java.util.*;',
    '',
    'public class Main {',
    '    public static void main(String[] args) throws IOException {',
    '        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));',
    '        // Read the input with in.readLine() and print the answer with System.out.println.',
    '    }',
    '}',
    '',
  ].join('\n'),
};
