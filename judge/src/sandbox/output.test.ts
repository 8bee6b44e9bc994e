import { describe, expect, it } from 'vitest';
import { CappedBuffer, TailBuffer } from './output.js';

describe('CappedBuffer', () => {
  it('keeps the first cap bytes and says when the total passes the cap', () => {
    const out = new CappedBuffer(5);
    expect(out.push(Buffer.from('abc'))).toBe(true);
    expect(out.push(Buffer.from('de'))).toBe(true);
    expect(out.push(Buffer.from('f'))).toBe(false);
    expect(out.value().toString()).toBe('abcde');
    expect(out.total).toBe(6);
  });

  it('counts without keeping when told to keep nothing (a stream passed on to another program)', () => {
    const out = new CappedBuffer(5, 0);
    expect(out.push(Buffer.from('abcde'))).toBe(true);
    expect(out.push(Buffer.from('f'))).toBe(false);
    expect(out.value().length).toBe(0);
    expect(out.total).toBe(6);
  });
});

describe('TailBuffer', () => {
  it('keeps the last bytes and counts all', () => {
    const tail = new TailBuffer(4);
    tail.push(Buffer.from('abc'));
    tail.push(Buffer.from('def'));
    expect(tail.value()).toBe('cdef');
    tail.push(Buffer.from('0123456789'));
    expect(tail.value()).toBe('6789');
    expect(tail.total).toBe(16);
  });
});
