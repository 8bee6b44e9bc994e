import { rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueLog } from './issues.js';
import { defaultPackageReadLimits, scanPackage } from './package-tree.js';
import { type TempPackage, writeTempPackage } from './temp-package.js';

let made: TempPackage | undefined;
afterEach(async () => {
  await made?.remove();
  made = undefined;
});

describe('scanPackage', () => {
  it('lists directories in code-point order and every file below a directory', async () => {
    made = await writeTempPackage({ 'b/2': 'x', 'b/10': 'x', 'b/a/1': 'x', 'B/1': 'x' });
    const log = new IssueLog();
    const tree = await scanPackage(made.dir, defaultPackageReadLimits, log);
    expect(tree.children('')).toEqual(['B', 'b']);
    expect(tree.children('b')).toEqual(['10', '2', 'a']);
    expect(tree.filesBelow('b')).toEqual(['10', '2', 'a/1']);
    expect(tree.get('b/a/1')).toEqual({ kind: 'file', size: 1 });
    expect(log.errors).toEqual([]);
  });

  it('refuses to read a file that became a symbolic link after the scan', async () => {
    made = await writeTempPackage({ 'problem.yaml': 'name: Echo\n' });
    const log = new IssueLog();
    const tree = await scanPackage(made.dir, defaultPackageReadLimits, log);
    await rm(path.join(made.dir, 'problem.yaml'));
    await symlink('/etc/passwd', path.join(made.dir, 'problem.yaml'));
    expect(await tree.readText('problem.yaml', log)).toBeUndefined();
    expect(log.errors).toEqual([
      { file: 'problem.yaml', message: 'is a symbolic link; replace it with a copy of the file.' },
    ]);
  });
});
