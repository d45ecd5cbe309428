import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';

for (const db of testDatabases()) {
  describe(`participation pages on ${db}`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db, { sample: true });
    });
    after(() => t.close());

    const page = async (url: string) => {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, 200, `${url}: ${res.statusCode}`);
      return res.body;
    };

    it('shows every sample body with a chart and its data table, in every language', async () => {
      for (const lang of LANGS) {
        const html = await page(`/${lang}/participation`);
        assert.ok(html.startsWith(`<!doctype html><html lang="${lang}"`));
        assert.equal(html.match(/<svg class="chart"/g)?.length, 7, `${lang}: one chart per sample body`);
        assert.equal(html.match(/<table>/g)?.length, 7);
        assert.doesNotMatch(html, /style=/, 'no inline styles (CSP)');
      }
    });

    it('narrows to one body and another measure with a GET form, ignoring unknown values', async () => {
      const html = await page('/en/participation?body=igf&measure=leadership');
      assert.equal(html.match(/<svg class="chart"/g)?.length, 1);
      assert.match(html, /Leadership roles in IGF: share from each group and region, by year/);
      assert.match(html, /<option value="igf" selected>/);
      const fallback = await page('/en/participation?body=nope&measure=bogus');
      assert.equal(fallback.match(/<svg class="chart"/g)?.length, 7);
      assert.match(fallback, /Participants in IGF/);
    });

    it('adds a participation panel to a country profile', async () => {
      const html = await page('/en/countries/CHN');
      assert.match(html, /Participation in international bodies/);
      assert.match(html, /href="\/en\/participation\?body=itu-t-sg20"/);
      assert.match(html, /<th scope="col">Delegations<\/th>/, 'China took part in the sample meetings: a table by body');
      const ldc = await page('/fr/countries/TUV');
      assert.match(ldc, /id="country-participation"/);
      assert.match(ldc, /Pays les moins avancés \(PMA\)/, 'the group sentence names the group in the page language');
    });
  });
}
