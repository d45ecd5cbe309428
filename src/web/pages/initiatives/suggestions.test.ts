import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';

for (const db of testDatabases()) {
  describe(`machine suggestions on the initiative page on ${db}`, () => {
    let t: TestApp;
    let id: string;
    before(async () => {
      t = await testApp(db);
      const record = await t.services.initiatives.create(CLI_ACTOR, {
        title: { fr: 'Télémédecine pour les cliniques rurales' },
        summary: { fr: 'Des consultations de santé par vidéo relient les centres de santé ruraux aux hôpitaux grâce au haut débit mobile.' },
        originalLang: 'fr',
        kind: 'project',
        status: 'implementation',
        countries: ['SEN'],
      });
      id = record.id;
      await t.services.initiatives.transition(CLI_ACTOR, id, 'publish');
    });
    after(() => t.close());

    const form = (path: string, body: string, headers: Record<string, string> = auth) =>
      t.app.inject({ method: 'POST', url: `/fr/initiatives/${id}${path}`, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: body });

    it('asks for suggestions with a POST form, then shows them with accept and reject buttons to who may decide', async () => {
      const asked = await form('/suggestions', '');
      assert.equal(asked.statusCode, 303);
      assert.equal(asked.headers.location, `/fr/initiatives/${id}#suggestions`);
      const page = await t.app.inject({ url: `/fr/initiatives/${id}`, headers: auth });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h2 id="suggestions">Suggestions automatiques<\/h2>/);
      assert.match(page.body, /name="scheme" value="sdg-goal"\/><input type="hidden" name="code" value="3"\/>/);
      assert.match(page.body, /<q>santé<\/q>|<q>Télémédecine<\/q>/);
      assert.match(page.body, /<button type="submit" name="accept" value="true">Accepter<\/button>/);
    });

    it('hides pending suggestions from readers who may not decide', async () => {
      const page = await t.app.inject({ url: `/fr/initiatives/${id}` });
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /id="suggestions"/);
      assert.doesNotMatch(page.body, /non confirmé|not confirmed yet/);
    });

    it('accepts a suggestion from the form, which then shows as a confirmed claim', async () => {
      const decided = await form('/suggestions/decide', 'scheme=sdg-goal&code=3&accept=true');
      assert.equal(decided.statusCode, 303, decided.body);
      const record = await t.services.initiatives.get(CLI_ACTOR, id);
      assert.ok(record.classifications.find((c) => c.code === '3' && c.scheme === 'sdg-goal')?.confirmedAt);
      const page = await t.app.inject({ url: `/fr/initiatives/${id}` });
      assert.match(page.body, /href="\/fr\/sdgs\/3"/);
    });

    it('refuses the forms to anonymous visitors', async () => {
      const res = await form('/suggestions/decide', 'scheme=sdg-goal&code=3&accept=true', {});
      assert.equal(res.statusCode, 401);
    });
  });
}
