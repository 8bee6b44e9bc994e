/** Writes small problem packages for tests, readable by the sandbox's users as a checkout is. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A package from `files` (package-relative path → content) in a new temporary directory. */
export function writePackage(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'winterarc-package-test-'));
  chmodSync(parent, 0o755);
  const dir = path.join(parent, 'problem');
  mkdirSync(dir, { mode: 0o755 });
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(dir, ...relative.split('/'));
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    writeFileSync(file, content, { mode: 0o644 });
  }
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Test data of a pass-fail "print the sum of two numbers" problem: a sample and `secret` cases. */
export function sumData(secret = 3): Record<string, string> {
  const files: Record<string, string> = { 'data/sample/1.in': '1 2\n', 'data/sample/1.ans': '3\n' };
  for (let i = 1; i <= secret; i += 1) {
    files[`data/secret/${i}.in`] = `${i} ${i * 10}\n`;
    files[`data/secret/${i}.ans`] = `${i * 11}\n`;
  }
  return files;
}

export const sumPython = 'a, b = map(int, input().split())\nprint(a + b)\n';
