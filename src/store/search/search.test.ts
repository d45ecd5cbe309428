import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { freshDatabase, testDatabases } from '../../../test/helpers/databases.ts';
import { createServices } from '../../services.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { seedSearchFixtures, SEARCH_CASES } from '../../../test/fixtures/search-cases.ts';
import { ANONYMOUS, CLI_ACTOR } from '../../domain/access/access.ts';
import type { SearchQuery } from '../../domain/search/search-service.ts';
import { FACETS } from '../../domain/search/facets.ts';

for (const db of testDatabases()) {
  describe(`search index on ${db}`, () => {
    let t: TestApp;
    let ids: Record<string, string>;
    before(async () => {
      t = await testApp(db);
      ids = await seedSearchFixtures(t.services);
    });
    after(() => t.close());
    const keysOf = (found: string[]) => found.map((id) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id);
    const search = async (q: SearchQuery) => t.services.search.search(ANONYMOUS, q);

    for (const c of SEARCH_CASES) {
      it(`"${c.q}": ${c.why}`, async () => {
        const found = keysOf((await search({ q: c.q })).items.map((i) => i.record.id));
        assert.deepEqual(c.ordered ? found : found.sort(), c.ordered ? c.expect : [...c.expect].sort());
      });
    }

    it('shows a draft to moderators but not to the public', async () => {
      assert.equal((await search({ q: 'secret' })).total, 0);
      const admin = await t.services.search.search(CLI_ACTOR, { q: 'secret' });
      assert.deepEqual(keysOf(admin.items.map((i) => i.record.id)), ['hidden']);
    });

    it('highlights the snippet in the language that matched', async () => {
      const r = await search({ q: 'identite' });
      const s = r.items[0]!.snippet!;
      assert.equal(s.lang, 'fr');
      assert.deepEqual(s.highlights.map(([a, b]) => s.text.slice(a, b)), ['identité']);
    });

    it('updates the index in the same transaction as a write, and when a record is archived', async () => {
      await t.services.initiatives.update(CLI_ACTOR, ids.cropAi!, { title: { en: 'Leaf doctor for pacific growers' } });
      assert.deepEqual(keysOf((await search({ q: 'leaf doctor' })).items.map((i) => i.record.id)), ['cropAi']);
      assert.deepEqual(keysOf((await search({ q: 'crop disease' })).items.map((i) => i.record.id)), ['diseaseInSummary']);
      await t.services.initiatives.transition(CLI_ACTOR, ids.cropAi!, 'archive');
      assert.equal((await search({ q: 'leaf doctor' })).total, 0);
    });

    it('rebuilds the index from the records with the same results', async () => {
      const before = await search({ q: 'internet' });
      const n = await t.services.search.reindex(CLI_ACTOR);
      assert.ok(n >= 8);
      assert.deepEqual(await search({ q: 'internet' }), before);
    });

    it('serves a repeated search from the cache only while the index is unchanged', async () => {
      const fresh = await freshDatabase(db);
      try {
        const services = await createServices(fresh.store, { searchCache: 10 });
        const own = await seedSearchFixtures(services);
        const first = await services.search.search(ANONYMOUS, { q: 'astronautas' });
        assert.equal(first.total, 0);
        assert.equal(await services.search.search(ANONYMOUS, { q: 'astronautas' }), first, 'the same object: served from the cache');
        await services.initiatives.update(CLI_ACTOR, own.schools!, { title: { es: 'Astronautas en escuelas' } });
        assert.equal((await services.search.search(ANONYMOUS, { q: 'astronautas' })).total, 1, 'a write makes the cached result stale');
        await services.close();
      } finally {
        await fresh.drop();
      }
    });

    it('sorts by title and by newest', async () => {
      const titles = (await search({ sort: 'title', type: 'initiative' })).items.map((i) => (i.type === 'initiative' ? Object.values(i.record.title)[0]!.toLowerCase() : ''));
      assert.deepEqual(titles, [...titles].sort());
      const dates = (await search({ sort: 'newest' })).items.map((i) => i.record.updatedAt);
      assert.deepEqual(dates, [...dates].sort().reverse());
    });

    it('filters by type and by every list filter', async () => {
      assert.deepEqual(keysOf((await search({ technology: '5g' })).items.map((i) => i.record.id)).sort(), ['schools', 'spectrum']);
      assert.deepEqual(keysOf((await search({ q: 'internet', country: 'BOL' })).items.map((i) => i.record.id)), ['schools']);
      assert.deepEqual(keysOf((await search({ year: 2022 })).items.map((i) => i.record.id)), ['spectrum']);
      assert.equal((await search({ type: 'organisation', technology: '5g' })).total, 0);
    });

    it('answers similar initiatives by shared technologies, targets, countries and words', async () => {
      const record = await t.services.initiatives.get(ANONYMOUS, ids.schools!);
      const similar = await t.services.search.similarInitiatives(record);
      assert.equal(similar[0]?.id, ids.spectrum, 'the other 5G initiative comes first');
      assert.ok(!similar.some((s) => s.id === record.id || s.workflowState !== 'published'));
    });
  });

  describe(`search facet counts on ${db}, over the sample content`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db, { sample: true });
    });
    after(() => t.close());

    // The property: choosing a facet value with the current query and filters gives exactly its count.
    const queries: SearchQuery[] = [
      {},
      { q: 'digital' },
      { q: 'internet', type: 'initiative' },
      { q: 'données' },
      { sdg: 9 },
      { q: 'data', group: 'LDC' },
      { technology: 'artificial-intelligence', region: 'AFR' },
      { type: 'policy' },
      { q: 'national', level: 'national' },
      { theme: 'privacy-data-protection', group: 'LDC' },
    ];
    for (const base of queries) {
      it(`each facet count equals the results of choosing it, for ${JSON.stringify(base)}`, async () => {
        const r = await t.services.search.search(ANONYMOUS, { ...base, limit: 1 });
        let checked = 0;
        for (const facet of FACETS) {
          for (const { value, count } of r.facets[facet].slice(0, 4)) {
            const chosen = { ...base, [facet]: ['sdg', 'year'].includes(facet) ? Number(value) : value } as SearchQuery;
            const narrowed = await t.services.search.search(ANONYMOUS, { ...chosen, limit: 1 });
            assert.equal(narrowed.total, count, `${facet}=${value}`);
            checked++;
          }
        }
        assert.ok(checked > 0 || r.total === 0);
        if (base.q === undefined && base.sdg === undefined && !base.technology) assert.ok(checked >= 20, 'the property is checked on many values');
        if (base.type === 'policy') assert.ok(r.facets.policyType.length && r.facets.level.length && r.facets.theme.length, 'policies bring their own facets');
      });
    }

    it('limits the values of each facet to the most frequent, keeping the chosen one wherever it ranks', async () => {
      const all = await t.services.search.search(ANONYMOUS, { limit: 1 });
      const facet = FACETS.find((f) => all.facets[f].length > 3)!;
      const top = await t.services.search.search(ANONYMOUS, { limit: 1, facetLimit: 2 });
      for (const f of FACETS) assert.deepEqual(top.facets[f], all.facets[f].slice(0, 2), f);
      assert.equal(top.total, all.total);
      // Choosing the least frequent value: it is kept after the top two, with the count of choosing it.
      const last = all.facets[facet].at(-1)!;
      const chosen = { [facet]: ['sdg', 'year'].includes(facet) ? Number(last.value) : last.value } as SearchQuery;
      const narrowed = await t.services.search.search(ANONYMOUS, { ...chosen, limit: 1, facetLimit: 2 });
      const full = await t.services.search.search(ANONYMOUS, { ...chosen, limit: 1 });
      assert.deepEqual(narrowed.facets[facet], [...full.facets[facet].slice(0, 2), full.facets[facet].find((v) => v.value === last.value)!]);
      assert.equal(narrowed.total, last.count);
      await assert.rejects(t.services.search.search(ANONYMOUS, { facetLimit: 0 }), /facetLimit/);
    });
  });
}
