import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countCalls } from '../solution.mjs';

describe('count calls', () => {
  test('returns the value', () => {
    const add = countCalls((a, b = 0) => a + b);
    assert.equal(add(2, 3), 5);
  });

  test('counts calls', () => {
    const ping = countCalls(() => 'pong');
    assert.equal(ping.calls, 0);
    for (let i = 0; i < 3; i += 1) ping();
    assert.equal(ping.calls, 3, 'three calls, three counted');
  });

  test('keeps the name', () => {
    const summit = countCalls(function summit() {});
    assert.equal(summit.name, 'summit');
  });

  test('separate counters', () => {
    const first = countCalls(Math.abs);
    const second = countCalls(Math.abs);
    first(-1);
    first(-2);
    second(-3);
    assert.deepEqual([first.calls, second.calls], [2, 1]);
  });
});
