import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { unitOfWork } from '../../../store/unit-of-work.ts';

const GIRLS_CODING = {
  title: { en: 'Coding clubs for girls' },
  summary: { en: 'After-school coding clubs teach girls programming and digital skills in rural secondary schools, with mobile broadband provided to each school.' },
  kind: 'project',
  status: 'implementation',
  countries: ['KEN'],
  sdgGoals: [4],
};

for (const db of testDatabases()) {
  describe(`classify API on ${db}`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db, { config: { rateLimitClassifyPerMinute: 5 } });
    });
    after(() => t.close());

    const create = async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: auth, payload: GIRLS_CODING });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };

    it('classifies a text for anonymous callers, with evidence phrases from the text', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/classify', payload: { text: 'Des cours de programmation pour les filles dans les écoles rurales', lang: 'fr' } });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.lang, 'fr');
      const goals = body.sdgs.filter((s: any) => !s.target).map((s: any) => s.goal);
      assert.ok(goals.includes(4) && goals.includes(5), JSON.stringify(body.sdgs));
      for (const s of body.sdgs) for (const phrase of s.evidence) assert.ok(body.sdgs && 'Des cours de programmation pour les filles dans les écoles rurales'.toLowerCase().includes(phrase.toLowerCase()), phrase);
      assert.deepEqual(Object.keys(body).sort(), ['lang', 'sdgs', 'technologies', 'wsis']);
    });

    it('names every bad field: missing text, a language outside our six, unknown fields', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/classify', payload: { lang: 'de', extra: 1 } });
      assert.equal(res.statusCode, 400);
      const fields = res.json().errors.map((e: any) => e.field).sort();
      assert.deepEqual(fields, ['extra', 'lang', 'text']);
      const long = await t.app.inject({ method: 'POST', url: '/api/v1/classify', payload: { text: 'x'.repeat(20_001) } });
      assert.equal(long.statusCode, 400);
      assert.equal(long.json().errors[0].code, 'too-long');
    });

    it('limits classify requests per client with its own setting', async () => {
      let last = 0;
      for (let i = 0; i < 6; i++) last = (await t.app.inject({ method: 'POST', url: '/api/v1/classify', remoteAddress: '10.9.9.9', payload: { text: 'solar energy' } })).statusCode;
      assert.equal(last, 429);
    });

    it('stores suggestions as unconfirmed machine links that filters and convenience arrays ignore', async () => {
      const id = await create();
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${id}/suggestions`, headers: auth });
      assert.equal(res.statusCode, 200, res.body);
      const { added, initiative } = res.json();
      assert.ok(added.some((l: any) => l.scheme === 'sdg-goal' && l.code === '9'), JSON.stringify(added));
      assert.ok(added.some((l: any) => l.scheme === 'technology' && l.code === 'broadband'), JSON.stringify(added));
      assert.ok(!added.some((l: any) => l.scheme === 'sdg-goal' && l.code === '4'), 'a goal already linked is not suggested again');
      for (const l of added) {
        assert.equal(l.source, 'machine');
        assert.ok(l.confidence > 0 && l.confidence <= 1);
        assert.ok(l.evidenceText);
      }
      assert.deepEqual(initiative.sdgGoals, [4]);
      const again = await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${id}/suggestions`, headers: auth });
      assert.deepEqual(again.json().added, [], 'asking twice adds nothing');
      assert.equal(again.json().initiative.version, initiative.version);
    });

    it('accepts a suggestion as a claim and rejects one for good, writing a version each time', async () => {
      const id = await create();
      const suggested = (await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${id}/suggestions`, headers: auth })).json();
      const other = suggested.added.find((l: any) => !(l.scheme === 'sdg-goal' && l.code === '9'));
      assert.ok(other, JSON.stringify(suggested.added));
      const decide = (body: object) => t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${id}/suggestions/decide`, headers: auth, payload: body });

      const accepted = await decide({ scheme: 'sdg-goal', code: '9', accept: true });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.deepEqual(accepted.json().sdgGoals, [4, 9]);
      const link = accepted.json().classifications.find((c: any) => c.scheme === 'sdg-goal' && c.code === '9');
      assert.equal(link.confirmedBy, 'admin-token');
      assert.equal(accepted.json().version, suggested.initiative.version + 1);

      const rejected = await decide({ scheme: other.scheme, code: other.code, accept: false });
      assert.equal(rejected.statusCode, 200, rejected.body);
      assert.ok(!rejected.json().classifications.some((c: any) => c.scheme === other.scheme && c.code === other.code));
      const decisions = await unitOfWork(t.services.store.db).classifier.decisions(id);
      assert.deepEqual(decisions.map((d: any) => [d.code, d.accepted]), [['9', true], [other.code, false]]);
      assert.match(decisions[1].text, /Coding clubs for girls/);

      assert.equal((await decide({ scheme: other.scheme, code: other.code, accept: true })).statusCode, 409, 'a decided suggestion cannot be decided again');
      const resuggest = await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${id}/suggestions`, headers: auth });
      assert.ok(!resuggest.json().added.some((l: any) => l.scheme === other.scheme && l.code === other.code), 'a rejected code is not suggested again');
      const history = (await t.app.inject({ url: `/api/v1/initiatives/${id}/history`, headers: auth })).json();
      assert.deepEqual(history.versions.map((v: any) => v.changedFields.join()).slice(-3), ['classifications', 'classifications', 'classifications']);
    });

    it('refuses suggestions to anonymous callers and bad decisions with every field named', async () => {
      const id = await create();
      assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${id}/suggestions` })).statusCode, 401);
      const bad = await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${id}/suggestions/decide`, headers: auth, payload: { scheme: 'colour', accept: 'yes' } });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(bad.json().errors.map((e: any) => e.field).sort(), ['accept', 'code', 'scheme']);
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/initiatives/nope/suggestions', headers: auth })).statusCode, 404);
    });
  });
}
