import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';
import { stableId } from '../../../domain/ids.ts';
import { HOSTILE } from '../../../../test/fixtures/hostile.ts';


for (const db of testDatabases()) {
  describe(`policy pages on ${db}`, () => {
    let t: TestApp;
    let hostileId: string;
    before(async () => {
      t = await testApp(db, { sample: true });
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/policies',
        headers: auth,
        payload: { title: { en: HOSTILE }, summary: { en: HOSTILE }, type: 'law', level: 'national', jurisdiction: { country: 'KEN' }, issuingBody: { en: HOSTILE }, status: 'in-force', themes: ['spectrum'] },
      });
      hostileId = created.json().id;
      await t.app.inject({ method: 'POST', url: `/api/v1/policies/${hostileId}/publish`, headers: auth });
    });
    after(() => t.close());

    const page = async (url: string, status = 200) => {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, status, `${url}: ${res.statusCode}`);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      return res.body;
    };

    it('serves the policy list, a policy, coverage, compare and a country profile in every language', async () => {
      const id = stableId('policy', 'rwa-national-ai-policy-2023');
      for (const lang of LANGS) {
        for (const p of ['/policies', `/policies/${id}`, '/policies/coverage?group=LDC', '/compare?countries=KEN,RWA,FJI', '/countries/RWA']) {
          const html = await page(`/${lang}${p}`);
          assert.ok(html.includes(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`), `${lang}${p}`);
        }
      }
    });

    it('filters the list like the API does and links each filter removal', async () => {
      const html = await page('/en/policies?level=national&group=LDC');
      const api = (await t.app.inject({ url: '/api/v1/policies?level=national&group=LDC' })).json();
      assert.ok(api.total >= 3);
      assert.ok(html.includes(`${api.total} policy instruments`));
      assert.match(html, /Remove filter: National/);
      const empty = await t.app.inject({ url: '/en/policies?type=&level=regional' });
      assert.equal(empty.headers.location, '/en/policies?level=regional');
    });

    it('shows a policy with its related policies in both directions and its linked initiatives', async () => {
      const amended = await page(`/en/policies/${stableId('policy', 'rus-ai-strategy-2019')}`);
      assert.match(amended, /Amended by/);
      assert.ok(amended.includes(`/en/policies/${stableId('policy', 'rus-ai-strategy-2024-update')}`));
      const amending = await page(`/en/policies/${stableId('policy', 'rus-ai-strategy-2024-update')}`);
      assert.match(amending, /Amends/);
      const rwanda = await page(`/en/policies/${stableId('policy', 'rwa-national-ai-policy-2023')}`);
      assert.match(rwanda, /Enabled by this instrument/);
      assert.ok(rwanda.includes(`/en/initiatives/${stableId('initiative', 'rwanda-chw-ai-triage')}`));
      assert.match(rwanda, /Sample content/);
      assert.ok(rwanda.includes('href="https://www.minict.gov.rw/"'));
      await page('/en/policies/nope', 404);
    });

    it('escapes user text', async () => {
      const html = await page(`/en/policies/${hostileId}`);
      assert.ok(!html.includes('<script>alert(1)</script>'));
      assert.ok(html.includes('&lt;script>alert(1)&lt;/script>'));
    });

    it('shows the country matrix with what exists and what is missing, and the instruments that apply', async () => {
      const html = await page('/en/countries/KEN');
      assert.match(html, /<table class="matrix">/);
      const filled = html.match(/class="cell-yes"/g)?.length ?? 0;
      const gaps = html.match(/class="cell-no"/g)?.length ?? 0;
      assert.ok(filled > 0 && gaps > filled, `${filled} filled, ${gaps} gaps`);
      assert.ok(html.includes('/en/policies?country=KEN&amp;level=national&amp;theme=privacy-data-protection'), 'the cross-cutting row links to its instruments');
      assert.match(html, /regional instruments that apply/);
      assert.ok(html.includes(`/en/policies/${stableId('policy', 'au-malabo-convention-2014')}`), 'an African regional instrument applies to Kenya');
      assert.ok(html.includes(`/en/policies/${stableId('policy', 'unesco-ai-ethics-2021')}`), 'international instruments apply everywhere');
    });

    it('compares countries from a shareable URL, and turns the form into that URL', async () => {
      const html = await page('/en/compare?countries=KEN,RWA,FJI');
      for (const c of ['KEN', 'RWA', 'FJI']) assert.ok(html.includes(`href="/en/countries/${c}"`));
      assert.match(html, /Least developed countries|LDC/);
      for (const c of ['KEN', 'RWA', 'FJI']) assert.ok(html.includes(`id="indicators-${c}"`), `an indicator panel for ${c}`);
      const form = await t.app.inject({ url: '/en/compare?countries=ken&countries=RWA&countries=&countries=' });
      assert.equal(form.statusCode, 302);
      assert.equal(form.headers.location, '/en/compare?countries=KEN,RWA');
      assert.match(await page('/en/compare'), /Choose two to four countries/);
      await page('/en/compare?countries=KEN,ZZZ', 400);
      await page('/en/compare?countries=KEN,RWA,FJI,NPL,SEN', 400);
    });

    it('renders the coverage chart as SVG with its table, without inline styles', async () => {
      const html = await page('/en/policies/coverage?group=LDC&type=strategy');
      assert.match(html, /<svg class="bar-chart"[^>]*role="img"/);
      assert.match(html, /<table>/);
      assert.ok(!/\sstyle="/.test(html), 'no style attributes under the CSP');
      const api = (await t.app.inject({ url: '/api/v1/policies/coverage?group=LDC&type=strategy' })).json();
      const ai = api.technologies.find((r: any) => r.code === 'artificial-intelligence');
      assert.ok(ai.countries >= 1, 'Rwanda has an adopted national AI strategy');
      assert.ok(html.includes(`${ai.countries} (`), 'the table shows the API figure');
    });
  });
}

for (const db of testDatabases()) {
  describe(`policy review pages on ${db}`, () => {
    let t: TestApp;
    before(async () => (t = await testApp(db)));
    after(() => t.close());

    it('shows the history of a policy and lets a moderator publish it through the shared review service', async () => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/policies',
        headers: auth,
        payload: { title: { en: 'Draft law' }, summary: { en: 'A draft.' }, type: 'law', level: 'national', jurisdiction: { country: 'NPL' }, issuingBody: { en: 'Parliament' }, status: 'consultation' },
      });
      const id = created.json().id;
      assert.equal((await t.app.inject({ url: `/en/policies/${id}/history` })).statusCode, 404, 'a draft is hidden from visitors');
      const html = (await t.app.inject({ url: `/en/policies/${id}/history`, headers: auth })).body;
      assert.match(html, /History and review/);
      assert.ok(html.includes(`action="/en/policies/${id}/review"`));
      await t.app.inject({ method: 'POST', url: `/api/v1/policies/${id}/publish`, headers: auth, payload: { comment: 'Checked against the gazette' } });
      const after = (await t.app.inject({ url: `/en/policies/${id}/history` })).body;
      assert.match(after, /Checked against the gazette/);
      const history = (await t.app.inject({ url: `/api/v1/policies/${id}/history` })).json();
      assert.equal(history.versions.at(-1).changes.find((c: any) => c.field === 'workflowState').after[0], 'published');
    });
  });
}
