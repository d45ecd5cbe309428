import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ClassificationLink } from '../classification/classification.ts';
import { mergeClassifications } from './initiative-build.ts';

describe('classification links on update', () => {
  const existing: ClassificationLink[] = [
    { scheme: 'sdg-target', code: '9.c', source: 'machine', confidence: 0.7, confirmedBy: 'u1', confirmedAt: '2025-01-01T00:00:00Z' },
    { scheme: 'technology', code: '5g', source: 'machine', confidence: 0.4 },
  ];

  it('keeps who confirmed a link when the same link is sent again with the same source', () => {
    const links = mergeClassifications({ classifications: [{ scheme: 'sdg-target', code: '9.c', source: 'machine', confidence: 0.7 }] }, existing);
    assert.equal(links.length, 1);
    assert.equal(links[0]!.confirmedBy, 'u1');
    assert.equal(links[0]!.confirmedAt, '2025-01-01T00:00:00Z');
  });

  it('does not carry a confirmation over to a claim of another source', () => {
    const links = mergeClassifications({ classifications: [{ scheme: 'sdg-target', code: '9.c' }] }, existing);
    assert.equal(links[0]!.source, 'self');
    assert.equal(links[0]!.confirmedAt, undefined);
  });
});
