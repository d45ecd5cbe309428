import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { seedFilterFixtures } from '../../../../test/fixtures/initiatives.ts';

const MINIMAL = {
  title: { en: 'Village water sensors' },
  summary: { en: 'IoT sensors report water levels.' },
  kind: 'project',
  status: 'implementation',
  countries: ['FJI'],
  technologies: ['internet-of-things'],
  sdgTargets: ['6.1'],
};

for (const db of testDatabases()) {
  describe(`initiatives API on ${db}`, () => {
    let t: TestApp;
    let f: Awaited<ReturnType<typeof seedFilterFixtures>>;
    before(async () => {
      t = await testApp(db);
      f = await seedFilterFixtures(t.services);
    });
    after(() => t.close());

    const list = async (query: string) => {
      const res = await t.app.inject({ url: `/api/v1/initiatives?${query}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { items: { id: string }[]; total: number; page: number; limit: number };
    };
    const ids = async (query: string) => (await list(query)).items.map((i) => i.id).sort();

    it('lists only published records, with the convenience arrays', async () => {
      const body = await list('');
      assert.equal(body.total, 3);
      assert.equal(body.page, 1);
      const water = (body.items as any[]).find((i) => i.id === f.water.id);
      assert.deepEqual(water.countries, ['FJI', 'TUV']);
      assert.deepEqual(water.sdgGoals, [6]);
      assert.deepEqual(water.sdgTargets, ['6.1']);
      assert.deepEqual(water.technologies, ['internet-of-things']);
      assert.deepEqual(water.wsis, ['C7.e-environment']);
      assert.equal(water.classifications.find((c: any) => c.code === '6.1').evidenceText, 'Safe drinking water for 40 villages');
      assert.equal(water.organisations[0].role, 'lead');
    });

    it('filters by every filter', async () => {
      assert.deepEqual(await ids('sdg=6'), [f.water.id]);
      assert.deepEqual(await ids('sdg=2'), [f.ai.id], 'a goal linked directly');
      assert.deepEqual(await ids('sdg=9'), [f.ai.id], 'the goal of a linked target');
      assert.deepEqual(await ids('target=9.c'), [f.ai.id]);
      assert.deepEqual(await ids('technology=5g'), [f.fiveG.id]);
      assert.deepEqual(await ids('wsis=C7'), [f.ai.id, f.water.id].sort(), 'a line includes its sub-lines');
      assert.deepEqual(await ids('wsis=C7.e-agriculture'), [f.ai.id]);
      assert.deepEqual(await ids('country=TUV'), [f.water.id]);
      assert.deepEqual(await ids('group=LDC'), [f.ai.id, f.water.id].sort(), 'Nepal and Tuvalu are LDCs');
      assert.deepEqual(await ids('group=SIDS'), [f.water.id]);
      assert.deepEqual(await ids('group=LLDC'), [f.ai.id]);
      assert.deepEqual(await ids('region=009'), [f.water.id], 'M49 Oceania');
      assert.deepEqual(await ids('region=EUR'), [f.fiveG.id], 'ITU Europe');
      assert.deepEqual(await ids('status=closed'), [f.ai.id]);
      assert.deepEqual(await ids('kind=toolkit'), [f.fiveG.id]);
      assert.deepEqual(await ids('technology=internet-of-things&country=FJI'), [f.water.id], 'filters combine, the draft stays hidden');
      assert.deepEqual(await ids('sdg=6&country=NPL'), []);
    });

    it('paginates', async () => {
      const p1 = await list('limit=2');
      const p2 = await list('limit=2&page=2');
      assert.equal(p1.items.length, 2);
      assert.equal(p2.items.length, 1);
      assert.equal(p1.total, 3);
      assert.equal(new Set([...p1.items, ...p2.items].map((i) => i.id)).size, 3);
    });

    it('names every invalid filter in a problem document', async () => {
      const res = await t.app.inject({ url: '/api/v1/initiatives?sdg=18&limit=0&status=done&bogus=1' });
      assert.equal(res.statusCode, 400);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
      const fields = res.json().errors.map((e: { field: string }) => e.field).sort();
      assert.deepEqual(fields, ['bogus', 'limit', 'sdg', 'status']);
      const unknown = await t.app.inject({ url: '/api/v1/initiatives?country=ZZZ&group=XYZ&target=9.z&technology=warp-drive' });
      assert.equal(unknown.statusCode, 400);
      assert.deepEqual(unknown.json().errors.map((e: { field: string }) => e.field).sort(), ['country', 'group', 'target', 'technology']);
    });

    it('creates from the minimal body and answers 201 with the record', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: auth, payload: MINIMAL });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json();
      assert.equal(res.headers.location, `/api/v1/initiatives/${body.id}`);
      assert.deepEqual(body.title, MINIMAL.title);
      assert.deepEqual(body.countries, ['FJI']);
      assert.equal(body.classifications[0].source, 'self');
      assert.equal(body.workflowState, 'draft');
      const back = await t.app.inject({ url: `/api/v1/initiatives/${body.id}`, headers: auth });
      assert.deepEqual(back.json(), body);
    });

    it('refuses writes without the admin token (401 problem) and with a wrong one', async () => {
      for (const headers of [{}, { authorization: 'Bearer wrong-token-wrong-token' }]) {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', headers, payload: MINIMAL });
        assert.equal(res.statusCode, 401);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
      }
    });

    it('names every invalid field of a body, schema and vocabulary errors together', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/initiatives',
        headers: auth,
        payload: { title: { en: 'x', xx: 'y' }, summary: {}, kind: 'blog', countries: ['ZZZ'], sdgTargets: ['99.9'], technologies: ['warp'], dates: { plannedStart: '2024-02-30' }, extra: true },
      });
      assert.equal(res.statusCode, 400);
      const errors = res.json().errors as { field: string; code: string }[];
      const fields = errors.map((e) => e.field).sort();
      assert.deepEqual(fields, ['countries[0]', 'dates.plannedStart', 'extra', 'kind', 'sdgTargets[0]', 'status', 'summary', 'technologies[0]', 'title.xx']);
      assert.equal(errors.find((e) => e.field === 'countries[0]')!.code, 'unknown-code');
    });

    it('answers 404 problem for unknown ids and hides drafts from the public', async () => {
      for (const url of ['/api/v1/initiatives/nope', `/api/v1/initiatives/${f.draft.id}`]) {
        const res = await t.app.inject({ url });
        assert.equal(res.statusCode, 404);
        assert.equal(res.json().code, 'not-found');
      }
      assert.equal((await t.app.inject({ url: `/api/v1/initiatives/${f.draft.id}`, headers: auth })).statusCode, 200);
    });

    it('patches fields, keeps evidence of links that stay, and records versions', async () => {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/initiatives/${f.water.id}`, headers: auth, payload: { status: 'finalisation', sdgTargets: ['6.1', '6.4'] } });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.status, 'finalisation');
      assert.deepEqual(body.sdgTargets.sort(), ['6.1', '6.4']);
      assert.equal(body.classifications.find((c: any) => c.code === '6.1').evidenceText, 'Safe drinking water for 40 villages');
      assert.equal(body.version, 2);
      const history = (await t.app.inject({ url: `/api/v1/initiatives/${f.water.id}/history` })).json();
      assert.deepEqual(history.versions.map((v: any) => v.version), [1, 2]);
      assert.deepEqual(history.versions[1].changedFields, ['classifications', 'status']);
      const bad = await t.app.inject({ method: 'PATCH', url: `/api/v1/initiatives/${f.water.id}`, headers: auth, payload: { kind: 'nope' } });
      assert.equal(bad.statusCode, 400);
    });

    it('clears optional fields sent as null, as a new version whose history shows the removal', async () => {
      const created = (await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: auth, payload: { ...MINIMAL, scope: 'national', licence: 'MIT', budget: { amount: 25000, currency: 'USD' }, impact: { en: 'Fewer dry wells.' } } })).json();
      const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/initiatives/${created.id}`, headers: auth, payload: { scope: null, licence: null, budget: null, impact: null, technologies: null } });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual([body.scope, body.licence, body.budget, body.impact, body.technologies], [null, null, null, {}, []]);
      assert.equal(body.version, 2);
      const stored = await t.services.initiatives.get({ role: 'admin', label: 'test' }, created.id);
      assert.deepEqual([stored.scope, stored.licence, stored.budget], [undefined, undefined, undefined], 'gone from the database too');
      const history = (await t.app.inject({ url: `/api/v1/initiatives/${created.id}/history`, headers: auth })).json();
      assert.deepEqual(history.versions[1].changedFields, ['budget', 'classifications', 'impact', 'licence', 'scope']);
      const again = await t.app.inject({ method: 'PATCH', url: `/api/v1/initiatives/${created.id}`, headers: auth, payload: { scope: null } });
      assert.equal(again.json().version, 2, 'clearing what is already empty is no change');
    });

    it('refuses null for required fields and names the field', async () => {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/initiatives/${f.water.id}`, headers: auth, payload: { title: null, kind: null, originalLang: null, budget: { amount: -1, currency: 'usd' } } });
      assert.equal(res.statusCode, 400);
      assert.deepEqual((res.json().errors as { field: string }[]).map((e) => e.field).sort(), ['budget.amount', 'budget.currency', 'kind', 'originalLang', 'title']);
    });

    it('documents null as clearing a field in the OpenAPI document', async () => {
      const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
      const schema = doc.paths['/api/v1/initiatives/{id}'].patch.requestBody.content['application/json'].schema;
      assert.ok(schema.properties.budget.anyOf.some((s: { type?: string }) => s.type === 'null'));
      assert.match(schema.properties.budget.description, /null clears the field/);
      assert.ok(!schema.properties.title.anyOf, 'a required field cannot be cleared');
    });

    it('archives: the record leaves the public list, stays readable in history, and cannot be archived twice', async () => {
      const created = (await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: auth, payload: MINIMAL })).json();
      const published = await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${created.id}/publish`, headers: auth });
      assert.equal(published.json().workflowState, 'published');
      assert.equal((await t.app.inject({ url: `/api/v1/initiatives/${created.id}` })).statusCode, 200);
      const archived = await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${created.id}/archive`, headers: auth, payload: { comment: 'Duplicate of another record' } });
      assert.equal(archived.statusCode, 200);
      assert.equal(archived.json().workflowState, 'archived');
      assert.ok(archived.json().archivedAt);
      assert.equal((await t.app.inject({ url: `/api/v1/initiatives/${created.id}` })).statusCode, 404);
      const again = await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${created.id}/archive`, headers: auth });
      assert.equal(again.statusCode, 409);
      const history = (await t.app.inject({ url: `/api/v1/initiatives/${created.id}/history`, headers: auth })).json();
      assert.deepEqual(history.events.map((e: any) => [e.action, e.toState]), [['publish', 'published'], ['archive', 'archived']]);
      assert.equal(history.events[1].comment, 'Duplicate of another record');
    });
  });
}
