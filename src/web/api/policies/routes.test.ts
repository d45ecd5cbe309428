import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { seedPolicyFixtures } from '../../../../test/fixtures/policies.ts';
import { Value } from '@sinclair/typebox/value';
import { CompareSchema, CoverageSchema, PolicyOutSchema } from './responses.ts';

const MINIMAL = {
  title: { fr: 'Stratégie nationale du numérique' },
  summary: { fr: 'Connectivité, compétences et services en ligne.' },
  type: 'strategy',
  level: 'national',
  jurisdiction: { country: 'SEN' },
  issuingBody: { fr: 'Ministère de la Communication' },
  status: 'adopted',
  themes: ['digital-skills'],
  technologies: ['broadband'],
};

for (const db of testDatabases()) {
  describe(`policies API on ${db}`, () => {
    let t: TestApp;
    let f: Awaited<ReturnType<typeof seedPolicyFixtures>>;
    before(async () => {
      t = await testApp(db);
      f = await seedPolicyFixtures(t.services);
    });
    after(() => t.close());

    const list = async (query: string) => {
      const res = await t.app.inject({ url: `/api/v1/policies?${query}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { items: any[]; total: number; page: number; limit: number };
    };
    const ids = async (query: string) => (await list(query)).items.map((i) => i.id).sort();
    const sorted = (...xs: { id: string }[]) => xs.map((x) => x.id).sort();

    it('lists only published instruments, with countries as ISO codes and the convenience arrays', async () => {
      const body = await list('');
      assert.equal(body.total, 6);
      const au = body.items.find((i) => i.id === f.auStrategy.id);
      assert.equal(au.jurisdiction.region, '002');
      assert.ok(au.countries.includes('KEN') && au.countries.includes('RWA'), 'a regional instrument applies to the members of its region');
      const rw = body.items.find((i) => i.id === f.rwandaAi.id);
      assert.deepEqual(rw.countries, ['RWA']);
      assert.equal(rw.jurisdiction.country, 'RWA');
      assert.deepEqual(rw.technologies, ['artificial-intelligence']);
      assert.deepEqual(rw.initiatives, [{ id: f.initiative.id, relation: 'enables' }]);
      assert.deepEqual(body.items.find((i) => i.id === f.kenyaDpa.id).sdgGoals, [16]);
    });

    it('answers what its OpenAPI schemas say', async () => {
      for (const item of (await list('limit=100')).items) assert.ok(Value.Check(PolicyOutSchema, item), JSON.stringify([...Value.Errors(PolicyOutSchema, item)].slice(0, 3)));
      assert.ok(Value.Check(CoverageSchema, (await t.app.inject({ url: '/api/v1/policies/coverage?group=SIDS' })).json()));
      assert.ok(Value.Check(CompareSchema, (await t.app.inject({ url: '/api/v1/policies/compare?countries=KEN,RWA' })).json()));
    });

    it('filters by every filter', async () => {
      assert.deepEqual(await ids('type=law'), [f.kenyaDpa.id]);
      assert.deepEqual(await ids('level=international'), [f.unesco.id]);
      assert.deepEqual(await ids('level=national&country=KEN'), sorted(f.kenyaDpa, f.kenyaOdpc));
      assert.deepEqual(await ids('country=RWA'), sorted(f.rwandaAi, f.auStrategy), 'national and regional instruments that apply');
      assert.deepEqual(await ids('group=LLDC&level=national'), sorted(f.rwandaAi, f.nepalDraft), 'Rwanda and Nepal are landlocked');
      assert.deepEqual(await ids('region=ASP'), [f.nepalDraft.id]);
      assert.deepEqual(await ids('technology=artificial-intelligence'), sorted(f.rwandaAi, f.auStrategy, f.unesco));
      assert.deepEqual(await ids('theme=privacy-data-protection'), sorted(f.kenyaDpa, f.kenyaOdpc));
      assert.deepEqual(await ids('status=consultation'), [f.nepalDraft.id]);
      assert.deepEqual(await ids('year=2019'), [f.kenyaDpa.id], 'the adoption year');
      assert.deepEqual(await ids('year=2020'), [f.kenyaOdpc.id], 'else the year it came into force');
      assert.deepEqual(await ids('year=2024&level=national'), [f.nepalDraft.id], 'else the draft year');
      assert.deepEqual(await ids('theme=spectrum'), [], 'the draft stays hidden');
    });

    it('paginates', async () => {
      const p1 = await list('limit=4');
      const p2 = await list('limit=4&page=2');
      assert.equal(p1.items.length, 4);
      assert.equal(p2.items.length, 2);
      assert.equal(new Set([...p1.items, ...p2.items].map((i) => i.id)).size, 6);
    });

    it('names every invalid filter in a problem document', async () => {
      const res = await t.app.inject({ url: '/api/v1/policies?type=poem&level=galactic&theme=joy&limit=0&bogus=1' });
      assert.equal(res.statusCode, 400);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
      assert.deepEqual(res.json().errors.map((e: { field: string }) => e.field).sort(), ['bogus', 'level', 'limit', 'theme', 'type']);
      const unknown = await t.app.inject({ url: '/api/v1/policies?country=ZZZ&group=XYZ&technology=warp-drive' });
      assert.deepEqual(unknown.json().errors.map((e: { field: string }) => e.field).sort(), ['country', 'group', 'technology']);
    });

    it('creates a draft from the minimal body, answers 201, and hides it from the public', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth, payload: MINIMAL });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json();
      assert.equal(res.headers.location, `/api/v1/policies/${body.id}`);
      assert.equal(body.originalLang, 'fr');
      assert.deepEqual(body.countries, ['SEN']);
      assert.equal(body.workflowState, 'draft');
      assert.equal((await t.app.inject({ url: `/api/v1/policies/${body.id}` })).statusCode, 404);
      assert.deepEqual((await t.app.inject({ url: `/api/v1/policies/${body.id}`, headers: auth })).json(), body);
    });

    it('refuses writes without the admin token', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/policies', payload: MINIMAL });
      assert.equal(res.statusCode, 401);
    });

    it('names every invalid field of a body, schema, vocabulary, jurisdiction and relation errors together', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/policies',
        headers: auth,
        payload: {
          ...MINIMAL,
          type: 'poem',
          jurisdiction: {},
          themes: ['joy'],
          technologies: ['warp'],
          dates: { adopted: '2024-02-30' },
          relatedPolicies: [{ id: 'nope', relation: 'amends' }],
          initiatives: [{ id: 'nope', relation: 'enables' }],
          extra: 1,
        },
      });
      assert.equal(res.statusCode, 400);
      const fields = res.json().errors.map((e: { field: string }) => e.field).sort();
      assert.deepEqual(fields, ['dates.adopted', 'extra', 'initiatives[0].id', 'jurisdiction.country', 'relatedPolicies[0].id', 'technologies[0]', 'themes[0]', 'type']);
    });

    it('patches, records versions, and keeps relations', async () => {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/policies/${f.kenyaDpa.id}`, headers: auth, payload: { status: 'under-revision', themes: ['privacy-data-protection'] } });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().status, 'under-revision');
      assert.equal(res.json().version, 2);
      const history = (await t.app.inject({ url: `/api/v1/policies/${f.kenyaDpa.id}/history` })).json();
      assert.deepEqual(history.versions.map((v: any) => v.version), [1, 2]);
      assert.deepEqual(history.versions[1].changedFields, ['status', 'themes']);
      const self = await t.app.inject({ method: 'PATCH', url: `/api/v1/policies/${f.kenyaDpa.id}`, headers: auth, payload: { relatedPolicies: [{ id: f.kenyaDpa.id, relation: 'amends' }] } });
      assert.equal(self.statusCode, 400);
    });

    it('clears optional fields sent as null, as a new version whose history shows the removal', async () => {
      const full = { ...MINIMAL, dates: { adopted: '2021-03-01', inForce: '2021-06-01' }, links: [{ kind: 'document', url: 'https://example.org/sn.pdf' }], lastVerified: '2025-01-15', wsis: ['C6'] };
      const created = (await t.app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth, payload: full })).json();
      const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/policies/${created.id}`, headers: auth, payload: { dates: null, themes: null, links: null, lastVerified: null, technologies: null } });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual([body.dates, body.themes, body.links, body.lastVerified, body.technologies, body.wsis], [{}, [], [], null, [], ['C6']]);
      assert.equal(body.version, 2);
      const stored = await t.services.policies.get({ role: 'admin', label: 'test' }, created.id);
      assert.equal(stored.lastVerified, undefined, 'gone from the database too');
      const history = (await t.app.inject({ url: `/api/v1/policies/${created.id}/history`, headers: auth })).json();
      assert.deepEqual(history.versions[1].changedFields, ['classifications', 'dates', 'lastVerified', 'links', 'themes']);
      const again = await t.app.inject({ method: 'PATCH', url: `/api/v1/policies/${created.id}`, headers: auth, payload: { lastVerified: null, dates: null } });
      assert.equal(again.json().version, 2, 'clearing what is already empty is no change');
    });

    it('refuses null for required fields, and a regional instrument left with no region, organisation or members', async () => {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/policies/${f.kenyaDpa.id}`, headers: auth, payload: { title: null, type: null, jurisdiction: null, originalLang: null, dates: { adopted: 'soon' } } });
      assert.equal(res.statusCode, 400);
      assert.deepEqual((res.json().errors as { field: string }[]).map((e) => e.field).sort(), ['dates.adopted', 'jurisdiction', 'originalLang', 'title', 'type']);
      const regional = (await t.app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth, payload: { ...MINIMAL, level: 'regional', jurisdiction: {}, countries: ['BEN', 'TGO'] } })).json();
      const orphan = await t.app.inject({ method: 'PATCH', url: `/api/v1/policies/${regional.id}`, headers: auth, payload: { countries: null } });
      assert.equal(orphan.statusCode, 400, orphan.body);
      assert.deepEqual(orphan.json().errors.map((e: { field: string }) => e.field), ['jurisdiction']);
    });

    it('documents null as clearing a field in the OpenAPI document', async () => {
      const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
      const schema = doc.paths['/api/v1/policies/{id}'].patch.requestBody.content['application/json'].schema;
      assert.ok(schema.properties.dates.anyOf.some((s: { type?: string }) => s.type === 'null'));
      assert.match(schema.properties.lastVerified.description, /null clears the field/);
      assert.ok(!schema.properties.title.anyOf && !schema.properties.jurisdiction.anyOf, 'a required field cannot be cleared');
    });

    it('moves through the workflow with review events, and refuses moves the workflow does not allow', async () => {
      const created = (await t.app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth, payload: MINIMAL })).json();
      const published = await t.app.inject({ method: 'POST', url: `/api/v1/policies/${created.id}/publish`, headers: auth });
      assert.equal(published.json().workflowState, 'published');
      assert.equal((await t.app.inject({ url: `/api/v1/policies/${created.id}` })).statusCode, 200);
      const archived = await t.app.inject({ method: 'POST', url: `/api/v1/policies/${created.id}/archive`, headers: auth, payload: { comment: 'Duplicate' } });
      assert.equal(archived.json().workflowState, 'archived');
      assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/policies/${created.id}/archive`, headers: auth })).statusCode, 409);
      const history = (await t.app.inject({ url: `/api/v1/policies/${created.id}/history`, headers: auth })).json();
      assert.deepEqual(history.events.map((e: any) => [e.action, e.toState, e.comment ?? null]), [['publish', 'published', null], ['archive', 'archived', 'Duplicate']]);
    });

    it('counts countries with an effective national instrument, overall and for a group', async () => {
      const all = (await t.app.inject({ url: '/api/v1/policies/coverage' })).json();
      const theme = (body: any, code: string) => body.themes.find((r: any) => r.code === code);
      const tech = (body: any, code: string) => body.technologies.find((r: any) => r.code === code);
      assert.ok(all.denominator > 190);
      assert.equal(theme(all, 'privacy-data-protection').countries, 1, 'Kenya once, however many instruments');
      assert.equal(tech(all, 'artificial-intelligence').countries, 1, 'Rwanda: regional and international ones do not count');
      assert.equal(tech(all, 'broadband').countries, 0, 'a draft in consultation does not count');
      const ldc = (await t.app.inject({ url: '/api/v1/policies/coverage?group=LDC&type=strategy' })).json();
      assert.equal(ldc.group, 'LDC');
      assert.ok(ldc.denominator >= 40 && ldc.denominator <= 50, `LDC count ${ldc.denominator}`);
      assert.equal(tech(ldc, 'artificial-intelligence').countries, 1);
      assert.equal(tech(ldc, 'artificial-intelligence').share, 1 / ldc.denominator);
      assert.equal(theme(ldc, 'privacy-data-protection').countries, 0, 'Kenya is not an LDC, and its act is a law');
      assert.equal((await t.app.inject({ url: '/api/v1/policies/coverage?group=XYZ' })).statusCode, 400);
    });

    it('compares 2 to 4 countries', async () => {
      const res = await t.app.inject({ url: '/api/v1/policies/compare?countries=KEN,RWA,FJI' });
      assert.equal(res.statusCode, 200, res.body);
      const [ken, rwa, fji] = res.json().countries;
      assert.deepEqual([ken.iso3, ken.total, rwa.total, fji.total], ['KEN', 2, 1, 0]);
      assert.equal(rwa.technologies['artificial-intelligence'], 1);
      assert.ok(rwa.groups.includes('LDC'));
      assert.equal((await t.app.inject({ url: '/api/v1/policies/compare?countries=KEN' })).statusCode, 400);
    });
  });
}
