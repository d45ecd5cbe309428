import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../test/helpers/app.ts';
import { LANGS } from '../../domain/vocabulary/language.ts';
import { HOSTILE } from '../../../test/fixtures/hostile.ts';


for (const db of testDatabases()) {
  describe(`pages on ${db}`, () => {
    let t: TestApp;
    let sampleId: string;
    let hostileId: string;
    before(async () => {
      t = await testApp(db, { sample: true });
      sampleId = (await t.app.inject({ url: '/api/v1/initiatives?limit=1' })).json().items[0].id;
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/initiatives',
        headers: auth,
        payload: { title: { en: HOSTILE }, summary: { en: HOSTILE }, kind: 'project', status: 'implementation', countries: ['FJI'], classifications: [{ scheme: 'sdg-target', code: '9.c', evidenceText: HOSTILE }] },
      });
      hostileId = created.json().id;
      await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${hostileId}/publish`, headers: auth });
    });
    after(() => t.close());

    const page = async (url: string, status = 200) => {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, status, `${url}: ${res.statusCode}`);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      return res.body;
    };

    it('redirects / to the browser language', async () => {
      const res = await t.app.inject({ url: '/', headers: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' } });
      assert.equal(res.statusCode, 302);
      assert.equal(res.headers.location, '/ar/');
      assert.equal((await t.app.inject({ url: '/', headers: { 'accept-language': 'de-DE' } })).headers.location, '/en/');
    });

    it('serves every page type in every language with lang and dir', async () => {
      const paths = ['/', '/initiatives', `/initiatives/${sampleId}`, '/sdgs', '/sdgs/9', '/technologies', '/technologies/5g', '/countries', '/countries/NPL'];
      for (const lang of LANGS) {
        for (const p of paths) {
          const html = await page(`/${lang}${p}`);
          assert.ok(html.startsWith('<!doctype html><html lang="' + lang + '" dir="' + (lang === 'ar' ? 'rtl' : 'ltr') + '"'), `${lang}${p}`);
          for (const l of LANGS) assert.ok(html.includes(`hreflang="${l}" href="/${l}${p}"`), `switcher keeps the page: ${lang}${p} → ${l}`);
        }
      }
    });

    it('shows the home page counts, latest initiatives, SDG and technology tiles', async () => {
      const html = await page('/en/');
      assert.match(html, /<strong>42<\/strong> initiatives/, '41 sample initiatives and the published test one');
      assert.match(html, /href="\/en\/initiatives\?sdg=17"/);
      assert.match(html, /href="\/en\/initiatives\?technology=internet-of-things"/);
      assert.match(html, /Sample content/);
    });

    it('filters the list with GET parameters and keeps them in pagination', async () => {
      const all = await page('/en/initiatives');
      assert.match(all, /42 initiatives/);
      const ldc = await page('/en/initiatives?group=LDC&technology=internet-of-things');
      const api = (await t.app.inject({ url: '/api/v1/initiatives?group=LDC&technology=internet-of-things' })).json();
      assert.ok(ldc.includes(`${api.total} initiative`));
      assert.match(ldc, /Remove filter/);
      const empty = await t.app.inject({ url: '/en/initiatives?sdg=&technology=5g&country=' });
      assert.equal(empty.statusCode, 302);
      assert.equal(empty.headers.location, '/en/initiatives?technology=5g');
      const paged = await page('/en/initiatives?group=SIDS');
      if (/rel="next"/.test(paged)) assert.match(paged, /href="\/en\/initiatives\?group=SIDS&amp;page=2"/);
    });

    it('shows every field of an initiative with evidence and the sample banner', async () => {
      const rec = (await t.app.inject({ url: `/api/v1/initiatives/${sampleId}` })).json();
      const html = await page(`/en/initiatives/${sampleId}`);
      assert.match(html, /Sample content/);
      assert.match(html, /Evidence:/);
      for (const c of rec.countries) assert.ok(html.includes(`/en/countries/${c}`));
      for (const o of rec.organisations) assert.ok(html.includes(`/en/organisations/${o.id}`));
    });

    it('notes when a text is shown in its original language', async () => {
      const zhOnly = (await t.services.initiatives.list({ id: 'x', role: 'admin', label: 'x' }, { limit: 100 })).items.find((i) => i.originalLang === 'zh' && !i.title.en);
      assert.ok(zhOnly, 'the sample has a Chinese-only record');
      const html = await page(`/en/initiatives/${zhOnly.id}`);
      assert.match(html, /<h1 lang="zh" dir="ltr">/);
      assert.match(html, /Shown in Chinese, the original language/);
    });

    it('escapes hostile text everywhere it is shown', async () => {
      for (const url of [`/en/initiatives/${hostileId}`, '/en/initiatives', '/en/countries/FJI']) {
        const html = await page(url);
        assert.ok(!html.includes('<script>alert(1)</script>'), url);
        assert.ok(html.includes('&lt;script>alert(1)&lt;/script>') || html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), url);
        assert.ok(!html.includes('\u202E'), 'bidi overrides are removed on input');
      }
    });

    it('answers 404 pages in the language of the URL, and for unknown languages', async () => {
      assert.match(await page('/fr/initiatives/nope', 404), /<html lang="fr"/);
      await page('/xx/initiatives', 404);
      await page('/en/sdgs/18', 404);
      await page('/en/countries/ZZZ', 404);
    });

    it('sends a strict content security policy and a cacheable stylesheet', async () => {
      const res = await t.app.inject({ url: '/en/' });
      assert.match(res.headers['content-security-policy'] as string, /default-src 'none'.*script-src 'self'.*style-src 'self'/);
      const css = /href="(\/static\/app\.css\?v=[0-9a-f]+)"/.exec(res.body)![1]!;
      const cssRes = await t.app.inject({ url: css });
      assert.equal(cssRes.statusCode, 200);
      assert.match(cssRes.headers['cache-control'] as string, /max-age=31536000, immutable/);
    });
  });
}
