import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { seedFilterFixtures } from '../../../../test/fixtures/initiatives.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';
import { agentFor } from '../../../../test/helpers/agents.ts';
import { multipart } from '../../../../test/helpers/multipart.ts';

/** The bulk upload form with one CSV file, optionally with "only check". */
const upload = (csv: string, csrf: string, check = false) => multipart({ _csrf: csrf, ...(check ? { check: '1' } : {}) }, { name: 'sheet.csv', text: csv });

for (const db of testDatabases()) {
  describe(`feeds, JSON-LD and open-data pages on ${db}`, () => {
    let t: TestApp;
    let f: Awaited<ReturnType<typeof seedFilterFixtures>>;
    before(async () => {
      t = await testApp(db);
      f = await seedFilterFixtures(t.services);
    });
    after(() => t.close());

    it('feeds published initiatives only, filtered by SDG, technology, country and group', async () => {
      const all = await t.app.inject({ url: '/feeds/initiatives.atom' });
      assert.equal(all.statusCode, 200);
      assert.match(all.headers['content-type'] as string, /^application\/atom\+xml/);
      assert.equal((all.body.match(/<entry>/g) ?? []).length, 3);
      assert.ok(!all.body.includes(f.draft.id), 'the draft stays out');
      const entries = async (qs: string) => [...(await t.app.inject({ url: `/feeds/initiatives.atom?${qs}` })).body.matchAll(/initiatives\/(\w+)<\/id>/g)].map((m) => m[1]).sort();
      assert.deepEqual(await entries('sdg=6'), [f.water.id]);
      assert.deepEqual(await entries('technology=5g'), [f.fiveG.id]);
      assert.deepEqual(await entries('country=NPL'), [f.ai.id]);
      assert.deepEqual(await entries('group=SIDS'), [f.water.id]);
      assert.equal((await t.app.inject({ url: '/feeds/initiatives.atom?country=ZZZ' })).statusCode, 400);
    });

    it('links the feed from the pages it filters', async () => {
      for (const [page, feed] of [
        ['/fr/sdgs/6', '/feeds/initiatives.atom?sdg=6&amp;lang=fr'],
        ['/en/technologies/5g', '/feeds/initiatives.atom?technology=5g&amp;lang=en'],
        ['/en/countries/NPL', '/feeds/initiatives.atom?country=NPL&amp;lang=en'],
        ['/en/initiatives?group=SIDS', '/feeds/initiatives.atom?group=SIDS&amp;lang=en'],
      ]) {
        const html = (await t.app.inject({ url: page })).body;
        assert.ok(html.includes(`<link rel="alternate" type="application/atom+xml"`), page);
        assert.ok(html.includes(`href="${feed}"`), `${page} links ${feed}`);
      }
    });

    it('embeds JSON-LD in the record page, safe against a title that tries to close the script', async () => {
      const evil = await t.services.initiatives.create(CLI_ACTOR, { title: { en: 'Bad </script><script>alert(1)</script>' }, summary: { en: 'x' }, kind: 'project', status: 'pipeline', countries: ['KEN'], sdgTargets: ['9.c'] }, { state: 'published' });
      const html = (await t.app.inject({ url: `/en/initiatives/${evil.id}` })).body;
      const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
      assert.ok(!block.includes('<'), 'no < inside the data block');
      const data = JSON.parse(block);
      assert.equal(data['@type'], 'Project');
      assert.equal(data.name[0]['@value'], 'Bad </script><script>alert(1)</script>');
      assert.equal(data.about[0]['@id'], 'http://metadata.un.org/sdg/9.c');
      assert.equal(data.areaServed[0]['@id'], 'http://metadata.un.org/m49/404');
    });

    it('serves JSON-LD on the record URL to clients that ask for it, HTML to browsers', async () => {
      const url = `/en/initiatives/${f.water.id}`;
      const ld = await t.app.inject({ url, headers: { accept: 'application/ld+json' } });
      assert.match(ld.headers['content-type'] as string, /^application\/ld\+json/);
      assert.equal(ld.json()['@type'], 'Project');
      const browser = await t.app.inject({ url, headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
      assert.match(browser.headers['content-type'] as string, /^text\/html/);
      assert.match(browser.headers.vary as string, /Accept/);
      assert.equal((await t.app.inject({ url: `/en/initiatives/${f.draft.id}`, headers: { accept: 'application/ld+json' } })).statusCode, 404);
    });

    it('links downloads, the catalogue and the template from the open-data page', async () => {
      const html = (await t.app.inject({ url: '/es/open-data' })).body;
      for (const href of ['/api/v1/dumps/initiatives.csv', '/api/v1/dumps/initiatives.iati.xml', '/api/v1/catalog', '/api/v1/templates/initiatives.csv', '/feeds/initiatives.atom']) assert.ok(html.includes(`href="${href}"`), href);
      const template = await t.app.inject({ url: '/api/v1/templates/initiatives.csv' });
      assert.match(template.body, /title_en/);
    });

    it('checks an uploaded CSV for anyone and lists every rejected line with its column', async () => {
      const csv = 'title_en,summary_en,kind,status,countries\nGood,Fine,project,pipeline,KEN\nBad,Fine,blog,pipeline,ZZZ\n';
      const visitor = await agentFor(t.app, t.services, 'visitor');
      const form = upload(csv, visitor.csrf);
      const res = await t.app.inject({ method: 'POST', url: '/en/open-data/submit', payload: form.payload, headers: { ...form.headers, cookie: visitor.cookie } });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /line 3/);
      assert.match(res.body, /<code>countries<\/code>/);
      assert.match(res.body, /<code>kind<\/code>/);
      const { n } = await t.services.store.db.selectFrom('initiatives').select((eb) => eb.fn.countAll<number>().as('n')).where('provenance', 'like', '%import:csv%').executeTakeFirstOrThrow();
      assert.equal(Number(n), 0, 'a visitor only checks: nothing is written');
    });

    it('submits the valid lines for review when the uploader may contribute', async () => {
      const csv = 'title_en,summary_en,kind,status,countries\nUploaded sensors,Fine,project,pipeline,KEN\n';
      const contributor = await agentFor(t.app, t.services, 'contributor');
      const form = upload(csv, contributor.csrf);
      const res = await t.app.inject({ method: 'POST', url: '/en/open-data/submit', payload: form.payload, headers: { ...form.headers, cookie: contributor.cookie } });
      assert.equal(res.statusCode, 200, res.body.slice(0, 500));
      const list = await t.services.initiatives.list(CLI_ACTOR, { country: 'KEN', limit: 100 });
      const uploaded = list.items.find((i) => i.title.en === 'Uploaded sensors')!;
      assert.equal(uploaded.workflowState, 'submitted');
      assert.equal(uploaded.provenance.source, 'import:csv');
    });
  });
}
