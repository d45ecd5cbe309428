import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../test/helpers/app.ts';
import { agentFor, freshSession, type Agent } from '../../test/helpers/agents.ts';
import { CLI_ACTOR, ROLES, type Role } from '../domain/access/access.ts';

// Every route × every role, with the answer each role must get. The routes come from the app itself,
// so a new route without a line here fails this test: access is decided on purpose, never by accident.

interface Spec {
  /** The concrete request: ':P' is a published initiative, ':D' a contributor's draft, ':O' an organisation; ':PP' and ':PD' the same for policies. */
  path: string;
  body?: Record<string, unknown>;
  /** Statuses for visitor, contributor, org-editor, moderator, admin. */
  expect: [number, number, number, number, number];
  /** Use a second session (the request ends it). */
  newSession?: boolean;
}

const all = (s: number): Spec['expect'] => [s, s, s, s, s];

const SPECS: Record<string, Spec> = {
  'GET /static/*': { path: '/static/app.css', expect: all(200) },
  'GET /healthz': { path: '/healthz', expect: all(200) },
  'GET /readyz': { path: '/readyz', expect: all(200) },
  'GET /api/v1/initiatives': { path: '/api/v1/initiatives', expect: all(200) },
  'GET /api/v1/initiatives/:id': { path: '/api/v1/initiatives/:D', expect: [404, 200, 404, 200, 200] },
  'POST /api/v1/initiatives': { path: '/api/v1/initiatives', body: {}, expect: [401, 400, 400, 400, 400] },
  'PATCH /api/v1/initiatives/:id': { path: '/api/v1/initiatives/:P', body: { kind: 'nope' }, expect: [401, 403, 400, 400, 400] },
  'POST /api/v1/initiatives/:id/:action': { path: '/api/v1/initiatives/:P/submit', body: {}, expect: [401, 403, 403, 409, 409] },
  'GET /api/v1/initiatives/:id/history': { path: '/api/v1/initiatives/:D/history', expect: [404, 200, 404, 200, 200] },
  'GET /api/v1/organisations': { path: '/api/v1/organisations', expect: all(200) },
  'GET /api/v1/search': { path: '/api/v1/search?q=water', expect: all(200) },
  'GET /api/v1/organisations/:id': { path: '/api/v1/organisations/:O', expect: all(200) },
  'POST /api/v1/organisations': { path: '/api/v1/organisations', body: {}, expect: [401, 400, 400, 400, 400] },
  // The organisation editor edits its own organisation; the contributor did not create it.
  'PATCH /api/v1/organisations/:id': { path: '/api/v1/organisations/:O', body: { type: 'nope' }, expect: [401, 403, 400, 400, 400] },
  'GET /api/v1/organisations/:id/history': { path: '/api/v1/organisations/:O/history', expect: all(200) },
  'GET /api/v1/vocabularies/sdg': { path: '/api/v1/vocabularies/sdg', expect: all(200) },
  'GET /api/v1/vocabularies/wsis': { path: '/api/v1/vocabularies/wsis', expect: all(200) },
  'GET /api/v1/vocabularies/technologies': { path: '/api/v1/vocabularies/technologies', expect: all(200) },
  'GET /api/v1/vocabularies/countries': { path: '/api/v1/vocabularies/countries', expect: all(200) },
  'GET /api/v1/vocabularies/country-groups': { path: '/api/v1/vocabularies/country-groups', expect: all(200) },
  'GET /api/v1/vocabularies/regions': { path: '/api/v1/vocabularies/regions', expect: all(200) },
  'GET /api/v1/openapi.json': { path: '/api/v1/openapi.json', expect: all(200) },
  'OPTIONS /api/*': { path: '/api/v1/initiatives', expect: all(204) },
  'GET /api/v1/dumps/:file': { path: '/api/v1/dumps/initiatives.jsonl', expect: all(200) },
  'GET /api/v1/catalog': { path: '/api/v1/catalog', expect: all(200) },
  'GET /api/v1/templates/initiatives.csv': { path: '/api/v1/templates/initiatives.csv', expect: all(200) },
  'GET /feeds/initiatives.atom': { path: '/feeds/initiatives.atom', expect: all(200) },
  'GET /:lang/open-data': { path: '/en/open-data', expect: all(200) },
  'POST /:lang/open-data/submit': { path: '/en/open-data/submit', body: {}, expect: all(400) },
  'GET /:lang/api-docs': { path: '/en/api-docs', expect: all(200) },
  'GET /api/docs': { path: '/api/docs', expect: all(200) },
  'GET /': { path: '/', expect: all(302) },
  'GET /:lang': { path: '/en', expect: all(301) },
  'GET /:lang/': { path: '/en/', expect: all(200) },
  'GET /:lang/initiatives': { path: '/en/initiatives', expect: all(200) },
  'GET /:lang/initiatives/:id': { path: '/en/initiatives/:D', expect: [404, 200, 404, 200, 200] },
  'GET /:lang/sdgs': { path: '/en/sdgs', expect: all(200) },
  'GET /:lang/sdgs/:goal': { path: '/en/sdgs/9', expect: all(200) },
  'GET /:lang/technologies': { path: '/en/technologies', expect: all(200) },
  'GET /:lang/technologies/:slug': { path: '/en/technologies/5g', expect: all(200) },
  'GET /:lang/countries': { path: '/en/countries', expect: all(200) },
  'GET /:lang/countries/:iso3': { path: '/en/countries/FJI', expect: all(200) },
  'GET /:lang/organisations': { path: '/en/organisations', expect: all(200) },
  'GET /:lang/organisations/:id': { path: '/en/organisations/:O', expect: all(200) },
  'GET /:lang/organisations/new': { path: '/en/organisations/new', expect: [401, 200, 200, 200, 200] },
  'POST /:lang/organisations/new': { path: '/en/organisations/new', body: { type: 'nope' }, expect: [401, 400, 400, 400, 400] },
  // The organisation editor edits its own organisation; the contributor did not create it.
  'GET /:lang/organisations/:id/edit': { path: '/en/organisations/:O/edit', expect: [401, 403, 200, 200, 200] },
  'POST /:lang/organisations/:id/edit': { path: '/en/organisations/:O/edit', body: { type: 'nope' }, expect: [401, 403, 400, 400, 400] },
  'GET /:lang/search': { path: '/en/search?q=water', expect: all(200) },
  'GET /api/v1/indicators': { path: '/api/v1/indicators', expect: all(200) },
  'GET /api/v1/indicators/:code': { path: '/api/v1/indicators/17.8.1', expect: all(200) },
  'GET /api/v1/indicators/:code/observations': { path: '/api/v1/indicators/17.8.1/observations?country=FJI', expect: all(200) },
  'GET /api/v1/indicators/:code/observations.csv': { path: '/api/v1/indicators/17.8.1/observations.csv?country=FJI', expect: all(200) },
  'GET /api/v1/indicators/:code/aggregates': { path: '/api/v1/indicators/17.8.1/aggregates?group=LDC', expect: all(200) },
  'GET /api/v1/indicators/:code/gaps': { path: '/api/v1/indicators/17.8.1/gaps?group=SIDS', expect: all(200) },
  'GET /:lang/observatory': { path: '/en/observatory', expect: all(200) },
  'GET /:lang/observatory/:code': { path: '/en/observatory/9.c.1', expect: all(200) },
  'GET /:lang/observatory/:code/map.svg': { path: '/en/observatory/9.c.1/map.svg', expect: all(200) },
  'GET /:lang/observatory/import': { path: '/en/observatory/import', expect: [401, 403, 403, 403, 200] },
  'POST /:lang/observatory/import': { path: '/en/observatory/import', body: { format: 'owid' }, expect: [401, 403, 403, 403, 400] },
  'GET /:lang/sign-in': { path: '/en/sign-in', expect: all(200) },
  'POST /:lang/sign-in': { path: '/en/sign-in', body: { email: 'nobody@example.org', password: 'wrong password' }, expect: all(401) },
  'POST /:lang/sign-out': { path: '/en/sign-out', body: {}, expect: all(303), newSession: true },
  'GET /:lang/sign-up': { path: '/en/sign-up', expect: all(200) },
  'POST /:lang/sign-up': { path: '/en/sign-up', body: { email: 'not-an-address' }, expect: all(400) },
  'GET /:lang/verify-email': { path: '/en/verify-email?token=nope', expect: all(400) },
  'GET /:lang/forgot-password': { path: '/en/forgot-password', expect: all(200) },
  'POST /:lang/forgot-password': { path: '/en/forgot-password', body: { email: 'nobody@example.org' }, expect: all(200) },
  'GET /:lang/reset-password': { path: '/en/reset-password?token=nope', expect: all(200) },
  'POST /:lang/reset-password': { path: '/en/reset-password', body: { token: 'nope', password: 'a long new password' }, expect: all(400) },
  'GET /:lang/account': { path: '/en/account', expect: [401, 200, 200, 200, 200] },
  'POST /:lang/account/tokens': { path: '/en/account/tokens', body: { name: '', scope: 'read' }, expect: [401, 400, 400, 400, 400] },
  'POST /:lang/account/tokens/:id/revoke': { path: '/en/account/tokens/nope/revoke', body: {}, expect: [401, 404, 404, 404, 404] },
  'GET /:lang/moderation': { path: '/en/moderation', expect: [401, 403, 403, 200, 200] },
  'GET /:lang/admin/users': { path: '/en/admin/users', expect: [401, 403, 403, 403, 200] },
  'POST /:lang/admin/users/role': { path: '/en/admin/users/role', body: { email: ':contributor', role: 'contributor' }, expect: [401, 403, 403, 403, 303] },
  'GET /:lang/admin/audit': { path: '/en/admin/audit', expect: [401, 403, 403, 403, 200] },
  'GET /:lang/initiatives/:id/history': { path: '/en/initiatives/:D/history', expect: [404, 200, 404, 200, 200] },
  'POST /:lang/initiatives/:id/review': { path: '/en/initiatives/:P/review', body: { action: 'submit' }, expect: [401, 403, 403, 409, 409] },
  'POST /:lang/initiatives/:id/restore': { path: '/en/initiatives/:P/restore', body: { version: '1' }, expect: [401, 403, 403, 303, 303] },
  'POST /api/v1/classify': { path: '/api/v1/classify', body: { text: 'Solar mini-grids for rural clinics' }, expect: all(200) },
  'POST /api/v1/initiatives/:id/suggestions': { path: '/api/v1/initiatives/:D/suggestions', body: {}, expect: [401, 200, 404, 200, 200] },
  'POST /api/v1/initiatives/:id/suggestions/decide': { path: '/api/v1/initiatives/:D/suggestions/decide', body: { scheme: 'sdg-goal', code: '99', accept: true }, expect: [401, 409, 404, 409, 409] },
  'POST /:lang/initiatives/:id/suggestions': { path: '/en/initiatives/:P/suggestions', body: {}, expect: [401, 403, 403, 303, 303] },
  'POST /:lang/initiatives/:id/suggestions/decide': { path: '/en/initiatives/:P/suggestions/decide', body: { scheme: 'sdg-goal', code: '99', accept: 'true' }, expect: [401, 403, 403, 409, 409] },
  'POST /:lang/initiatives/:id/confirm': { path: '/en/initiatives/:P/confirm', body: {}, expect: [401, 403, 303, 303, 303] },
  'GET /:lang/contrast': { path: '/en/contrast?mode=more&back=%2Fsdgs', expect: all(303) },
  'GET /*': { path: '/en/no-such-page', expect: all(404) },
  'GET /:lang/initiatives/new': { path: '/en/initiatives/new', expect: [401, 200, 200, 200, 200] },
  'POST /:lang/initiatives/new': { path: '/en/initiatives/new', body: { intent: 'draft' }, expect: [401, 400, 400, 400, 400] },
  'GET /:lang/initiatives/:id/edit': { path: '/en/initiatives/:D/edit', expect: [404, 200, 404, 200, 200] },
  'POST /:lang/initiatives/:id/edit': { path: '/en/initiatives/:P/edit', body: { intent: 'preview', kind: 'nope' }, expect: [401, 403, 400, 400, 400] },
  'GET /api/v1/policies': { path: '/api/v1/policies', expect: all(200) },
  'GET /api/v1/policies/coverage': { path: '/api/v1/policies/coverage?group=LDC', expect: all(200) },
  'GET /api/v1/policies/compare': { path: '/api/v1/policies/compare?countries=KEN,RWA', expect: all(200) },
  'GET /api/v1/policies/:id': { path: '/api/v1/policies/:PD', expect: [404, 200, 404, 200, 200] },
  'POST /api/v1/policies': { path: '/api/v1/policies', body: {}, expect: [401, 400, 400, 400, 400] },
  // Policies name no organisation of their own: an organisation editor edits only their own drafts.
  'PATCH /api/v1/policies/:id': { path: '/api/v1/policies/:PP', body: { type: 'nope' }, expect: [401, 403, 403, 400, 400] },
  'POST /api/v1/policies/:id/:action': { path: '/api/v1/policies/:PP/submit', body: {}, expect: [401, 403, 403, 409, 409] },
  'GET /api/v1/policies/:id/history': { path: '/api/v1/policies/:PD/history', expect: [404, 200, 404, 200, 200] },
  'GET /:lang/policies': { path: '/en/policies', expect: all(200) },
  'GET /:lang/policies/coverage': { path: '/en/policies/coverage', expect: all(200) },
  'GET /:lang/policies/:id': { path: '/en/policies/:PD', expect: [404, 200, 404, 200, 200] },
  'GET /:lang/compare': { path: '/en/compare?countries=KEN,RWA', expect: all(200) },
  'GET /:lang/policies/new': { path: '/en/policies/new', expect: [401, 200, 200, 200, 200] },
  'POST /:lang/policies/new': { path: '/en/policies/new', body: { intent: 'draft' }, expect: [401, 400, 400, 400, 400] },
  'GET /:lang/policies/:id/edit': { path: '/en/policies/:PD/edit', expect: [404, 200, 404, 200, 200] },
  // Policies name no organisation of their own: an organisation editor edits only their own drafts.
  'POST /:lang/policies/:id/edit': { path: '/en/policies/:PP/edit', body: { intent: 'preview', type: 'nope' }, expect: [401, 403, 403, 400, 400] },
  'GET /:lang/policies/:id/history': { path: '/en/policies/:PD/history', expect: [404, 200, 404, 200, 200] },
  'POST /:lang/policies/:id/review': { path: '/en/policies/:PP/review', body: { action: 'submit' }, expect: [401, 403, 403, 409, 409] },
  'POST /:lang/policies/:id/restore': { path: '/en/policies/:PP/restore', body: { version: '1' }, expect: [401, 403, 403, 303, 303] },
  'POST /:lang/policies/:id/confirm': { path: '/en/policies/:PP/confirm', body: {}, expect: [401, 403, 403, 303, 303] },
  'GET /api/v1/participation': { path: '/api/v1/participation', expect: all(200) },
  'GET /api/v1/participation/stats': { path: '/api/v1/participation/stats', expect: all(200) },
  'POST /api/v1/participation': { path: '/api/v1/participation', body: {}, expect: [401, 403, 403, 403, 400] },
  'GET /api/v1/participation/bodies': { path: '/api/v1/participation/bodies', expect: all(200) },
  'GET /api/v1/participation/bodies/:code': { path: '/api/v1/participation/bodies/nope', expect: all(404) },
  'POST /api/v1/participation/bodies': { path: '/api/v1/participation/bodies', body: {}, expect: [401, 403, 403, 403, 400] },
  'POST /api/v1/participation/meetings': { path: '/api/v1/participation/meetings', body: {}, expect: [401, 403, 403, 403, 400] },
  'GET /api/v1/needs': { path: '/api/v1/needs', expect: all(200) },
  'GET /api/v1/needs/:id': { path: '/api/v1/needs/nope', expect: all(404) },
  'POST /api/v1/needs': { path: '/api/v1/needs', body: {}, expect: [401, 400, 400, 400, 400] },
  'GET /api/v1/needs/:id/matches': { path: '/api/v1/needs/nope/matches', expect: all(404) },
  'GET /api/v1/offers': { path: '/api/v1/offers', expect: all(200) },
  'GET /api/v1/offers/:id': { path: '/api/v1/offers/nope', expect: all(404) },
  'POST /api/v1/offers': { path: '/api/v1/offers', body: {}, expect: [401, 400, 400, 400, 400] },
  'POST /api/v1/connections': { path: '/api/v1/connections', body: {}, expect: [401, 400, 400, 400, 400] },
  'GET /api/v1/connections/:id': { path: '/api/v1/connections/nope', expect: all(404) },
  'POST /api/v1/connections/:id/:answer': { path: '/api/v1/connections/nope/accept', body: {}, expect: [401, 404, 404, 404, 404] },
  'POST /api/v1/connections/:id/publish': { path: '/api/v1/connections/nope/publish', body: {}, expect: [401, 400, 400, 400, 400] },
  'GET /api/v1/partnerships': { path: '/api/v1/partnerships', expect: all(200) },
  'GET /:lang/participation': { path: '/en/participation', expect: all(200) },
  // Participation rows are admin data: the upload page follows participation:manage.
  'GET /:lang/participation/import': { path: '/en/participation/import', expect: [401, 403, 403, 403, 200] },
  'POST /:lang/participation/import': { path: '/en/participation/import', body: {}, expect: [401, 403, 403, 403, 400] },
  'GET /:lang/needs': { path: '/en/needs', expect: all(200) },
  'GET /:lang/needs/new': { path: '/en/needs/new', expect: [303, 200, 200, 200, 200] },
  'POST /:lang/needs': { path: '/en/needs', body: {}, expect: [401, 400, 400, 400, 400] },
  'GET /:lang/needs/:id': { path: '/en/needs/nope', expect: all(404) },
  'GET /:lang/offers': { path: '/en/offers', expect: all(200) },
  'GET /:lang/offers/new': { path: '/en/offers/new', expect: [303, 200, 200, 200, 200] },
  'POST /:lang/offers': { path: '/en/offers', body: {}, expect: [401, 400, 400, 400, 400] },
  'GET /:lang/offers/:id': { path: '/en/offers/nope', expect: all(404) },
  'POST /:lang/connections': { path: '/en/connections', body: { need: 'nope', offer: 'nope' }, expect: all(400) },
  'GET /:lang/connections/:id': { path: '/en/connections/nope', expect: all(404) },
  'POST /:lang/connections/:id/answer': { path: '/en/connections/nope/answer', body: { answer: 'accept' }, expect: all(404) },
  'POST /:lang/connections/:id/publish': { path: '/en/connections/nope/publish', body: { summary: 'x' }, expect: all(404) },
  'GET /:lang/partnerships': { path: '/en/partnerships', expect: all(200) },
};

