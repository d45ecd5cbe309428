import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { probableDuplicates, titleSimilarity } from './duplicates.ts';
import { freshnessOf } from './freshness.ts';

const base = { countries: [], organisationIds: [], externalIds: {} };

describe('duplicates and freshness', () => {
  it('scores titles by shared words, in scripts without spaces too', () => {
    assert.equal(titleSimilarity('Smart water meters', 'smart water meters'), 1);
    assert.equal(titleSimilarity('Smart water meters', 'Drone delivery'), 0);
    assert.ok(titleSimilarity('人工智能作物病害诊断', '人工智能作物诊断') >= 0.5);
  });

  it('flags similar titles and equal external ids, and nothing else', () => {
    const rec = { ...base, id: 'a', titles: ['Village water sensors'], externalIds: { iati: 'XM-1' } };
    const found = probableDuplicates(rec, [
      { ...base, id: 'b', titles: ['Water sensors for the village'] },
      { ...base, id: 'c', titles: ['Unrelated'], externalIds: { iati: 'XM-1' } },
      { ...base, id: 'd', titles: ['Mobile money'] },
    ]);
    assert.deepEqual(found.map((f) => [f.id, f.reasons]).sort(), [['b', ['similar-title']], ['c', ['same-external-id']]]);
  });

  it('marks records after 12 months as needing an update and after 24 as possibly inactive', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    assert.equal(freshnessOf('2025-07-01T00:00:00Z', now), 'current');
    assert.equal(freshnessOf('2025-05-01T00:00:00Z', now), 'needs-update');
    assert.equal(freshnessOf('2024-05-01T00:00:00Z', now), 'possibly-inactive');
  });
});
