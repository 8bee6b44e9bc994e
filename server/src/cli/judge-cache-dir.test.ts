import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareJudgeCacheDir } from './judge-cache-dir.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const scratch = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'winterarc-cache-dir-'));
  roots.push(root);
  return root;
};
const mode = (dir: string) => statSync(dir).mode & 0o777;

describe('the judge cache directory', () => {
  it('is created 0700 even under umask 000', async () => {
    const data = path.join(scratch(), 'data');
    const umask = process.umask(0);
    try {
      await prepareJudgeCacheDir(path.join(data, 'judge-cache'), data, () => undefined);
    } finally {
      process.umask(umask);
    }
    expect(mode(path.join(data, 'judge-cache'))).toBe(0o700);
  });

  it('closes a cache and a data directory an earlier version opened (0755, 0701), and says so', async () => {
    const data = path.join(scratch(), 'data');
    const cache = path.join(data, 'judge-cache');
    mkdirSync(cache, { recursive: true });
    chmodSync(cache, 0o755);
    chmodSync(data, 0o701);
    const said: string[] = [];
    await prepareJudgeCacheDir(cache, data, (m) => said.push(m));
    expect([mode(cache), mode(data)]).toEqual([0o700, 0o700]);
    expect(said).toHaveLength(2);
  });

  it("leaves an operator's own modes above the cache alone", async () => {
    const root = scratch();
    chmodSync(root, 0o711);
    const cache = path.join(root, 'cache');
    await prepareJudgeCacheDir(cache, path.join(root, 'data'), () => undefined);
    expect([mode(root), mode(cache)]).toEqual([0o711, 0o700]);
  });
});
