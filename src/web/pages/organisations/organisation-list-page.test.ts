import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../../../test/helpers/agents.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';

const HOSTILE = '<script>alert("x")</script> & <b>bold</b>';

for (const db of testDatabases()) {
  describe(`organisation list page on ${db}`, () => {
    let t: TestApp;
    let contributor: Agent;
    const ids: Record<string, string> = {};
    before(async () => {
      t = await testApp(db);
      const add = async (key: string, body: object) => (ids[key] = (await t.services.organisations.create(CLI_ACTOR, body)).id);
      // Created in this order: the list is oldest first.
      await add('kenya', { name: { en: 'Kenya ICT Authority', zh: '肯尼亚信息通信技术局' }, type: '10', country: 'KEN' });
      await add('french', { name: { fr: 'Agence numérique du Pacifique' }, originalLang: 'fr', type: '10', country: 'FJI' });
      await add('hostile', { name: { en: HOSTILE }, type: '70', country: 'KEN' });
      await add('university', { name: { en: 'University of Nairobi', ar: 'جامعة نيروبي' }, type: '80', country: 'KEN' });
      await add('nowhere', { name: { en: 'Global Tech Foundation' }, type: '60' });
      contributor = await agentFor(t.app, t.services, 'contributor');
    });
    after(() => t.close());

    const get = (url: string, agent?: Agent) => t.app.inject({ url, headers: agent ? { cookie: agent.cookie } : {} });
    const rows = (html: string) => [...html.matchAll(/<tr><th scope="row"><a href="([^"]+)">([\s\S]*?)<\/a><\/th><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, ''), m[3], m[4]]);

    it('lists every organisation with its name, type and country, each linking to its page, and is linked from the header', async () => {
      const res = await get('/en/organisations');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Organisations<\/h1>/);
      assert.match(res.body, /<nav aria-label="Main">[\s\S]*<a href="\/en\/organisations">Organisations<\/a>/, 'in the site navigation');
      assert.match(res.body, /role="status">5 organisations</);
      const r = rows(res.body);
      assert.equal(r.length, 5);
      assert.deepEqual(r[0], [`/en/organisations/${ids.kenya}`, 'Kenya ICT Authority', 'Government', 'Kenya']);
      assert.deepEqual(r[3], [`/en/organisations/${ids.university}`, 'University of Nairobi', 'Academic, training and research', 'Kenya']);
      assert.deepEqual(r[4]!.slice(2), ['Foundation', ''], 'no country: an empty cell');
      assert.match(res.body, /<a href="\/en\/organisations\/[^"]+"><span lang="fr" dir="ltr">Agence numérique du Pacifique<\/span><\/a>/, 'a name shown in another language says which');
      assert.match(res.body, /<form method="get" action="\/en\/search" role="search"[^>]*>\s*<input type="hidden" name="type" value="organisation"/, 'names are found by the search, limited to organisations');
      assert.doesNotMatch(res.body, /organisations\/new/, 'visitors are not offered the form');
      assert.match((await get('/en/organisations', contributor)).body, /<a href="\/en\/organisations\/new">Add an organisation<\/a>/, 'contributors are');
    });

    it('escapes hostile names', async () => {
      const body = (await get('/en/organisations')).body;
      assert.ok(!body.includes('<script>alert'), 'no raw script');
      assert.ok(body.includes('&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; &lt;b>bold&lt;/b>'), 'shown as text');
      assert.deepEqual(rows(body)[2]!.slice(2), ['Private sector', 'Kenya']);
    });

    it('shows names in the reader’s language, else the original, in Chinese and in Arabic (right to left)', async () => {
      const zh = await get('/zh/organisations');
      assert.equal(zh.statusCode, 200);
      assert.match(zh.body, /<html lang="zh"/);
      assert.match(zh.body, /<h1>组织<\/h1>|<h1>[^<]+<\/h1>/);
      const zr = rows(zh.body);
      assert.equal(zr[0]![1], '肯尼亚信息通信技术局');
      assert.equal(zr[3]![1], 'University of Nairobi', 'no Chinese name: the original');
      assert.match(zh.body, /<span lang="en" dir="ltr">University of Nairobi<\/span>/);
      const ar = await get('/ar/organisations');
      assert.equal(ar.statusCode, 200);
      assert.match(ar.body, /<html lang="ar" dir="rtl"/);
      assert.match(ar.body, /<a href="\/ar\/organisations\/[^"]+"><span>جامعة نيروبي<\/span><\/a>/, 'its Arabic name, without a language mark');
      assert.match(ar.body, /role="status">[^<]*5[^<]*</);
      assert.match(ar.body, /href="\/ar\/organisations">/, 'links stay in Arabic');
    });

    it('pages through the list', async () => {
      const first = await get('/en/organisations?limit=2');
      assert.deepEqual(rows(first.body).map((r) => r[0]), [`/en/organisations/${ids.kenya}`, `/en/organisations/${ids.french}`]);
      assert.match(first.body, /<nav class="pagination"[\s\S]*href="\/en\/organisations\?page=2"/);
      const second = await get('/en/organisations?limit=2&page=2');
      assert.deepEqual(rows(second.body).map((r) => r[0]), [`/en/organisations/${ids.hostile}`, `/en/organisations/${ids.university}`]);
      const beyond = await get('/en/organisations?limit=2&page=9');
      assert.equal(beyond.statusCode, 200);
      assert.equal(rows(beyond.body).length, 0);
    });

    it('filters by type and country with a GET form, shows the active filters, and refuses unknown codes', async () => {
      const kenya = await get('/en/organisations?country=KEN');
      assert.deepEqual(rows(kenya.body).map((r) => r[0]), [ids.kenya, ids.hostile, ids.university].map((id) => `/en/organisations/${id}`));
      assert.match(kenya.body, /<option value="KEN" selected>Kenya<\/option>/);
      assert.match(kenya.body, /aria-label="Remove filter: Kenya"/);
      const both = await get('/en/organisations?type=10&country=KEN');
      assert.deepEqual(rows(both.body).map((r) => r[0]), [`/en/organisations/${ids.kenya}`]);
      assert.match(both.body, /role="status">1 organisation</);
      assert.match((await get('/fr/organisations?type=80')).body, /aria-label="Retirer le filtre : [^"]+"/);
      const none = await get('/en/organisations?type=40');
      assert.match(none.body, /No organisations match\./);
      const empty = await get('/en/organisations?type=&country=KEN');
      assert.equal(empty.statusCode, 302, 'empty fields of the form are dropped');
      assert.equal(empty.headers.location, '/en/organisations?country=KEN');
      assert.equal((await get('/en/organisations?country=ZZZ')).statusCode, 400);
      assert.equal((await get('/en/organisations?type=99')).statusCode, 400);
      assert.equal((await get('/en/organisations?country=%3Cscript%3E')).statusCode, 400);
    });

    it('filters the API list the same way', async () => {
      const res = await t.app.inject({ url: '/api/v1/organisations?type=10&country=KEN' });
      assert.equal(res.statusCode, 200);
      const body = res.json() as { items: { id: string }[]; total: number };
      assert.deepEqual([body.total, body.items.map((o) => o.id)], [1, [ids.kenya]]);
      assert.equal((await t.app.inject({ url: '/api/v1/organisations?country=ZZZ' })).statusCode, 400);
    });

    it('is linked from each organisation page', async () => {
      const page = await get(`/es/organisations/${ids.kenya}`);
      assert.match(page.body, /<a href="\/es\/organisations">Todas las organizaciones<\/a>/);
    });
  });
}
