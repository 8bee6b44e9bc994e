import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createUidPool, sharedIdentity } from './uids.js';

const dirs: string[] = [];
/** A lease directory of the test's own, so no other test or judge process shares its uids. */
const leaseDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'winterarc-uids-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('uid pool', () => {
  it('never hands out a uid twice while it is leased, and reuses it only after release', () => {
    const pool = createUidPool(60000, 3, { leaseDir: leaseDir() });
    const a = pool.lease();
    const b = pool.lease();
    const c = pool.lease();
    expect(new Set([a.uid, b.uid, c.uid]).size).toBe(3);
    for (const lease of [a, b, c]) {
      expect(lease.gid).toBe(lease.uid);
      expect(pool.owns(lease.uid)).toBe(true);
    }
    expect(() => pool.lease()).toThrow(/all 3 sandbox uids/);
    b.release();
    b.release(); // idempotent: b's uid is not freed twice
    const d = pool.lease();
    expect(d.uid).toBe(b.uid);
    expect(() => pool.lease()).toThrow(/in use/);
    expect(pool.owns(59999)).toBe(false);
    expect(pool.owns(60003)).toBe(false);
  });

  it('rejects an empty or invalid range', () => {
    expect(() => createUidPool(0, 10)).toThrow(RangeError);
    expect(() => createUidPool(60000, 0)).toThrow(RangeError);
    expect(() => createUidPool(60000.5, 2)).toThrow(RangeError);
  });

  it('a fixed identity is shared by every lease', () => {
    const shared = sharedIdentity(65534, 65534);
    const a = shared.lease();
    const b = shared.lease();
    expect([a.uid, a.gid, b.uid, b.gid]).toEqual([65534, 65534, 65534, 65534]);
    a.release();
    expect(shared.owns(65534)).toBe(true);
  });
});

const uidsModule = new URL('./uids.ts', import.meta.url).href;

/**
 * Another judge process: it leases `count` uids from the pool in `dir`, prints them, holds them
 * until its stdin closes, then releases them and exits.
 */
function holder(dir: string, count: number): { child: ChildProcess; uids: Promise<number[]> } {
  const script = `
    import { createUidPool } from ${JSON.stringify(uidsModule)};
    const pool = createUidPool(60000, 4, { leaseDir: ${JSON.stringify(dir)} });
    const leases = Array.from({ length: ${count} }, () => pool.lease());
    console.log(JSON.stringify(leases.map((l) => l.uid)));
    process.stdin.resume();
    process.stdin.on('end', () => { for (const l of leases) l.release(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: path.dirname(fileURLToPath(import.meta.url)),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const uids = new Promise<number[]>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()) as number[]));
    child.once('exit', (code) => reject(new Error(`holder exited with ${code} before leasing`)));
  });
  return { child, uids };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

describe('uid leases across processes', () => {
  it('two processes never hold the same uid; released uids are free again', { timeout: 30_000 }, async () => {
    const dir = leaseDir();
    const other = holder(dir, 2);
    const theirs = await other.uids;
    expect(theirs).toEqual([60000, 60001]);
    const pool = createUidPool(60000, 4, { leaseDir: dir });
    const mine = [pool.lease(), pool.lease()];
    expect(mine.map((l) => l.uid)).toEqual([60002, 60003]);
    expect(() => pool.lease()).toThrow(/all 4 sandbox uids .* in use by this or other judge processes/);
    // A second pool in this process is another holder too.
    expect(() => createUidPool(60000, 4, { leaseDir: dir }).lease()).toThrow(/in use/);
    other.child.stdin?.end();
    await exited(other.child);
    expect(other.child.exitCode).toBe(0);
    expect(pool.lease().uid).toBe(60000);
    for (const lease of mine) lease.release();
    expect(readdirSync(dir).sort()).toEqual(['60000']);
  });

  it('reclaims the leases of a process that died holding them', { timeout: 30_000 }, async () => {
    const dir = leaseDir();
    const other = holder(dir, 4);
    expect(await other.uids).toEqual([60000, 60001, 60002, 60003]);
    const pool = createUidPool(60000, 4, { leaseDir: dir });
    expect(() => pool.lease()).toThrow(/in use/);
    other.child.kill('SIGKILL'); // no release: its lease files stay behind
    await exited(other.child);
    expect(readdirSync(dir)).toHaveLength(4);
    const leases = [pool.lease(), pool.lease(), pool.lease(), pool.lease()];
    expect(leases.map((l) => l.uid).sort()).toEqual([60000, 60001, 60002, 60003]);
    for (const uid of [60000, 60001, 60002, 60003])
      expect(readFileSync(path.join(dir, String(uid)), 'utf8')).toMatch(new RegExp(`^${process.pid} `));
  });

  it('a lease file whose pid now names another process is stale', () => {
    const dir = leaseDir();
    // A finished process's pid, and this process's pid with another start time (a reused pid).
    const gone = spawnSync('/usr/bin/true').pid;
    writeFileSync(path.join(dir, '60000'), `${gone} 1 token`);
    writeFileSync(path.join(dir, '60001'), `${process.pid} 1 token`);
    const pool = createUidPool(60000, 2, { leaseDir: dir });
    expect([pool.lease().uid, pool.lease().uid]).toEqual([60000, 60001]);
  });

  it('kills what a dead holder left running under a uid before handing it out again', async () => {
    const dir = leaseDir();
    const uid = 61_990; // outside the default pool, so no real judge run is touched
    const leftover = spawn('/usr/bin/sleep', ['30'], { uid, gid: uid, stdio: 'ignore' });
    const gone = spawnSync('/usr/bin/true').pid;
    writeFileSync(path.join(dir, String(uid)), `${gone} 1 token`);
    const lease = createUidPool(uid, 1, { leaseDir: dir }).lease();
    expect(lease.uid).toBe(uid);
    await exited(leftover);
    expect(leftover.signalCode).toBe('SIGKILL');
    lease.release();
  });

  it('refuses a lease directory others can write', () => {
    const dir = leaseDir();
    chmodSync(dir, 0o777);
    expect(() => createUidPool(60000, 2, { leaseDir: dir }).lease()).toThrow(
      /must be a directory owned by uid 0 and writable by nobody else/,
    );
  });
});
