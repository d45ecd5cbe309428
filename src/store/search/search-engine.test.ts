import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intersect } from './search-engine.ts';

test('intersects sorted position lists (every word must match)', () => {
  const a = Int32Array.from([1, 3, 5, 7, 9]);
  const b = Int32Array.from([0, 3, 4, 7, 10]);
  const c = Int32Array.from([3, 7, 9]);
  assert.deepEqual([...intersect([a, b, c])], [3, 7]);
  assert.deepEqual([...intersect([a])], [1, 3, 5, 7, 9]);
  assert.deepEqual([...intersect([a, new Int32Array(0)])], []);
});
