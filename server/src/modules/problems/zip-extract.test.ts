import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RawZipEntry, rawZip } from '../../test/raw-zip.js';
import { openPackageSource } from './package-source.js';
import { extractZip, UnsafeArchiveError, type ZipLimits } from './zip-extract.js';

const limits: ZipLimits = { maxEntries: 10, maxFileBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 };

async function zipFile(entries: RawZipEntry[]): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'winterarc-zip-test-')), 'package.zip');
  await writeFile(file, rawZip(entries));
  return file;
}

async function extracting(entries: RawZipEntry[]) {
  const destination = await mkdtemp(path.join(tmpdir(), 'winterarc-unzip-test-'));
  const attempt = extractZip(await zipFile(entries), destination, limits);
  return { attempt, destination };
}

describe('unpacking an uploaded zip', () => {
  it('unpacks files and folders', async () => {
    const { attempt, destination } = await extracting([
      { name: 'data/' },
      { name: 'data/1.in', data: '1\n' },
      { name: 'problem.yaml', data: 'name: X\n', deflate: true },
    ]);
    await attempt;
    expect(await readFile(path.join(destination, 'data/1.in'), 'utf8')).toBe('1\n');
    expect(await readFile(path.join(destination, 'problem.yaml'), 'utf8')).toBe('name: X\n');
  });

  it.each([
    ['/etc/cron.d/evil', /zip entry "\/etc\/cron.d\/evil" is absolute/],
    ['C:/evil', /zip entry "C:\/evil" is absolute/],
    ['data/../../evil', /zip entry "data\/..\/..\/evil" climbs out of the package with \.\./],
    ['data\\..\\evil', /contains a backslash/],
  ])('refuses the entry name %s and writes nothing outside', async (name, message) => {
    const { attempt, destination } = await extracting([{ name, data: 'x' }]);
    await expect(attempt).rejects.toBeInstanceOf(UnsafeArchiveError);
    await expect(attempt).rejects.toThrow(message);
    expect(await readdir(destination)).toEqual([]);
  });

  it('refuses a symbolic link entry', async () => {
    const { attempt } = await extracting([{ name: 'data/1.in', data: '/etc/shadow', mode: 0o120777 }]);
    await expect(attempt).rejects.toThrow(
      /zip entry "data\/1.in" is a symbolic link; packages must not contain links/,
    );
  });

  it('refuses a name that appears twice', async () => {
    const { attempt } = await extracting([
      { name: 'problem.yaml', data: 'a' },
      { name: 'problem.yaml', data: 'b' },
    ]);
    await expect(attempt).rejects.toThrow(/zip entry "problem.yaml" appears more than once/);
  });

  it('refuses more entries than allowed before unpacking any', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: 'x' }));
    const { attempt, destination } = await extracting(many);
    await expect(attempt).rejects.toThrow(/the zip holds 11 entries, more than the 10 allowed/);
    expect(await readdir(destination)).toEqual([]);
  });

  it('refuses a file that unpacks past the per-file limit (a zip bomb)', async () => {
    const bomb = Buffer.alloc(8 * 1024 * 1024);
    const { attempt } = await extracting([{ name: 'data/1.in', data: bomb, deflate: true }]);
    await expect(attempt).rejects.toThrow(
      /zip entry "data\/1.in" unpacks to 8388608 bytes, over the 1048576-byte limit/,
    );
  });

  it('refuses files that together unpack past the total limit', async () => {
    const part = Buffer.alloc(900 * 1024);
    const { attempt } = await extracting(
      [1, 2, 3].map((i) => ({ name: `${i}.in`, data: part, deflate: true })),
    );
    await expect(attempt).rejects.toThrow(/the zip unpacks to more than 2097152 bytes/);
  });

  it('refuses an entry that inflates past the size it declares', async () => {
    const { attempt } = await extracting([
      { name: 'data/1.in', data: Buffer.alloc(4 * 1024 * 1024), deflate: true, declaredSize: 100 },
    ]);
    await expect(attempt).rejects.toThrow(/package.zip could not be unpacked: too many bytes in the stream/);
  });

  it('refuses a file that is not a zip', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'winterarc-zip-test-')), 'not.zip');
    await writeFile(file, 'hello');
    const attempt = extractZip(file, await mkdtemp(path.join(tmpdir(), 'winterarc-unzip-test-')), limits);
    await expect(attempt).rejects.toThrow(/not.zip is not a readable zip file/);
  });
});

describe('a zipped package as an import source', () => {
  it('uses a single top-level folder as the package root and its name', async () => {
    const source = await openPackageSource(
      await zipFile([
        { name: 'Two Sum/problem.yaml', data: 'name: X\n' },
        { name: '__MACOSX/Two Sum/._problem.yaml', data: 'junk' },
      ]),
    );
    try {
      expect(source.name).toBe('Two Sum');
      expect(await readdir(source.dir)).toEqual(['problem.yaml']);
    } finally {
      await source.close();
    }
  });

  it('uses the zip itself as the root when files sit at its top, named after the zip', async () => {
    const source = await openPackageSource(await zipFile([{ name: 'problem.yaml', data: 'name: X\n' }]));
    try {
      expect(source.name).toBe('package');
      expect(await readdir(source.dir)).toEqual(['problem.yaml']);
    } finally {
      await source.close();
    }
  });
});
