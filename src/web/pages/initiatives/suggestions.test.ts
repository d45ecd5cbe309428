import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../../../test/helpers/agents.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';

for (const db of testDatabases()) {
  describe(`machine suggestions on the initiative page on ${db}`, () => {
    let t: TestApp;
    let id: string;
    let author: Agent;
    let other: Agent;
    before(async () => {
      t = await testApp(db);
      author = await agentFor(t.app, t.services, 'contributor');
      other = await agentFor(t.app, t.services, 'contributor');
      const record = await t.services.initiatives.create({ id: author.userId, role: 'contributor', label: 'author' }, {
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
    const page = (agent?: Agent) => t.app.inject({ url: `/fr/initiatives/${id}`, headers: agent ? { cookie: agent.cookie } : {} });
    after(() => t.close());

    const form = (path: string, fields: Record<string, string>, agent: Agent = author) =>
      t.app.inject({ method: 'POST', url: `/fr/initiatives/${id}${path}`, headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ ...fields, _csrf: agent.csrf }).toString() });

    it('asks for suggestions with a POST form, then shows them with accept and reject buttons to who may decide', async () => {
      const asked = await form('/suggestions', {});
      assert.equal(asked.statusCode, 303);
      assert.equal(asked.headers.location, `/fr/initiatives/${id}#suggestions`);
      const shown = await page(author);
      assert.equal(shown.statusCode, 200);
      assert.match(shown.body, /<h2 id="suggestions">Suggestions automatiques<\/h2>/);
      assert.match(shown.body, /name="scheme" value="sdg-goal"\/><input type="hidden" name="code" value="3"\/>/);
      assert.match(shown.body, /<q>santé<\/q>|<q>Télémédecine<\/q>/);
      assert.match(shown.body, /<button type="submit" name="accept" value="true">Accepter<\/button>/);
      assert.match(shown.body, /name="_csrf" value="[^"]+"/);
    });

    it('hides pending suggestions from readers who may not decide', async () => {
      for (const res of [await page(), await page(other)]) {
        assert.equal(res.statusCode, 200);
        assert.doesNotMatch(res.body, /id="suggestions"/);
        assert.doesNotMatch(res.body, /name="code" value="3"/);
      }
    });

    it('accepts a suggestion from the form, which then shows as a confirmed claim', async () => {
      const decided = await form('/suggestions/decide', { scheme: 'sdg-goal', code: '3', accept: 'true' });
      assert.equal(decided.statusCode, 303, decided.body);
      const record = await t.services.initiatives.get(CLI_ACTOR, id);
      assert.ok(record.classifications.find((c) => c.code === '3' && c.scheme === 'sdg-goal')?.confirmedAt);
      assert.match((await page()).body, /href="\/fr\/sdgs\/3"/);
    });

    it('refuses the forms to other contributors and forms without their CSRF token', async () => {
      assert.equal((await form('/suggestions', {}, other)).statusCode, 403);
      const noToken = await t.app.inject({ method: 'POST', url: `/fr/initiatives/${id}/suggestions`, headers: { cookie: author.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
      assert.equal(noToken.statusCode, 403);
    });
  });
}
