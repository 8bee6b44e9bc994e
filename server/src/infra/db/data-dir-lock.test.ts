import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from './data-dir-lock.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'winterarc-lock-'));

describe('embedded data directory lock', () => {
  it('refuses a second process while the first is alive, naming its pid', () => {
    const dataDir = dir();
    // The parent process (vitest) is alive and is not us: it plays the other Winter Arc process.
    writeFileSync(path.join(dataDir, 'winterarc.pid'), String(process.ppid));
    expect(() => lockDataDir(dataDir)).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dataDir)).toThrow(`pid ${process.ppid}`);
  });

  it('takes over a lock left by a process that died, and releases it', () => {
    const dataDir = dir();
    writeFileSync(path.join(dataDir, 'winterarc.pid'), '2147483646');
    const release = lockDataDir(dataDir);
    expect(existsSync(path.join(dataDir, 'winterarc.pid'))).toBe(true);
    release();
    expect(existsSync(path.join(dataDir, 'winterarc.pid'))).toBe(false);
  });
});
