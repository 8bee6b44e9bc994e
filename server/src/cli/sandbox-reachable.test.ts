import { chmodSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeReachableBySandbox } from './sandbox-reachable.js';

describe('the judge cache reachable by sandbox users', () => {
  it('opens our own 0700 data directory to search only, and says so', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'winterarc-reach-'));
    chmodSync(root, 0o755);
    const data = path.join(root, 'data');
    mkdirSync(path.join(data, 'judge-cache'), { recursive: true, mode: 0o755 });
    chmodSync(data, 0o700);
    const said: string[] = [];
    await makeReachableBySandbox(path.join(data, 'judge-cache'), data, (m) => said.push(m));
    expect(statSync(data).mode & 0o777).toBe(0o701);
    expect(said).toHaveLength(1);
  });

  it("refuses, naming the directory and the fix, when someone else's directory is closed", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'winterarc-reach-'));
    chmodSync(root, 0o700);
    const cache = path.join(root, 'cache');
    mkdirSync(cache, { mode: 0o755 });
    await expect(makeReachableBySandbox(cache, path.join(root, 'data'), () => undefined)).rejects.toThrow(
      `${root} is mode 700. Allow search with \`chmod o+x ${root}\``,
    );
  });
});
