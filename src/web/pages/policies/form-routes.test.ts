import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../../../test/helpers/agents.ts';
import { encodeForm, formClient, type FormFields } from '../../../../test/helpers/form.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';

type Fields = FormFields;
const encode = encodeForm;

const HOSTILE = '<script>alert("x")</script> & <b>bold</b>';

const COMPLETE: Fields = {
  originalLang: 'fr',
  'title.fr': 'Stratégie nationale du numérique du Bénin',
  'title.en': 'Benin national digital strategy',
  'summary.fr': 'Relier les communes et former les jeunes aux métiers du numérique.',
  'issuingBody.fr': 'Gouvernement du Bénin',
  type: 'strategy',
  level: 'national',
  'jurisdiction.country': 'BEN',
  status: 'adopted',
  'dates.adopted': '2024-03-01',
  themes: ['digital-skills', 'infrastructure-access'],
  technologies: ['artificial-intelligence'],
  sdgGoals: ['9'],
  'targets[0].code': '9.c',
  'links[0].url': 'https://example.org/benin-strategy',
  'links[0].title': 'Texte officiel',
};

for (const db of testDatabases()) {
  describe(`policy form pages on ${db}`, () => {
    let t: TestApp;
    let contributor: Agent;
    let moderator: Agent;
    let earlierId: string;
    let initiativeId: string;
    before(async () => {
      t = await testApp(db);
      contributor = await agentFor(t.app, t.services, 'contributor');
      moderator = await agentFor(t.app, t.services, 'moderator');
      const base = { summary: { en: 'Earlier.' }, type: 'strategy', level: 'national', jurisdiction: { country: 'BEN' }, issuingBody: { en: 'Government of Benin' }, status: 'repealed' };
      earlierId = (await t.services.policies.create(CLI_ACTOR, { ...base, title: { en: 'Benin ICT policy 2016' } }, { state: 'published' })).id;
      initiativeId = (await t.services.initiatives.create(CLI_ACTOR, { title: { en: 'Benin smart villages' }, summary: { en: 'Connect villages.' }, kind: 'project', status: 'implementation', countries: ['BEN'] }, { state: 'published' })).id;
    });
    after(() => t.close());

    const post = (url: string, fields: Fields, agent?: Agent) => formClient(t.app, () => contributor).post(url, fields, agent);
    const get = (url: string, agent?: Agent) => formClient(t.app, () => contributor).get(url, agent);
    const count = async () => (await t.services.policies.list(CLI_ACTOR, {})).total;

    it('offers the form to signed-in contributors only, linked from the list, with every field', async () => {
      assert.equal((await get('/fr/policies/new')).statusCode, 401);
      assert.doesNotMatch((await get('/en/policies')).body, /href="\/en\/policies\/new"/, 'no link for visitors');
      assert.match((await get('/en/policies', contributor)).body, /href="\/en\/policies\/new"/);
      const res = await get('/fr/policies/new', contributor);
      assert.equal(res.statusCode, 200);
      for (const name of ['title\\.ar', 'summary\\.zh', 'issuingBody\\.ru', 'jurisdiction\\.organisation\\.es', 'jurisdiction\\.country', 'jurisdiction\\.region', 'countries', 'type', 'level', 'status', 'dates\\.inForce', 'dates\\.repealed', 'themes', 'technologies', 'sdgGoals', 'targets\\[1\\]\\.code', 'links\\[0\\]\\.url', 'relatedPolicies\\[1\\]\\.relation', 'initiatives\\[0\\]\\.id']) {
        assert.match(res.body, new RegExp(`name="${name}"`), name);
      }
      assert.match(res.body, /<option value="implements">Met en œuvre<\/option>/, 'relations in French');
      assert.match(res.body, new RegExp(`<option value="${earlierId}">Benin ICT policy 2016</option>`), 'policies to relate to');
    });

    it('re-renders field errors in French, tied to their inputs, with hostile text escaped and kept', async () => {
      const before = await count();
      const res = await post('/fr/policies/new', {
        ...COMPLETE,
        'title.en': HOSTILE,
        type: '',
        'jurisdiction.country': '',
        'dates.repealed': '2020-01-01',
        'links[0].url': 'pas une adresse',
        'relatedPolicies[1].id': earlierId,
        'relatedPolicies[1].relation': '',
        intent: 'draft',
      });
      assert.equal(res.statusCode, 400);
      assert.equal(await count(), before, 'nothing saved');
      assert.match(res.body, /Il y a un problème/);
      assert.match(res.body, /<a href="#f-type">[^<]*Ce champ est obligatoire\.<\/a>/, 'the summary links to the field');
      assert.match(res.body, /<select id="f-type" aria-invalid="true" aria-describedby="f-type-error"/);
      assert.match(res.body, /id="f-jurisdiction-country" aria-invalid="true" aria-describedby="f-jurisdiction-country-error"/);
      assert.match(res.body, /id="f-dates-repealed-error">[^<]+</, 'the date error on the date');
      assert.match(res.body, /id="f-links-0--url-error">Le format attendu n’est pas respecté\./);
      assert.match(res.body, /id="f-relatedPolicies-1--relation" aria-invalid="true"/, 'the error lands on the second row, where it was typed');
      assert.ok(!res.body.includes('<script>alert'), 'hostile text never reaches the page as markup');
      assert.match(res.body, /value="&lt;script>alert\(&quot;x&quot;\)&lt;\/script> &amp; &lt;b>bold&lt;\/b>"/, 'typed text kept, escaped');
      assert.match(res.body, /value="digital-skills" checked/);
    });

    it('adds relation rows without saving or losing anything', async () => {
      const before = await count();
      const res = await post('/en/policies/new', { ...COMPLETE, 'add-row': 'initiatives' });
      assert.equal(res.statusCode, 200);
      assert.equal(await count(), before);
      assert.match(res.body, /name="initiatives\[3\]\.id"/);
      assert.doesNotMatch(res.body, /name="initiatives\[4\]\.id"/);
      assert.match(res.body, /value="Stratégie nationale du numérique du Bénin"/);
    });

    it('previews the record above the form, with its relations, and saves nothing', async () => {
      const before = await count();
      const res = await post('/en/policies/new', { ...COMPLETE, 'relatedPolicies[0].id': earlierId, 'relatedPolicies[0].relation': 'replaces', 'initiatives[0].id': initiativeId, 'initiatives[0].relation': 'enables', intent: 'preview' });
      assert.equal(res.statusCode, 200, res.body.slice(0, 500));
      assert.equal(await count(), before);
      assert.match(res.body, /Preview: nothing is saved yet/);
      assert.match(res.body, /<article class="record">[\s\S]*Benin national digital strategy[\s\S]*Replaces[\s\S]*Benin ICT policy 2016[\s\S]*Benin smart villages/);
    });

    it('creates a draft, submits it, lists it in the moderation queue, and a moderator publishes it from there', async () => {
      const saved = await post('/fr/policies/new', { ...COMPLETE, 'title.en': HOSTILE, 'relatedPolicies[0].id': earlierId, 'relatedPolicies[0].relation': 'replaces', 'initiatives[0].id': initiativeId, 'initiatives[0].relation': 'enables', intent: 'draft' });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 800));
      const edit = saved.headers.location as string;
      const id = /\/fr\/policies\/(\w+)\/edit\?notice=draft-saved$/.exec(edit)?.[1];
      assert.ok(id, edit);
      const record = await t.services.policies.get(CLI_ACTOR, id);
      assert.equal(record.workflowState, 'draft');
      assert.equal(record.provenance.source, 'form');
      assert.equal(record.jurisdiction.country, '204', 'Benin by M49');
      assert.deepEqual(record.themes, ['digital-skills', 'infrastructure-access']);
      assert.deepEqual(record.relatedPolicies, [{ policyId: earlierId, relation: 'replaces' }]);
      assert.deepEqual(record.initiatives, [{ initiativeId, relation: 'enables' }]);
      assert.equal(record.links[0]?.url, 'https://example.org/benin-strategy');

      const page = await get(edit, contributor);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /value="Stratégie nationale du numérique du Bénin"/, 'the edit form shows the record');
      assert.match(page.body, /<option value="BEN" selected>Bénin<\/option>/);
      assert.match(page.body, new RegExp(`<option value="${earlierId}" selected>`), 'the relation is chosen');

      const submitted = await post(`/fr/policies/${id}/edit`, { ...COMPLETE, 'relatedPolicies[0].id': earlierId, 'relatedPolicies[0].relation': 'replaces', intent: 'submit' });
      assert.equal(submitted.statusCode, 303);
      assert.equal(submitted.headers.location, `/fr/policies/${id}/history`);
      assert.equal((await t.services.policies.get(CLI_ACTOR, id)).workflowState, 'submitted');
      assert.deepEqual((await t.services.policies.get(CLI_ACTOR, id)).initiatives, [], 'an emptied row group is emptied');
      assert.equal((await get(`/fr/policies/${id}/edit`, contributor)).statusCode, 403, 'a submitted record is the moderators’ now');

      const queue = await get('/en/moderation', moderator);
      assert.equal(queue.statusCode, 200);
      assert.match(queue.body, /<h2 id="queue-policies">Policies \(1\)<\/h2>/);
      assert.match(queue.body, new RegExp(`action="/en/policies/${id}/review"`), 'review actions in the queue');
      assert.ok(!queue.body.includes('<script>alert'), 'titles escaped in the queue');

      assert.equal((await get(`/en/policies/${id}`)).statusCode, 404, 'not public yet');
      const published = await post(`/en/policies/${id}/review`, { action: 'publish', back: 'moderation', state: 'submitted', comment: 'Vérifié' }, moderator);
      assert.equal(published.statusCode, 303);
      assert.equal(published.headers.location, '/en/moderation?state=submitted');
      const pub = await get(`/en/policies/${id}`);
      assert.equal(pub.statusCode, 200);
      assert.match(pub.body, /<h1>Benin national digital strategy<\/h1>/);
      assert.doesNotMatch(pub.body, /href="\/en\/policies\/\w+\/edit"/, 'no edit link for visitors');
      assert.match((await get(`/en/policies/${id}`, moderator)).body, new RegExp(`href="/en/policies/${id}/edit"`), 'an edit link for moderators');
    });

    it('holds a first submit while a probable duplicate is unchecked, and flags it to moderators', async () => {
      const first = await post('/en/policies/new', { ...COMPLETE, 'title.fr': 'Politique TIC du Bénin', 'title.en': 'Benin ICT policy 2016 revision', intent: 'submit' });
      assert.equal(first.statusCode, 303);
      const id = /\/en\/policies\/(\w+)\/edit\?notice=check-duplicates$/.exec(first.headers.location as string)?.[1];
      assert.ok(id, first.headers.location as string);
      const held = await get(first.headers.location as string, contributor);
      assert.match(held.body, new RegExp(`href="/en/policies/${earlierId}"`), 'the probable duplicate is linked');
      assert.match(held.body, /name="notDuplicate" value="yes"/);
      const again = await post(`/en/policies/${id}/edit`, { ...COMPLETE, 'title.fr': 'Politique TIC du Bénin', 'title.en': 'Benin ICT policy 2016 revision', notDuplicate: 'yes', intent: 'submit' });
      assert.equal(again.headers.location, `/en/policies/${id}/history`);
      const queue = await get('/en/moderation', moderator);
      assert.match(queue.body, new RegExp(`href="/en/policies/${id}/history#dups">1 possible duplicate<`));
    });

    it('clears emptied dates: gone from the page, removed in the history', async () => {
      const fields = { ...COMPLETE, 'title.fr': 'Dates à effacer', 'title.en': 'Dates to clear', 'jurisdiction.country': 'NER', 'dates.inForce': '2024-06-01', intent: 'draft' };
      const saved = await post('/en/policies/new', fields, moderator);
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 800));
      const id = /\/policies\/(\w+)\/edit/.exec(saved.headers.location as string)![1]!;
      await t.services.policies.transition(CLI_ACTOR, id, 'publish');
      assert.match((await get(`/en/policies/${id}/edit`, moderator)).body, /name="dates\.inForce" value="2024-06-01"/, 'the edit form shows the dates');
      const cleared = await post(`/en/policies/${id}/edit`, { ...fields, 'dates.adopted': '', 'dates.inForce': '' }, moderator);
      assert.equal(cleared.statusCode, 303, cleared.body.slice(0, 800));
      assert.equal(JSON.stringify((await t.services.policies.get(CLI_ACTOR, id)).dates), '{}', 'no date left');
      assert.doesNotMatch((await get(`/en/policies/${id}`)).body, /2024-06-01|1 June 2024/);
      const history = (await get(`/en/policies/${id}/history`)).body;
      assert.match(history, /<dt>Dates<\/dt><dd><del>adopted: 2024-03-01<\/del><del>inForce: 2024-06-01<\/del><\/dd>/, 'the removal is shown');
    });

    it('edits follow the access module and the form needs its CSRF token', async () => {
      const res = await post('/en/policies/new', { ...COMPLETE, 'title.fr': 'Un texte sans pareil', 'title.en': 'A text like no other', 'jurisdiction.country': 'TGO', intent: 'draft' });
      const id = /\/en\/policies\/(\w+)\/edit/.exec(res.headers.location as string)?.[1];
      assert.ok(id);
      const other = await agentFor(t.app, t.services, 'contributor');
      assert.equal((await get(`/en/policies/${id}/edit`, other)).statusCode, 404, 'another contributor does not see it');
      assert.equal((await get(`/en/policies/${id}/edit`, moderator)).statusCode, 200, 'moderators edit anything');
      const noToken = await t.app.inject({ method: 'POST', url: '/en/policies/new', payload: encode({ ...COMPLETE, intent: 'draft' }), headers: { cookie: contributor.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(noToken.statusCode, 403);
    });
  });
}
