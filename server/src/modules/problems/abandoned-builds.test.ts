import { existsSync, mkdirSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAbandonedBuilds } from './package-store.js';

describe('half-built packages left by a stopped worker', () => {
  it('removes the old ones, and leaves a build in progress and finished packages alone', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'winterarc-cache-'));
    const packages = path.join(root, 'packages');
    const old = path.join(packages, '.partial-old');
    const fresh = path.join(packages, '.partial-fresh');
    const done = path.join(packages, 'a'.repeat(64));
    for (const dir of [old, fresh, done]) mkdirSync(dir, { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    utimesSync(done, twoHoursAgo, twoHoursAgo);

    expect(await removeAbandonedBuilds(root)).toBe(1);
    expect([existsSync(old), existsSync(fresh), existsSync(done)]).toEqual([false, true, true]);
  });

  it('is a no-op on a cache that has no packages yet', async () => {
    expect(await removeAbandonedBuilds(mkdtempSync(path.join(tmpdir(), 'winterarc-cache-')))).toBe(0);
  });
});
