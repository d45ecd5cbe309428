import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';

const BODY = { code: 'test-sg', name: { en: 'Test study group' }, kind: 'study-group' };
const MEETINGS = [
  { body: 'test-sg', code: '2023-geneva', title: { en: 'First meeting' }, startDate: '2023-05-01', endDate: '2023-05-05', city: 'Geneva', country: 'CHE' },
  { body: 'test-sg', code: '2024-online', title: { en: 'Second meeting' }, startDate: '2024-05-01', endDate: '2024-05-03', online: true },
];
const row = (meeting: string, country: string, organisation: string, role: string, contributions?: number) => ({ body: 'test-sg', meeting, country, organisation, stakeholderType: 'government', role, contributions });

for (const db of testDatabases()) {
  describe(`participation API on ${db}`, () => {
    let t: TestApp;
    const post = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: auth, payload: payload as object });
    before(async () => {
      t = await testApp(db);
      assert.equal((await post('/api/v1/participation/bodies', BODY)).statusCode, 201);
      for (const m of MEETINGS) assert.equal((await post('/api/v1/participation/meetings', m)).statusCode, 201);
      // 2023: Nepal (LDC, LLDC) participates and contributes 2; France chairs; Fiji (SIDS) contributes 1.
      // 2024: France alone, contributing 3.
      for (const r of [
        row('2023-geneva', 'NPL', 'Ministry of Communication', 'participant'),
        row('2023-geneva', 'NPL', 'Ministry of Communication', 'contributor', 2),
        row('2023-geneva', 'FRA', 'ARCEP', 'chair'),
        row('2023-geneva', 'FJI', 'Telecom Fiji', 'contributor', 1),
        row('2024-online', 'FRA', 'ARCEP', 'contributor', 3),
      ]) {
        const res = await post('/api/v1/participation', r);
        assert.equal(res.statusCode, 201, res.body);
      }
    });
    after(() => t.close());

    it('lists rows with codes, filtered by group, role, country and years', async () => {
      const all = (await t.app.inject({ url: '/api/v1/participation' })).json();
      assert.equal(all.total, 5);
      assert.equal(all.items[0].meeting, '2024-online', 'newest meeting first');
      assert.equal(all.items[0].country, 'FRA');
      const ids = async (q: string) => (await t.app.inject({ url: `/api/v1/participation?${q}` })).json().items.map((i: any) => `${i.country}:${i.role}`).sort();
      assert.deepEqual(await ids('group=LDC'), ['NPL:contributor', 'NPL:participant']);
      assert.deepEqual(await ids('group=SIDS'), ['FJI:contributor']);
      assert.deepEqual(await ids('role=chair'), ['FRA:chair']);
      assert.deepEqual(await ids('country=FRA&from=2024'), ['FRA:contributor']);
      assert.deepEqual(await ids('body=test-sg&meeting=2023-geneva&region=EUR'), ['FRA:chair']);
    });

    it('names every bad filter at once', async () => {
      const res = await t.app.inject({ url: '/api/v1/participation?country=ZZZ&group=XYZ&body=nope&role=boss' });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(res.json().errors.map((e: any) => e.field).sort(), ['role']);
      const semantic = await t.app.inject({ url: '/api/v1/participation?country=ZZZ&group=XYZ&body=nope&from=2023-02-30' });
      assert.deepEqual(semantic.json().errors.map((e: any) => e.field).sort(), ['body', 'country', 'from', 'group']);
    });

    it('computes shares of participants, contributions and leadership against the share of countries', async () => {
      const res = await t.app.inject({ url: '/api/v1/participation/stats?body=test-sg&group=LDC' });
      assert.equal(res.statusCode, 200, res.body);
      const stats = res.json();
      assert.ok(stats.denominator.countries >= 190 && stats.denominator.countries <= 195, `ITU member states: ${stats.denominator.countries}`);
      assert.deepEqual(stats.areas.map((a: any) => a.code), ['LDC']);
      const y2023 = stats.items.find((i: any) => i.year === 2023);
      assert.deepEqual(y2023.totals, { participants: 3, contributions: 3, leadership: 1, countries: 3 }, 'Nepal counts once as a delegation');
      const ldc = y2023.areas[0];
      assert.deepEqual(ldc.participants, { count: 1, share: 1 / 3 });
      assert.deepEqual(ldc.contributions, { count: 2, share: 2 / 3 });
      assert.deepEqual(ldc.leadership, { count: 0, share: 0 });
      assert.ok(ldc.countryShare > 0.2 && ldc.countryShare < 0.25, `about 44 of 194: ${ldc.countryShare}`);
      const y2024 = stats.items.find((i: any) => i.year === 2024);
      assert.deepEqual(y2024.areas[0].leadership, { count: 0, share: null }, 'no leadership roles that year: no share');
    });

    it('gives the standard areas without a group, and a country its own counts', async () => {
      const stats = (await t.app.inject({ url: '/api/v1/participation/stats?country=NPL&from=2023&to=2023' })).json();
      assert.deepEqual(stats.areas.map((a: any) => a.code), ['LDC', 'LLDC', 'SIDS', 'AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']);
      assert.equal(stats.items.length, 1);
      assert.deepEqual(stats.items[0].country, { participants: 1, contributions: 2, leadership: 0 });
      assert.equal(stats.items[0].areas.find((a: any) => a.area === 'SIDS').contributions.count, 1);
    });

    it('updates a row with the same natural key instead of adding one', async () => {
      const again = await post('/api/v1/participation', row('2023-geneva', 'FJI', 'telecom  fiji', 'contributor', 1));
      assert.equal(again.statusCode, 200);
      assert.equal(again.json().outcome, 'updated', 'same key, new spelling of the name');
      const same = await post('/api/v1/participation', row('2023-geneva', 'FJI', 'telecom  fiji', 'contributor', 1));
      assert.equal(same.json().outcome, 'unchanged');
      assert.equal((await t.app.inject({ url: '/api/v1/participation' })).json().total, 5);
    });

    it('refuses rows naming unknown meetings, countries and roles, every field at once', async () => {
      const res = await post('/api/v1/participation', { body: 'test-sg', meeting: '1999-x', country: 'ZZZ', organisation: ' ', stakeholderType: 'government', role: 'boss' });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(res.json().errors.map((e: any) => e.field).sort(), ['country', 'meeting', 'organisation', 'role']);
    });

    it('refuses writes without a token and duplicate bodies and meetings', async () => {
      const anon = await t.app.inject({ method: 'POST', url: '/api/v1/participation/bodies', payload: { ...BODY, code: 'other' } });
      assert.equal(anon.statusCode, 401);
      assert.equal((await post('/api/v1/participation/bodies', BODY)).statusCode, 409);
      assert.equal((await post('/api/v1/participation/meetings', MEETINGS[0])).statusCode, 409);
      const backwards = await post('/api/v1/participation/meetings', { ...MEETINGS[0], code: 'x', endDate: '2023-04-01' });
      assert.deepEqual(backwards.json().errors.map((e: any) => e.field), ['endDate']);
    });

    it('shows a body with its meetings', async () => {
      const res = await t.app.inject({ url: '/api/v1/participation/bodies/test-sg' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json().meetings.map((m: any) => [m.code, m.country, m.online]), [['2024-online', null, true], ['2023-geneva', 'CHE', false]]);
      assert.equal((await t.app.inject({ url: '/api/v1/participation/bodies/nope' })).statusCode, 404);
    });
  });
}
