import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FacetIndex } from './facet-index.ts';
import { FACETS, valuesOf, type CountryAreas, type RawHit, type SearchFilters } from './facets.ts';
import { random } from '../sample/synthetic.ts';

const areas: CountryAreas = {
  iso3: new Map([
    ['242', 'FJI'],
    ['404', 'KEN'],
    ['524', 'NPL'],
  ]),
  groups: new Map([
    ['242', ['SIDS']],
    ['404', []],
    ['524', ['LDC', 'LLDC']],
  ]),
  regions: new Map([
    ['242', ['ASP', '009']],
    ['404', ['AFR', '002']],
    ['524', ['ASP', '142']],
  ]),
};

/** Random initiatives, policies and organisations, some unpublished, with overlapping codes. */
function entries(n: number, seed: number): RawHit[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[]): T[] => xs.filter(() => rnd() < 0.35);
  return Array.from({ length: n }, (_, i) => {
    const recordType = pick(['initiative', 'policy', 'organisation'] as const);
    const base = { docId: i + 1, recordType, recordId: `r${i}`, state: rnd() < 0.85 ? 'published' : 'draft', sortDate: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, titleKey: `t${i}` };
    const countries = some(['242', '404', '524']);
    if (recordType === 'organisation') return { ...base, facets: { countries } };
    const shared = { goals: some([4, 9, 17]), technologies: some(['5g', 'artificial-intelligence']), countries, year: pick([2020, 2021, undefined]) };
    if (recordType === 'initiative') return { ...base, facets: { ...shared, wsis: some(['C7.e-health', 'C2']), status: pick(['implementation', 'closed']), kind: pick(['project', 'training']) } };
    return { ...base, facets: { ...shared, status: pick(['adopted', 'in-force']), policyType: pick(['law', 'strategy']), level: pick(['national', 'regional']), themes: some(['spectrum', 'accountability']) } };
  });
}

const published = (_hits: RawHit[]) => ({ states: ['published'] });
const everyPosition = (n: number) => Int32Array.from({ length: n }, (_, p) => p);

test('a facet count always equals the results of choosing that value, with policies in the mix', () => {
  const hits = entries(400, 7);
  const index = new FacetIndex(hits, areas);
  const all = everyPosition(hits.length);
  const bases: SearchFilters[] = [{}, { type: 'policy' }, { level: 'national', group: 'LDC' }, { technology: '5g', country: 'FJI' }, { theme: 'spectrum', sdg: '9' }, { kind: 'project', region: 'ASP' }];
  let checked = 0;
  for (const base of bases) {
    const { facets } = index.filterAndCount(all, base, FACETS, published(hits));
    for (const name of FACETS) {
      for (const { value, count } of facets[name]) {
        assert.equal(index.filterAndCount(all, { ...base, [name]: value }, FACETS, published(hits)).kept.length, count, `${JSON.stringify(base)} ${name}=${value}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `checked ${checked} values`);
});

test('keeps exactly the visible entries that have every chosen value, in index order', () => {
  const hits = entries(300, 11);
  const index = new FacetIndex(hits, areas);
  const filters: SearchFilters = { type: 'policy', level: 'national', theme: 'accountability' };
  const expected = hits.flatMap((h, p) => (h.state === 'published' && Object.entries(filters).every(([k, v]) => valuesOf(h, k as never, areas).includes(v)) ? [p] : []));
  assert.ok(expected.length > 0);
  assert.deepEqual([...index.filterAndCount(everyPosition(hits.length), filters, FACETS, published(hits)).kept], expected);
});

test('a value no entry has keeps nothing but still counts the other values of its facet', () => {
  const hits = entries(100, 3);
  const index = new FacetIndex(hits, areas);
  const r = index.filterAndCount(everyPosition(hits.length), { country: 'ZZZ' }, FACETS, { states: ['published', 'draft'] });
  assert.equal(r.kept.length, 0);
  assert.ok(r.facets.country.length > 0);
  assert.deepEqual(r.facets.level, []);
});

test('shows an author their own unpublished entries, and nobody else', () => {
  const hits = entries(200, 5).map((h, p) => ({ ...h, createdBy: p % 2 ? 'ana' : 'ben' }));
  const index = new FacetIndex(hits, areas);
  const all = everyPosition(hits.length);
  const ana = index.filterAndCount(all, {}, FACETS, { states: ['published'], alsoCreatedBy: 'ana' }).kept;
  const expected = hits.flatMap((h, p) => (h.state === 'published' || h.createdBy === 'ana' ? [p] : []));
  assert.deepEqual([...ana], expected);
  assert.ok(hits.some((h) => h.state === 'draft' && h.createdBy === 'ben'));
});
