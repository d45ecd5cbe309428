import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor } from '../../../../test/helpers/agents.ts';
import { unitOfWork } from '../../../store/unit-of-work.ts';

const FULL = { name: { en: 'Pacific Digital Agency', fr: 'Agence numérique du Pacifique' }, type: '10', country: 'FJI', website: 'https://pda.example.org', iatiId: 'XM-PDA-1', ituMembership: 'sector-member', aliases: ['PDA'] };

for (const db of testDatabases()) {
  describe(`organisations API on ${db}`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db);
    });
    after(() => t.close());

    const create = async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: auth, payload: FULL });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { id: string };
    };
    const patch = (id: string, payload: unknown, headers: Record<string, string> = auth) => t.app.inject({ method: 'PATCH', url: `/api/v1/organisations/${id}`, headers, payload: payload as object });

    it('changes fields and clears optional ones sent as null, each change a version naming the fields', async () => {
      const { id } = await create();
      const res = await patch(id, { name: { en: 'Pacific Digital Office' }, website: null, iatiId: null, country: null, aliases: null });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual(body.name, { en: 'Pacific Digital Office' });
      assert.deepEqual([body.website, body.iatiId, body.country, body.aliases, body.ituMembership], [null, null, null, [], 'sector-member']);
      assert.deepEqual((await t.app.inject({ url: `/api/v1/organisations/${id}` })).json().website, null, 'gone when read again');
      const versions = await unitOfWork(t.services.store.db).history.versions('organisation', id);
      assert.deepEqual(versions.map((v) => v.version), [1, 2]);
      assert.deepEqual(versions[1]!.changedFields, ['aliases', 'country', 'iatiId', 'name', 'website']);
      assert.equal((versions[1]!.snapshot as { website?: string }).website, undefined, 'the new version has no website');
    });

    it('names every bad field, refuses null for required ones, and answers 404 for unknown ids', async () => {
      const { id } = await create();
      const res = await patch(id, { name: null, type: null, country: 'ZZZ', website: 'not a url' });
      assert.equal(res.statusCode, 400);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
      assert.deepEqual((res.json().errors as { field: string }[]).map((e) => e.field).sort(), ['country', 'name', 'type', 'website'], 'schema and vocabulary errors together');
      const unknownCountry = await patch(id, { country: 'ZZZ' });
      assert.deepEqual(unknownCountry.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['country', 'unknown-code']]);
      const noText = await patch(id, { name: { fr: 'Agence' }, originalLang: 'en' });
      assert.deepEqual(noText.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['originalLang', 'no-text']], 'the name must be given in the original language');
      assert.equal((await patch('nope', { website: null })).statusCode, 404);
    });

    it('answers the history of an organisation: every version with its changes, open to anyone', async () => {
      const { id } = await create();
      await patch(id, { website: null, aliases: ['PDA', 'OPN'] });
      const res = await t.app.inject({ url: `/api/v1/organisations/${id}/history` });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual(body.events, [], 'organisations are not reviewed');
      assert.deepEqual(body.versions.map((v: { version: number }) => v.version), [1, 2]);
      assert.deepEqual(body.versions[1].changedFields, ['aliases', 'website']);
      assert.deepEqual(body.versions[1].changes, [{ field: 'aliases', before: [], after: ['OPN'] }, { field: 'website', before: ['https://pda.example.org'], after: [] }]);
      assert.ok(!('snapshot' in body.versions[0]), 'the stored snapshot is not sent');
      assert.equal((await t.app.inject({ url: '/api/v1/organisations/nope/history' })).statusCode, 404);
      const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
      assert.ok(doc.paths['/api/v1/organisations/{id}/history'].get, 'documented in OpenAPI');
    });

    it('lets the organisation’s editors change it, not other contributors', async () => {
      const { id } = await create();
      const editor = await agentFor(t.app, t.services, 'org-editor', [id]);
      const stranger = await agentFor(t.app, t.services, 'contributor');
      assert.equal((await patch(id, { website: null }, { authorization: `Bearer ${stranger.bearer}` })).statusCode, 403);
      assert.equal((await patch(id, { website: null }, { authorization: `Bearer ${editor.bearer}` })).statusCode, 200);
      assert.equal((await patch(id, { website: null }, {})).statusCode, 401, 'visitors may not');
    });
  });
}
