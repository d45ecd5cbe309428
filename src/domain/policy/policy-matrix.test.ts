import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverage, countsByCountry, policyMatrix } from './policy-matrix.ts';
import { policySearchDocument } from './policy-search.ts';
import type { Policy } from './policy.ts';

const link = (code: string) => ({ scheme: 'technology' as const, code, source: 'self' as const });
const ai = { id: 'ai', classifications: [link('artificial-intelligence')], themes: ['accountability', 'digital-skills'] } as Pick<Policy, 'id' | 'classifications' | 'themes'>;
const dp = { id: 'dp', classifications: [], themes: ['privacy-data-protection'] } as unknown as Pick<Policy, 'id' | 'classifications' | 'themes'>;

test('the matrix has a cell for every technology and theme, and a cross-cutting row for instruments without technology', () => {
  const rows = policyMatrix([ai, dp], ['artificial-intelligence', '5g'], ['accountability', 'privacy-data-protection']);
  assert.deepEqual(
    rows.map((r) => [r.technology, r.cells.map((c) => c.policyIds)]),
    [
      ['artificial-intelligence', [['ai'], []]],
      ['5g', [[], []]],
      [null, [[], ['dp']]],
    ],
  );
});

test('coverage counts a country once however many instruments it has, and only within the population', () => {
  const facts = [
    { id: '1', type: 'strategy', level: 'national', countries: ['646'], technologies: ['artificial-intelligence'], themes: ['accountability'] },
    { id: '2', type: 'law', level: 'national', countries: ['646'], technologies: ['artificial-intelligence'], themes: [] },
    { id: '3', type: 'law', level: 'national', countries: ['404'], technologies: ['artificial-intelligence'], themes: [] },
  ];
  const c = coverage(facts, ['646', '524'], ['artificial-intelligence', '5g'], ['accountability']);
  assert.equal(c.denominator, 2);
  assert.deepEqual(c.technologies, [
    { code: 'artificial-intelligence', countries: 1, share: 0.5 },
    { code: '5g', countries: 0, share: 0 },
  ]);
  assert.deepEqual(c.themes, [{ code: 'accountability', countries: 1, share: 0.5 }]);
  assert.equal(coverage(facts, [], ['5g'], []).technologies[0]!.share, 0, 'an empty population divides by nothing');
  const [rwa, ken] = countsByCountry(facts, ['646', '404'], ['artificial-intelligence'], ['accountability']);
  assert.deepEqual([rwa!.total, rwa!.technologies['artificial-intelligence'], ken!.themes.accountability], [2, 2, 0]);
});

test('the search document carries texts by language and facets as codes', () => {
  const p = {
    id: 'x', title: { fr: 'Loi' }, summary: { fr: 'Résumé' }, originalLang: 'fr', type: 'law', level: 'national', status: 'in-force',
    themes: ['spectrum'], classifications: [link('5g')], countries: ['686'], dates: { inForce: '2020-01-01' }, issuingBody: { fr: 'Parlement' },
    jurisdiction: { country: '686' }, workflowState: 'draft', updatedAt: '2024-01-01T00:00:00Z',
  } as unknown as Policy;
  const doc = policySearchDocument(p);
  assert.deepEqual(doc.facets, { type: 'law', level: 'national', status: 'in-force', themes: ['spectrum'], technologies: ['5g'], countries: ['686'], year: 2020 });
  assert.deepEqual(doc.extra, [{ fr: 'Parlement' }]);
  assert.equal(doc.isPublic, false);
});
