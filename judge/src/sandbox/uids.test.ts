import { describe, expect, it } from 'vitest';
import { createUidPool, sharedIdentity } from './uids.js';

describe('uid pool', () => {
  it('never hands out a uid twice while it is leased, and reuses it only after release', () => {
    const pool = createUidPool(60000, 3);
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
