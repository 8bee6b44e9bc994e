/** function.yaml's class form: what a class problem declares, and the errors that name the fix. */
import { afterEach, describe, expect, it } from 'vitest';
import { parseType } from '../function/types.js';
import { ProblemPackageError } from './issues.js';
import { readProblemPackage } from './read-problem-package.js';
import { minimalPackage, type TempPackage, writeTempPackage } from './temp-package.js';

let written: TempPackage | undefined;
afterEach(() => written?.remove());

async function read(functionYaml: string) {
  written = await writeTempPackage({ ...minimalPackage, 'function.yaml': functionYaml });
  return readProblemPackage(written.dir);
}

async function errorsOf(functionYaml: string): Promise<string[]> {
  try {
    await read(functionYaml);
  } catch (error) {
    if (error instanceof ProblemPackageError) return error.issues.map((i) => i.message);
    throw error;
  }
  throw new Error('the package was read without errors');
}

const lruYaml = `class: LRUCache
constructor:
  - name: capacity
    type: int
methods:
  - name: get
    params: [{ name: key, type: int }]
    returns: int
  - name: put
    params: [{ name: key, type: int }, { name: value, type: int }]
`;

describe('a class problem in function.yaml', () => {
  it('declares the class, its constructor and its typed methods; a method without returns returns nothing', async () => {
    const problem = await read(lruYaml);
    expect(problem.function).toBeUndefined();
    expect(problem.class?.signature).toEqual({
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
    });
  });

  it('gives a constructor without parameters when the key is absent (not Object.prototype.constructor)', async () => {
    const problem = await read('class: Counter\nmethods:\n  - name: tick\n    returns: int\n');
    expect(problem.class?.signature.constructorParams).toEqual([]);
  });

  it('refuses a class problem that also declares a function, naming the key', async () => {
    expect(await errorsOf(`${lruYaml}returns: int\n`)).toEqual([
      'returns belongs to a function problem; a class problem declares class, constructor and methods.',
    ]);
  });

  it('refuses bad methods with the fix', async () => {
    expect(await errorsOf('class: A\nmethods: []\n')).toEqual([
      'methods must be a list of {name, params, returns} with at least one method.',
    ]);
    expect(await errorsOf('class: A\nmethods:\n  - name: get\n  - name: get\n')).toEqual([
      'methods[1]: get is declared twice.',
    ]);
    expect(await errorsOf('class: A\nmethods:\n  - name: __init__\n')).toEqual([
      "methods[0]: __init__ cannot be a method's name.",
    ]);
    expect(await errorsOf('class: A\nmethods:\n  - name: get\n    returns: lst<int>\n')).toEqual([
      expect.stringMatching(/^methods\[0\]\.returns: type "lst<int>": unknown type "lst"/),
    ]);
    expect(await errorsOf('class: 9lives\nmethods:\n  - name: get\n')).toEqual([
      'class must be a class name like LRUCache.',
    ]);
  });
});
