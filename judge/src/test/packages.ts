/** Small problem packages for tests that judge them in the sandbox. */
import { chmod } from 'node:fs/promises';
import { type TempPackage, writeTempPackage } from '../package/temp-package.js';

/**
 * `writeTempPackage`, made readable by the sandbox's users as a checkout is: its validators run as
 * other uids and read the package.
 */
export async function writeReadablePackage(files: Record<string, string>): Promise<TempPackage> {
  const written = await writeTempPackage(files);
  await chmod(written.dir, 0o755);
  return written;
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
