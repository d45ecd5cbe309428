import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';

for (const db of testDatabases()) {
  describe(`vocabulary API on ${db}`, () => {
    let t: TestApp;
    before(async () => (t = await testApp(db)));
    after(() => t.close());
    const get = async (path: string) => {
      const res = await t.app.inject({ url: `/api/v1/vocabularies/${path}` });
      assert.equal(res.statusCode, 200);
      return res.json().items as any[];
    };

    it('serves 17 goals with 169 targets and their IRIs', async () => {
      const goals = await get('sdg');
      assert.equal(goals.length, 17);
      assert.equal(goals.flatMap((g) => g.targets).length, 169);
      assert.equal(goals[8].iri, 'http://metadata.un.org/sdg/9');
      for (const g of goals) for (const l of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) assert.ok(g.short[l], `${g.goal} ${l}`);
    });

    it('serves WSIS lines with C7 sub-lines, and the technologies with their required slugs', async () => {
      const wsis = await get('wsis');
      assert.equal(wsis.filter((w) => !w.parent).length, 11);
      assert.equal(wsis.filter((w) => w.parent === 'C7').length, 8);
      const slugs = (await get('technologies')).map((t) => t.slug);
      for (const s of ['5g', 'artificial-intelligence', 'internet-of-things', 'big-data', 'ott']) assert.ok(slugs.includes(s), s);
    });

    it('serves countries keyed by code with names in six languages, regions and groups', async () => {
      const countries = await get('countries');
      const npl = countries.find((c) => c.iso3 === 'NPL');
      assert.deepEqual([npl.m49, npl.iso2, npl.region, npl.subregion, npl.ituRegion], ['524', 'NP', '142', '034', 'ASP']);
      assert.deepEqual(npl.groups, ['LDC', 'LLDC']);
      assert.equal(npl.names.fr, 'Népal');
      assert.equal(npl.iri, 'http://metadata.un.org/m49/524');
      const groups = await get('country-groups');
      assert.deepEqual(groups.map((g) => g.code).sort(), ['EIT', 'LDC', 'LLDC', 'SIDS']);
      const ldc = groups.find((g) => g.code === 'LDC');
      assert.equal(ldc.m49, '199');
      assert.ok(ldc.asOf && ldc.source);
      assert.ok(ldc.members.includes('NPL') && !ldc.members.includes('STP'), 'São Tomé and Príncipe graduated in December 2024');
      const regions = await get('regions');
      assert.equal(regions.find((r) => r.code === '002').names.fr, 'Afrique');
    });
  });
}
