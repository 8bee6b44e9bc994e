import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSocketName, liveBackupOffered, requestLiveBackup, serveLiveBackups } from './live-backup.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'winterarc-live-backup-'));
  dirs.push(dir);
  return dir;
};
/** A database whose dump is these bytes (the real dump is tested in cli/live-backup.int.test.ts). */
const dumping = (bytes: Buffer) => ({ dumpDataDir: async () => new Blob([bytes]) });

describe('live backups over the data directory socket', () => {
  it('hands the running process its dump, written whole, readable by the owner only', async () => {
    const dataDir = scratch();
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const socket = await serveLiveBackups(dataDir, dumping(bytes));
    try {
      expect(liveBackupOffered(dataDir)).toBe(true);
      expect(statSync(path.join(dataDir, backupSocketName)).mode & 0o777).toBe(0o600);
      const file = path.join(dataDir, 'out.backup');
      const lines: string[] = [];
      expect(await requestLiveBackup(dataDir, file, (line) => lines.push(line))).toBe(bytes.length);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(lines[0]).toMatch(/asking the running server/);
    } finally {
      await socket.close();
    }
    expect(liveBackupOffered(dataDir)).toBe(false);
  });

  it('passes on why the running process could not take it', async () => {
    const dataDir = scratch();
    const socket = await serveLiveBackups(dataDir, {
      dumpDataDir: async () => {
        throw new Error('disk full');
      },
    });
    try {
      await expect(requestLiveBackup(dataDir, path.join(dataDir, 'x'), () => undefined)).rejects.toThrow(
        /could not take the backup: disk full/,
      );
    } finally {
      await socket.close();
    }
  });

  it('leaves the database running when the data directory cannot hold a socket (path too long)', async () => {
    const dataDir = path.join(scratch(), 'd'.repeat(120));
    mkdirSync(dataDir);
    const errors: Error[] = [];
    const socket = await serveLiveBackups(dataDir, dumping(Buffer.from('x')), (error) => errors.push(error));
    await socket.close();
    expect(errors).toHaveLength(1);
    expect(liveBackupOffered(dataDir)).toBe(false);
  });
});
