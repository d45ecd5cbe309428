import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../../../test/helpers/agents.ts';
import { encodeForm, type FormFields } from '../../../../test/helpers/form.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';
import { unitOfWork } from '../../../store/unit-of-work.ts';

type Fields = FormFields;
const encode = encodeForm;

// A French text about telemedicine over mobile broadband: the classifier suggests SDG 3 (and more).
const TYPED: Fields = {
  originalLang: 'fr',
  'title.fr': 'Télémédecine pour les cliniques rurales',
  'summary.fr': 'Des consultations de santé par vidéo relient les centres de santé ruraux aux hôpitaux grâce au haut débit mobile.',
  kind: 'project',
  status: 'implementation',
  countries: ['SEN'],
};

for (const db of testDatabases()) {
  describe(`machine suggestions in the initiative form on ${db}`, () => {
    let t: TestApp;
    let contributor: Agent;
    let moderator: Agent;
    before(async () => {
      t = await testApp(db);
      contributor = await agentFor(t.app, t.services, 'contributor');
      moderator = await agentFor(t.app, t.services, 'moderator');
    });
    after(() => t.close());

    const post = (url: string, fields: Fields, agent: Agent = contributor) =>
      t.app.inject({ method: 'POST', url, payload: encode({ ...fields, _csrf: agent.csrf }), headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    const offeredIn = (html: string) => [...html.matchAll(/name="machineOffered" value="([^"]+)"/g)].map((m) => m[1]!);

    it('re-renders the new form with unticked suggestions, their score and quoted phrases, saving nothing', async () => {
      const before = (await t.services.initiatives.list(CLI_ACTOR, {})).total;
      const res = await post('/fr/initiatives/new', { ...TYPED, intent: 'suggest' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h2 id="form-suggestions">Suggestions automatiques<\/h2>/);
      assert.match(res.body, /<input type="checkbox" id="machine-sdg-goal-3" name="machineAccepted" value="sdg-goal:3"/);
      assert.doesNotMatch(res.body, /value="sdg-goal:3" checked/);
      assert.match(res.body, /<q><mark>(santé|Télémédecine)<\/mark><\/q>/);
      assert.match(res.body, /Suggéré automatiquement · score \d+/);
      assert.match(res.body, /value="Télémédecine pour les cliniques rurales"|>Télémédecine pour les cliniques rurales</, 'what was typed is kept');
      assert.equal((await t.services.initiatives.list(CLI_ACTOR, {})).total, before);
    });

    it('leaves out what the form already links', async () => {
      const res = await post('/fr/initiatives/new', { ...TYPED, sdgGoals: ['3'], intent: 'suggest' });
      assert.ok(!offeredIn(res.body).includes('sdg-goal:3'));
    });

    it('saves ticked suggestions as machine links confirmed by the submitter and records the others as rejections', async () => {
      const offered = offeredIn((await post('/fr/initiatives/new', { ...TYPED, intent: 'suggest' })).body);
      assert.ok(offered.length >= 2, `offered: ${offered}`);
      const rejected = offered.find((k) => k !== 'sdg-goal:3')!;
      const saved = await post('/fr/initiatives/new', { ...TYPED, machineOffered: offered, machineAccepted: ['sdg-goal:3'], intent: 'draft' });
      assert.equal(saved.statusCode, 303, saved.body);
      const id = /initiatives\/([^/]+)\/edit/.exec(saved.headers.location as string)![1]!;
      const record = await t.services.initiatives.get(CLI_ACTOR, id);
      const link = record.classifications.find((c) => c.scheme === 'sdg-goal' && c.code === '3')!;
      assert.equal(link.source, 'machine');
      assert.equal(link.confirmedBy, contributor.userId);
      assert.ok(link.confidence! > 0 && link.evidenceText, 'score and phrases of the saved text');
      assert.ok(!record.classifications.some((c) => `${c.scheme}:${c.code}` === rejected));
      const decisions = await unitOfWork(t.services.store.db).classifier.decisions(id);
      assert.deepEqual(decisions.map((d) => [`${d.scheme}:${d.code}`, d.accepted]).sort(), offered.map((k) => [k, k === 'sdg-goal:3']).sort());
      // A rejected suggestion is not offered again on the edit form.
      const again = await post(`/fr/initiatives/${id}/edit`, { ...TYPED, intent: 'suggest' });
      assert.equal(again.statusCode, 200);
      assert.ok(!offeredIn(again.body).includes(rejected));
      // Moderators see where the link came from: the machine, accepted by the submitter.
      const queue = await t.app.inject({ url: '/fr/moderation?state=draft', headers: { cookie: moderator.cookie } });
      assert.match(queue.body, /1 acceptée/);
      const page = await t.app.inject({ url: `/fr/initiatives/${id}`, headers: { cookie: moderator.cookie } });
      assert.match(page.body, /Suggéré automatiquement, accepté par l’auteur/);
    });

    it('keeps the offered suggestions and the ticks when the form comes back with errors', async () => {
      const res = await post('/fr/initiatives/new', { ...TYPED, kind: 'nope', machineOffered: ['sdg-goal:3'], machineAccepted: ['sdg-goal:3'], intent: 'draft' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /value="sdg-goal:3" checked/);
    });

    it('saves the record and its suggestion decisions as one unit: when the decisions are refused, the edit is not kept', async () => {
      // An organisation's editor may edit its records but not decide their suggestions (their author and moderators do).
      const org = await t.services.organisations.create(CLI_ACTOR, { name: { en: 'Senegal Digital' }, type: '10', country: 'SEN' });
      const record = await t.services.initiatives.create(CLI_ACTOR, { title: { fr: 'Télémédecine' }, summary: { fr: 'Des consultations de santé par vidéo.' }, kind: 'project', status: 'implementation', countries: ['SEN'], organisations: [{ id: org.id, role: 'lead' }] }, { state: 'published' });
      const editor = await agentFor(t.app, t.services, 'org-editor', [org.id]);
      const fields = { ...TYPED, 'title.fr': 'Télémédecine, titre changé', 'organisations[0].id': org.id, 'organisations[0].role': 'lead' };
      const res = await post(`/fr/initiatives/${record.id}/edit`, { ...fields, machineOffered: ['sdg-goal:3'], machineAccepted: ['sdg-goal:3'], intent: 'draft' }, editor);
      assert.equal(res.statusCode, 403, res.body.slice(0, 300));
      const after = await t.services.initiatives.get(CLI_ACTOR, record.id);
      assert.deepEqual([after.title.fr, after.version], ['Télémédecine', record.version], 'the edit was rolled back with the refused decisions');
      assert.deepEqual(await unitOfWork(t.services.store.db).classifier.decisions(record.id), []);
      const plain = await post(`/fr/initiatives/${record.id}/edit`, { ...fields, intent: 'draft' }, editor);
      assert.equal(plain.statusCode, 303, 'the same edit without suggestion choices goes through');
      assert.equal((await t.services.initiatives.get(CLI_ACTOR, record.id)).title.fr, 'Télémédecine, titre changé');
    });

    it('runs a step given to create in the same transaction: if it fails, the new record is not kept', async () => {
      const before = (await t.services.initiatives.list(CLI_ACTOR, { limit: 100 })).total;
      const input = { title: { en: 'Never saved' }, summary: { en: 'Rolled back.' }, kind: 'project', status: 'pipeline', countries: ['SEN'] };
      let seen: string | undefined;
      await assert.rejects(
        t.services.initiatives.create(CLI_ACTOR, input, {
          afterSave: async (stores, saved) => {
            seen = (await stores.initiatives.get(saved.id))?.title.en;
            throw new Error('the step failed');
          },
        }),
        /the step failed/,
      );
      assert.equal(seen, 'Never saved', 'the step sees the record written in its transaction');
      assert.equal((await t.services.initiatives.list(CLI_ACTOR, { limit: 100 })).total, before);
    });

    it('refuses a suggestion key that names no scheme, before anything is saved', async () => {
      const before = (await t.services.initiatives.list(CLI_ACTOR, {})).total;
      const res = await post('/fr/initiatives/new', { ...TYPED, machineOffered: ['nonsense'], intent: 'draft' });
      assert.equal(res.statusCode, 400);
      assert.equal((await t.services.initiatives.list(CLI_ACTOR, {})).total, before);
    });
  });
}
