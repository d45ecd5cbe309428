import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../../../test/helpers/agents.ts';
import { encodeForm, formClient, type FormFields } from '../../../../test/helpers/form.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';

type Fields = FormFields;
const encode = encodeForm;

const COMPLETE: Fields = {
  originalLang: 'fr',
  'title.fr': 'Cartographie des écoles connectées',
  'summary.fr': 'Relier chaque école à internet.',
  kind: 'project',
  status: 'implementation',
  countries: ['FJI', 'NPL'],
  sdgGoals: ['4'],
  'targets[0].code': '4.a',
  'targets[0].evidenceText': 'Des écoles équipées',
  'trustMarkers.inclusiveness.significance': '2',
};

for (const db of testDatabases()) {
  describe(`initiative form pages on ${db}`, () => {
    let t: TestApp;
    let contributor: Agent;
    let moderator: Agent;
    let orgId: string;
    before(async () => {
      t = await testApp(db);
      contributor = await agentFor(t.app, t.services, 'contributor');
      moderator = await agentFor(t.app, t.services, 'moderator');
      orgId = (await t.services.organisations.create(CLI_ACTOR, { name: { en: 'Pacific Digital Agency' }, type: '10', country: 'FJI' })).id;
    });
    after(() => t.close());

    const post = (url: string, fields: Fields, agent?: Agent) => formClient(t.app, () => contributor).post(url, fields, agent);
    const get = (url: string, agent?: Agent) => formClient(t.app, () => contributor).get(url, agent);
    const count = async () => (await t.services.initiatives.list(CLI_ACTOR, {})).total;

    it('offers the form to signed-in contributors only, with a header link', async () => {
      assert.equal((await get('/fr/initiatives/new')).statusCode, 401);
      const res = await get('/fr/initiatives/new', contributor);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /href="\/fr\/initiatives\/new"/);
      assert.match(res.body, /name="title\.ar"[^>]*lang="ar"/, 'a text box for every language');
      assert.match(res.body, /name="organisations\[1\]\.role"/);
      assert.match(res.body, /name="trustMarkers\.accountability\.significance"/);
      assert.match(res.body, /<optgroup label="Afrique">/, 'countries grouped by region, in French');
    });

    it('re-renders field errors in French, tied to their inputs, with everything typed kept', async () => {
      const before = await count();
      const res = await post('/fr/initiatives/new', {
        ...COMPLETE,
        kind: '',
        'title.en': 'Connected schools <b>map</b>',
        'targets[0].code': '',
        'targets[1].code': '4.a',
        'targets[1].evidenceUrl': 'pas une adresse',
        'organisations[0].id': orgId,
        'organisations[0].role': '',
        intent: 'draft',
      });
      assert.equal(res.statusCode, 400);
      assert.equal(await count(), before, 'nothing saved');
      assert.match(res.body, /Il y a un problème/);
      assert.match(res.body, /<a href="#f-kind">[^<]*Ce champ est obligatoire\.<\/a>/, 'the summary links to the field');
      assert.match(res.body, /<select id="f-kind" aria-invalid="true" aria-describedby="f-kind-error"/);
      assert.match(res.body, /id="f-targets-1--evidenceUrl-error">Le format attendu n’est pas respecté\./);
      assert.match(res.body, /id="f-organisations-0--role" aria-invalid="true" aria-describedby="f-organisations-0--role-error"/);
      assert.match(res.body, /value="Connected schools &lt;b>map&lt;\/b>"/, 'typed text kept, escaped');
      assert.match(res.body, /value="pas une adresse"/);
      assert.match(res.body, /value="FJI" selected/);
      assert.match(res.body, /value="4" checked/);
      assert.match(res.body, /value="2" checked/);
    });

    it('adds rows without saving or losing anything', async () => {
      const before = await count();
      const res = await post('/en/initiatives/new', { ...COMPLETE, 'organisations[0].id': orgId, 'organisations[1].id': '', 'add-row': 'organisations' });
      assert.equal(res.statusCode, 200);
      assert.equal(await count(), before);
      assert.match(res.body, /name="organisations\[3\]\.id"/);
      assert.doesNotMatch(res.body, /name="organisations\[4\]\.id"/);
      assert.match(res.body, /value="Cartographie des écoles connectées"/);
    });

    it('previews the record above the form and saves nothing', async () => {
      const before = await count();
      const res = await post('/en/initiatives/new', { ...COMPLETE, intent: 'preview' });
      assert.equal(res.statusCode, 200);
      assert.equal(await count(), before);
      assert.match(res.body, /Preview: nothing is saved yet/);
      assert.match(res.body, /<article class="record">[\s\S]*Cartographie des écoles connectées[\s\S]*Target 4\.a/);
    });

    it('saves a draft, submits it after the duplicates are looked at, and a moderator publishes it', async () => {
      const similar = await t.services.initiatives.create(CLI_ACTOR, { title: { fr: 'Cartographie des écoles connectées du Pacifique' }, summary: { en: 'Known.' }, kind: 'project', status: 'closed', countries: ['FJI'] }, { state: 'published' });
      const saved = await post('/fr/initiatives/new', { ...COMPLETE, intent: 'draft' });
      assert.equal(saved.statusCode, 303, saved.body);
      const edit = saved.headers.location as string;
      const id = /\/fr\/initiatives\/(\w+)\/edit\?notice=draft-saved$/.exec(edit)?.[1];
      assert.ok(id, edit);
      const record = await t.services.initiatives.get(CLI_ACTOR, id);
      assert.equal(record.workflowState, 'draft');
      assert.equal(record.provenance.source, 'form');
      const target = record.classifications.find((c) => c.scheme === 'sdg-target');
      assert.deepEqual([target?.code, target?.source, target?.evidenceText], ['4.a', 'self', 'Des écoles équipées']);

      const page = await get(edit, contributor);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /value="Cartographie des écoles connectées"/, 'the edit form shows the record');
      assert.match(page.body, new RegExp(`href="/fr/initiatives/${similar.id}"`), 'the probable duplicate is linked');

      const first = await post(`/fr/initiatives/${id}/edit`, { ...COMPLETE, 'summary.en': 'Connect every school.', intent: 'submit' });
      assert.equal(first.statusCode, 303);
      assert.equal(first.headers.location, `/fr/initiatives/${id}/edit?notice=check-duplicates`);
      const held = await t.services.initiatives.get(CLI_ACTOR, id);
      assert.equal(held.workflowState, 'draft', 'not submitted while duplicates are unchecked');
      assert.equal(held.summary.en, 'Connect every school.', 'but the changes are saved');
      assert.match((await get(first.headers.location as string, contributor)).body, /name="notDuplicate" value="yes"/);

      const submitted = await post(`/fr/initiatives/${id}/edit`, { ...COMPLETE, notDuplicate: 'yes', intent: 'submit' });
      assert.equal(submitted.statusCode, 303);
      assert.equal(submitted.headers.location, `/fr/initiatives/${id}/history`);
      assert.equal((await t.services.initiatives.get(CLI_ACTOR, id)).workflowState, 'submitted');
      assert.equal((await get(`/fr/initiatives/${id}/edit`, contributor)).statusCode, 403, 'a submitted record is the moderators’ now');

      const queue = await get('/en/moderation', moderator);
      assert.match(queue.body, new RegExp(`href="/en/initiatives/${id}/history#dups">1 possible duplicate<`), 'flagged to moderators');

      assert.equal((await get(`/en/initiatives/${id}`)).statusCode, 404, 'not public yet');
      const published = await post(`/en/initiatives/${id}/review`, { action: 'publish' }, moderator);
      assert.equal(published.statusCode, 303);
      const pub = await get(`/en/initiatives/${id}`);
      assert.equal(pub.statusCode, 200);
      assert.match(pub.body, /Cartographie des écoles connectées/);
    });

    it('submits straight away when there is no probable duplicate, and edits follow the access module', async () => {
      const res = await post('/en/initiatives/new', { ...COMPLETE, 'title.fr': 'Un titre sans pareil', countries: ['BTN'], intent: 'submit' });
      assert.equal(res.statusCode, 303);
      const id = /\/en\/initiatives\/(\w+)\/history$/.exec(res.headers.location as string)?.[1];
      assert.ok(id, res.headers.location as string);
      assert.equal((await t.services.initiatives.get(CLI_ACTOR, id)).workflowState, 'submitted');
      const other = await agentFor(t.app, t.services, 'contributor');
      assert.equal((await get(`/en/initiatives/${id}/edit`, other)).statusCode, 404, 'another contributor does not see it');
      const mod = await get(`/en/initiatives/${id}/edit`, moderator);
      assert.equal(mod.statusCode, 200, 'moderators edit anything');
      assert.doesNotMatch(mod.body, /value="submit"/, 'no submit button for a record already submitted');
    });

    it('clears an emptied budget, scope and licence: gone from the page, removed in the history', async () => {
      const withBudget = { ...COMPLETE, 'title.fr': 'Budget à effacer', countries: ['TUV'], scope: 'national', licence: 'MIT', 'budget.amount': '25000', 'budget.currency': 'usd', intent: 'draft' };
      const saved = await post('/en/initiatives/new', withBudget, moderator);
      assert.equal(saved.statusCode, 303, saved.body);
      const id = /\/initiatives\/(\w+)\/edit/.exec(saved.headers.location as string)![1]!;
      await t.services.initiatives.transition(CLI_ACTOR, id, 'publish');
      assert.match((await get(`/en/initiatives/${id}`)).body, /<dt>Budget<\/dt><dd>\$25,000<\/dd>/);
      const form = await get(`/en/initiatives/${id}/edit`, moderator);
      assert.match(form.body, /name="budget\.amount" value="25000"/, 'the edit form shows the budget');

      const cleared = await post(`/en/initiatives/${id}/edit`, { ...withBudget, scope: '', licence: '', 'budget.amount': '', 'budget.currency': '' }, moderator);
      assert.equal(cleared.statusCode, 303, cleared.body);
      const record = await t.services.initiatives.get(CLI_ACTOR, id);
      assert.deepEqual([record.budget, record.scope, record.licence], [undefined, undefined, undefined]);
      const page = (await get(`/en/initiatives/${id}`)).body;
      assert.doesNotMatch(page, /<dt>Budget<\/dt>|<dt>Scope<\/dt>|spdx\.org/);
      const history = (await get(`/en/initiatives/${id}/history`)).body;
      assert.match(history, /<dt>Budget<\/dt><dd><del>amount: 25000<\/del><del>currency: USD<\/del><\/dd>/, 'the removal is shown');
      assert.match(history, /<dt>Geographic scope<\/dt><dd><del>national<\/del><\/dd>/);
    });

    it('refuses the form without its CSRF token', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/en/initiatives/new', payload: encode({ ...COMPLETE, intent: 'draft' }), headers: { cookie: contributor.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(res.statusCode, 403);
    });

    it('shows freshness badges on cards and pages, and filters the list by freshness', async () => {
      const months = (n: number) => {
        const d = new Date();
        d.setUTCMonth(d.getUTCMonth() - n);
        return d.toISOString().slice(0, 10);
      };
      const base = { summary: { en: 'Old.' }, kind: 'project', status: 'closed', countries: ['TUV'] };
      const stale = await t.services.initiatives.create(CLI_ACTOR, { ...base, title: { en: 'Stale record' }, lastVerified: months(13) }, { state: 'published' });
      const gone = await t.services.initiatives.create(CLI_ACTOR, { ...base, title: { en: 'Very old record' }, lastVerified: months(30) }, { state: 'published' });
      const fresh = await t.services.initiatives.create(CLI_ACTOR, { ...base, title: { en: 'Fresh record' }, lastVerified: months(1) }, { state: 'published' });
      assert.match((await get(`/en/initiatives/${stale.id}`)).body, /class="badge badge-needs-update"[^>]*>Needs update</);
      assert.match((await get(`/en/initiatives/${gone.id}`)).body, /class="badge badge-possibly-inactive"[^>]*>Possibly inactive</);
      // Only the record itself: its similar initiatives below may be stale.
      const article = (await get(`/en/initiatives/${fresh.id}`)).body.split('</article>')[0]!;
      assert.doesNotMatch(article, /badge-needs-update|badge-possibly-inactive/);
      const list = await get('/en/initiatives?country=TUV&freshness=needs-update');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /<select id="f-freshness" name="freshness">/);
      assert.match(list.body, /Stale record/);
      assert.doesNotMatch(list.body, /Very old record|Fresh record/);
      assert.match(list.body, /badge-needs-update/, 'the card has the badge');
    });
  });
}
