import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { seedSearchFixtures } from '../../../../test/fixtures/search-cases.ts';
import { seedPolicyFixtures } from '../../../../test/fixtures/policies.ts';

for (const db of testDatabases()) {
  describe(`search API and page on ${db}`, () => {
    let t: TestApp;
    let ids: Record<string, string>;
    let policies: Awaited<ReturnType<typeof seedPolicyFixtures>>;
    before(async () => {
      t = await testApp(db);
      ids = await seedSearchFixtures(t.services);
      policies = await seedPolicyFixtures(t.services);
    });
    after(() => t.close());

    it('answers {items, total, facets} with labelled facet values and a highlighted snippet', async () => {
      const res = await t.app.inject({ url: '/api/v1/search?q=identite&lang=fr' });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.total, 1);
      assert.equal(body.items[0].id, ids.identity);
      assert.equal(body.items[0].type, 'initiative');
      assert.equal(body.items[0].snippet.lang, 'fr');
      assert.deepEqual(body.facets.country, [{ value: 'SEN', label: 'Sénégal', count: 1 }]);
      assert.deepEqual(Object.keys(body.facets), ['type', 'sdg', 'technology', 'wsis', 'country', 'group', 'region', 'status', 'kind', 'policyType', 'level', 'theme', 'year']);
    });

    it('answers at most facetLimit values per facet, the most frequent, and refuses a limit below 1', async () => {
      const all = (await t.app.inject({ url: '/api/v1/search?q=internet' })).json();
      const res = await t.app.inject({ url: '/api/v1/search?q=internet&facetLimit=1' });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      for (const [name, values] of Object.entries(body.facets)) assert.deepEqual(values, all.facets[name].slice(0, 1), name);
      assert.ok(Object.values(all.facets).some((v) => (v as unknown[]).length > 1), 'some facet was cut');
      assert.equal((await t.app.inject({ url: '/api/v1/search?q=internet&facetLimit=0' })).statusCode, 400);
    });

    it('hides drafts from the public and shows them with the admin token', async () => {
      assert.equal((await t.app.inject({ url: '/api/v1/search?q=secret' })).json().total, 0);
      assert.equal((await t.app.inject({ url: '/api/v1/search?q=secret', headers: auth })).json().total, 1);
    });

    it('names every invalid parameter', async () => {
      const res = await t.app.inject({ url: '/api/v1/search?sort=best&type=need&level=galactic&country=ZZZ' });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(res.json().errors.map((e: { field: string }) => e.field).sort(), ['level', 'sort', 'type']);
      const unknown = await t.app.inject({ url: '/api/v1/search?country=ZZZ' });
      assert.equal(unknown.statusCode, 400);
      assert.deepEqual(unknown.json().errors.map((e: { field: string }) => e.field), ['country']);
    });

    it('renders a results page with the query kept, facets as links and a search box in the header', async () => {
      const res = await t.app.inject({ url: '/en/search?q=internet' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<input id="search-q" type="search" name="q" value="internet"/);
      assert.match(res.body, /href="\/en\/search\?q=internet&amp;country=BOL"/);
      assert.match(res.body, /<mark>Internet<\/mark>/);
      assert.match(res.body, /role="search" class="header-search"/);
      assert.doesNotMatch(res.body, /<script/);
    });

    it('answers policy hits with their facets and a link to the policy', async () => {
      const body = (await t.app.inject({ url: '/api/v1/search?q=data+protection&type=policy&level=national' })).json();
      assert.equal(body.total, 2);
      assert.deepEqual(body.items.map((i: { type: string }) => i.type), ['policy', 'policy']);
      const dpa = body.items.find((i: { id: string }) => i.id === policies.kenyaDpa.id);
      assert.ok(dpa.url.endsWith(`/api/v1/policies/${policies.kenyaDpa.id}`), dpa.url);
      assert.equal(dpa.policyType, 'law');
      assert.deepEqual(body.facets.level, [{ value: 'national', label: 'National', count: 2 }]);
      assert.deepEqual(body.facets.type, [{ value: 'policy', label: 'Policies', count: 2 }]);
      assert.ok(body.facets.theme.some((f: { value: string; label: string }) => f.value === 'privacy-data-protection' && f.label.length > 0));
    });

    it('shows policy hits on the results page, linking to the policy page, with the type facet', async () => {
      const res = await t.app.inject({ url: '/en/search?q=artificial+intelligence' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, new RegExp(`href="/en/policies/${policies.unesco.id}"`));
      assert.match(res.body, /href="\/en\/search\?q=artificial\+intelligence&amp;type=policy">Policies \(3\)/);
      assert.match(res.body, /href="\/en\/search\?q=artificial\+intelligence&amp;level=international">International \(1\)/);
    });

    it('gives advice when nothing matches, and speaks the page language', async () => {
      const res = await t.app.inject({ url: '/fr/search?q=zebra&technology=5g' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /class="no-results"/);
      assert.match(res.body, /href="\/fr\/search\?q=zebra"/, 'a link that drops the filter');
      assert.doesNotMatch(res.body, /class="search-layout"/, 'no empty facets or sort line');
    });

    it('shows similar initiatives on an initiative page', async () => {
      const res = await t.app.inject({ url: `/en/initiatives/${ids.schools}` });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /id="similar-h"/);
      assert.match(res.body, new RegExp(`href="/en/initiatives/${ids.spectrum}"`));
    });
  });

  describe(`search API with the answer cache on ${db}`, () => {
    let t: TestApp;
    let ids: Record<string, string>;
    before(async () => {
      t = await testApp(db, { config: { searchCache: 100 } });
      ids = await seedSearchFixtures(t.services);
    });
    after(() => t.close());

    it('answers a repeated search with the same body and ETag, and 304 when the client has it', async () => {
      const first = await t.app.inject({ url: '/api/v1/search?q=internet&lang=es' });
      const again = await t.app.inject({ url: '/api/v1/search?lang=es&q=internet' });
      assert.equal(again.body, first.body);
      assert.equal(again.headers.etag, first.headers.etag);
      assert.match(String(again.headers['content-type']), /^application\/json/);
      const cached = await t.app.inject({ url: '/api/v1/search?q=internet&lang=es', headers: { 'if-none-match': String(first.headers.etag) } });
      assert.equal(cached.statusCode, 304);
    });

    it('never answers the writer from before its write', async () => {
      assert.equal((await t.app.inject({ url: '/api/v1/search?q=astronautas', headers: auth })).json().total, 0);
      const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/initiatives/${ids.schools}`, headers: auth, payload: { title: { es: 'Astronautas en escuelas' } } });
      assert.equal(patch.statusCode, 200, patch.body);
      const after = (await t.app.inject({ url: '/api/v1/search?q=astronautas', headers: auth })).json();
      assert.equal(after.total, 1);
      assert.equal(after.items[0].id, ids.schools);
    });
  });
}