for (const db of testDatabases()) {
  describe(`every route × every role on ${db}`, () => {
    let t: TestApp;
    const agents = new Map<Role, Agent>();
    const ids: Record<string, string> = {};
    before(async () => {
      t = await testApp(db);
      const org = await t.services.organisations.create(CLI_ACTOR, { name: { en: 'Pacific Digital Agency' }, type: '10', country: 'FJI' });
      const published = await t.services.initiatives.create(CLI_ACTOR, { title: { en: 'Published record' }, summary: { en: 'Public.' }, kind: 'project', status: 'implementation', countries: ['FJI'], organisations: [{ id: org.id, role: 'lead' }] }, { state: 'published' });
      for (const role of ROLES) agents.set(role, await agentFor(t.app, t.services, role, role === 'org-editor' ? [org.id] : []));
      const contributor = agents.get('contributor')!;
      const draft = await t.services.initiatives.create({ id: contributor.userId, role: 'contributor', label: 'c' }, { title: { en: 'A draft' }, summary: { en: 'Not public.' }, kind: 'project', status: 'pipeline', countries: ['NPL'] });
      const policy = { summary: { en: 'A policy.' }, type: 'law', level: 'national', jurisdiction: { country: 'FJI' }, issuingBody: { en: 'Parliament' }, status: 'in-force' };
      const publishedPolicy = await t.services.policies.create(CLI_ACTOR, { ...policy, title: { en: 'Published policy' } }, { state: 'published' });
      const draftPolicy = await t.services.policies.create({ id: contributor.userId, role: 'contributor', label: 'c' }, { ...policy, title: { en: 'A draft policy' } });
      Object.assign(ids, { ':P': published.id, ':D': draft.id, ':O': org.id, ':PP': publishedPolicy.id, ':PD': draftPolicy.id, ':contributor': contributor.email! });
    });
    after(() => t.close());

    it('has an expectation for every route, and none for routes that do not exist', () => {
      const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
      assert.deepEqual(routes.filter((r) => !SPECS[r]), [], 'routes without an access expectation');
      assert.deepEqual(Object.keys(SPECS).filter((k) => !routes.includes(k)), [], 'expectations for routes that do not exist');
    });

    it('answers each role as expected', async () => {
      const wrong: string[] = [];
      for (const [route, spec] of Object.entries(SPECS)) {
        const method = route.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'OPTIONS';
        const path = spec.path.replace(/:[A-Za-z]+/g, (k) => ids[k] ?? k);
        for (const [i, role] of ROLES.entries()) {
          const agent = agents.get(role)!;
          const isApi = path.startsWith('/api/');
          const session = spec.newSession && agent.email ? await freshSession(t.app, t.services, agent.email) : agent;
          const headers: Record<string, string> = isApi ? (agent.bearer ? { authorization: `Bearer ${agent.bearer}` } : {}) : { cookie: session.cookie };
          const body = spec.body && Object.fromEntries(Object.entries(spec.body).map(([k, v]) => [k, typeof v === 'string' ? (ids[v] ?? v) : v]));
          const res = await t.app.inject({
            method,
            url: path,
            headers,
            ...(body ? (isApi ? { payload: body } : { payload: new URLSearchParams({ ...(body as Record<string, string>), _csrf: session.csrf }).toString(), headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' } }) : {}),
          });
          if (res.statusCode !== spec.expect[i]) wrong.push(`${route} as ${role}: ${res.statusCode}, expected ${spec.expect[i]}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  });
}
