import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../../../test/helpers/agents.ts';
import { encodeForm, formClient, type FormFields } from '../../../../test/helpers/form.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';

const HOSTILE = '<script>alert("x")</script> & <b>bold</b>';
const FULL = { name: { en: 'Pacific Digital Agency', fr: 'Agence numérique du Pacifique' }, type: '10', country: 'FJI', website: 'https://pda.example.org', iatiId: 'XM-PDA-1', ituMembership: 'sector-member', aliases: ['PDA'] };

for (const db of testDatabases()) {
  describe(`organisation page, history and edit form on ${db}`, () => {
    let t: TestApp;
    let editor: Agent;
    let contributor: Agent;
    let moderator: Agent;
    let id: string;
    before(async () => {
      t = await testApp(db);
      id = (await t.services.organisations.create(CLI_ACTOR, FULL)).id;
      editor = await agentFor(t.app, t.services, 'org-editor', [id]);
      contributor = await agentFor(t.app, t.services, 'contributor');
      moderator = await agentFor(t.app, t.services, 'moderator');
    });
    after(() => t.close());

    const client = () => formClient(t.app, () => editor);
    const post = (url: string, fields: FormFields, agent?: Agent) => client().post(url, fields, agent);
    const get = (url: string, agent?: Agent) => client().get(url, agent);
    const form = async (agent: Agent = editor): Promise<FormFields> => {
      const res = await get(`/en/organisations/${id}/edit`, agent);
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      const fields: FormFields = {};
      for (const m of res.body.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) if (m[1] !== '_csrf') fields[m[1]!] = m[2]!.replace(/&amp;/g, '&');
      for (const m of res.body.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) fields[m[1]!] = /<option value="([^"]*)" selected/.exec(m[2]!)?.[1] ?? '';
      fields.aliases = /<textarea[^>]*name="aliases"[^>]*>([^<]*)<\/textarea>/.exec(res.body)?.[1] ?? '';
      return fields;
    };

    it('shows the history on the organisation page, and an edit link only to those who may edit', async () => {
      const page = await get(`/en/organisations/${id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h2 id="history">History<\/h2>/);
      assert.match(page.body, /Version 1, [^<]+, by cli/);
      assert.match(page.body, /First version: Name, Type, Country, [^<]*Other names and acronyms/, 'fields by their names, not their keys');
      assert.doesNotMatch(page.body, /First version: [^<]*ituMembership/);
      assert.doesNotMatch(page.body, /\/edit"/, 'no edit link for visitors');
      assert.doesNotMatch((await get(`/en/organisations/${id}`, contributor)).body, /\/edit"/, 'nor for contributors who did not create it');
      assert.match((await get(`/en/organisations/${id}`, editor)).body, new RegExp(`href="/en/organisations/${id}/edit">Edit this organisation<`));
      const fr = (await get(`/fr/organisations/${id}`)).body;
      assert.match(fr, /<h2 id="history">Historique<\/h2>/, 'in the reader’s language');
      assert.match(fr, /Autres noms et sigles/, 'field names too');
    });

    it('lets the organisation’s editor change it: emptied fields are cleared, and the history shows each change', async () => {
      const fields = await form();
      assert.deepEqual([fields['name.fr'], fields.country, fields.website, fields.ituMembership, fields.aliases], ['Agence numérique du Pacifique', 'FJI', 'https://pda.example.org', 'sector-member', 'PDA'], 'the form shows the record');
      const saved = await post(`/en/organisations/${id}/edit`, { ...fields, 'name.fr': 'Office numérique du Pacifique', website: '', iatiId: ' ', aliases: 'PDA\nOffice PDN\n' });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
      assert.equal(saved.headers.location, `/en/organisations/${id}/edit?notice=saved`);
      assert.match((await get(saved.headers.location as string, editor)).body, /role="status">Your changes are saved\./);
      const org = await t.services.organisations.get(id);
      assert.deepEqual([org.name.fr, org.website, org.iatiId, org.aliases, org.ituMembership], ['Office numérique du Pacifique', undefined, undefined, ['PDA', 'Office PDN'], 'sector-member']);

      const page = (await get(`/en/organisations/${id}`)).body;
      assert.doesNotMatch(page, /<a href="https:\/\/pda\.example\.org"/, 'the website is gone from the page');
      assert.match(page, /Version 2, [^<]+, by /);
      assert.match(page, /<dt>Website<\/dt><dd><del>https:\/\/pda\.example\.org<\/del><\/dd>/, 'the removal is shown');
      assert.match(page, /<dt>Name<\/dt><dd><del>fr: Agence numérique du Pacifique<\/del><ins>fr: Office numérique du Pacifique<\/ins><\/dd>/);

      const again = await post(`/en/organisations/${id}/edit`, await form());
      assert.equal(again.statusCode, 303);
      assert.equal((await t.app.inject({ url: `/api/v1/organisations/${id}/history` })).json().versions.length, 2, 'saving the form unchanged writes no version');
    });

    it('re-renders errors in the reader’s language, tied to their fields, with what was typed escaped and kept', async () => {
      const fields = await form(moderator);
      const res = await post(`/fr/organisations/${id}/edit`, { ...fields, 'name.en': '', 'name.fr': '', aliases: HOSTILE, originalLang: 'en', website: 'pas une adresse', country: 'ZZZ' }, moderator);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /class="error-summary"/);
      assert.match(res.body, /id="f-name-en"[^>]*aria-invalid="true"/, 'an empty name lands on the original language');
      assert.match(res.body, /id="f-website"[^>]*aria-invalid="true"[^>]*aria-describedby="f-website-error"/);
      assert.match(res.body, /id="f-website-error">Le format attendu n’est pas respecté\./);
      assert.ok(!res.body.includes('<script>alert'), 'escaped');
      assert.match(res.body, /&lt;script>alert\(&quot;x&quot;\)&lt;\/script> &amp; &lt;b>bold/, 'and kept');
      assert.match(res.body, /id="f-country"[^>]*aria-invalid="true"/, 'every bad field at once');
      assert.deepEqual((await t.services.organisations.get(id)).aliases, ['PDA', 'Office PDN'], 'nothing saved');
    });

    it('adds an organisation from the form: a contributor may, errors come back in the reader’s language, and nothing half-made is kept', async () => {
      const empty = await get('/ar/organisations/new', contributor);
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /<h1>إضافة منظمة<\/h1>/);
      assert.match(empty.body, /<option value="ar" selected/, 'the reader’s language is the first guess of the original one');
      const before = (await t.services.organisations.list()).total;
      const bad = await post('/fr/organisations/new', { originalLang: 'fr', 'name.fr': '', type: '', website: 'pas une adresse' }, contributor);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="f-name-fr"[^>]*aria-invalid="true"/);
      assert.match(bad.body, /id="f-website-error">Le format attendu n’est pas respecté\./);
      assert.equal((await t.services.organisations.list()).total, before, 'nothing saved');
      const made = await post('/fr/organisations/new', { originalLang: 'fr', 'name.fr': 'Autorité de régulation des télécoms', 'name.en': '', type: '10', country: 'SEN', website: '', iatiId: '', ituMembership: '', aliases: 'ARTP\n' }, contributor);
      assert.equal(made.statusCode, 303, made.body.slice(0, 500));
      const newId = /\/fr\/organisations\/([^/]+)$/.exec(made.headers.location as string)?.[1];
      const org = await t.services.organisations.get(newId!);
      assert.deepEqual([org.name, org.aliases, org.website, org.createdBy], [{ fr: 'Autorité de régulation des télécoms' }, ['ARTP'], undefined, contributor.userId]);
      assert.match((await get(made.headers.location as string, contributor)).body, /Modifier cette organisation/, 'whoever created it may edit it');
      assert.equal((await get('/en/organisations/new')).statusCode, 401, 'not for anonymous visitors');
    });

    it('follows the access module and needs its CSRF token', async () => {
      assert.equal((await get(`/en/organisations/${id}/edit`)).statusCode, 401);
      assert.equal((await get(`/en/organisations/${id}/edit`, contributor)).statusCode, 403);
      assert.equal((await post(`/en/organisations/${id}/edit`, { 'name.en': 'Taken over', originalLang: 'en', type: '10' }, contributor)).statusCode, 403);
      assert.equal((await get('/en/organisations/nope/edit', moderator)).statusCode, 404);
      const noToken = await t.app.inject({ method: 'POST', url: `/en/organisations/${id}/edit`, payload: encodeForm({ 'name.en': 'No token', originalLang: 'en', type: '10' }), headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(noToken.statusCode, 403);
      assert.notEqual((await t.services.organisations.get(id)).name.en, 'No token');
    });
  });
}
