import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../test/helpers/agents.ts';
import { HOSTILE, LONG, RTL_OVERRIDE, SCRIPT, SCRIPTS } from '../../test/fixtures/hostile.ts';
import { ADMIN_TOKEN_ACTOR, CLI_ACTOR } from '../domain/access/access.ts';

// Hostile input against every API body and every create form: each free-text field gets a 10,000-character
// value (too long → 4xx problem+json naming the field, unless the field takes that much) and a short hostile
// value (accepted, stored without the bidi override, other scripts intact, and escaped on the page showing it).
// The write routes come from the app itself: a new one without a case here fails the test.

type Body = Record<string, unknown>;

interface ApiCase {
  /** A valid body (made fresh for each request: some routes create what they are given once). */
  body: (n: number) => Promise<Body> | Body;
  /** The concrete URL (for routes with ids, made fresh as well). */
  url: (n: number) => Promise<string> | string;
  method?: 'POST' | 'PATCH';
  /** Free-text fields as error paths (`title.en`, `aliases[0]`); the ones listed in `takesLong` accept 10,000 characters. */
  texts: string[];
  takesLong?: string[];
  /** Fields too short for even the short hostile value (checked with the long one only). */
  longOnly?: string[];
  /** The page that shows an accepted value, from the JSON answer: checked for escaping. */
  page?: (json: Body) => string;
}

/** Write routes with no free text: nothing hostile to send. */
const NO_TEXT = new Set(['POST /api/v1/initiatives/:id/suggestions', 'POST /api/v1/initiatives/:id/suggestions/decide']);

/** Sets `value` at a path like `title.en` or `aliases[0]`, making the objects and arrays on the way. */
function setPath(target: Body, path: string, value: unknown): Body {
  const keys = path.split(/\.|\[|\]/).filter(Boolean);
  let node = target as Record<string, unknown>;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) node[k] = value;
    else node = (node[k] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {}) as Record<string, unknown>;
  });
  return target;
}

/** Reads the value at such a path from a JSON answer. */
const getPath = (json: unknown, path: string): unknown => path.split(/\.|\[|\]/).filter(Boolean).reduce((o: any, k) => o?.[k], json);

for (const db of testDatabases()) {
  describe(`hostile input on every write route on ${db}`, () => {
    let t: TestApp;
    let admin: Agent;
    let contributor: Agent;
    let cases: Record<string, ApiCase>;
    before(async () => {
      t = await testApp(db);
      admin = await agentFor(t.app, t.services, 'admin');
      contributor = await agentFor(t.app, t.services, 'contributor');
      const org = await t.services.organisations.create(CLI_ACTOR, { name: { en: 'Kenya ICT Authority' }, type: '10', country: 'KEN' });
      await t.services.participation.createBody(CLI_ACTOR, { code: 'igf', name: { en: 'Internet Governance Forum' }, kind: 'forum' });
      await t.services.participation.createMeeting(CLI_ACTOR, { body: 'igf', code: '2023-kyoto', title: { en: 'IGF 2023' }, startDate: '2023-10-08', endDate: '2023-10-12' });
      const initiative = { title: { en: 'Village water sensors' }, summary: { en: 'IoT sensors report water levels.' }, kind: 'project', status: 'implementation', countries: ['FJI'] };
      const policy = { title: { en: 'Data protection act' }, summary: { en: 'Personal data rules.' }, type: 'law', level: 'national', jurisdiction: { country: 'KEN' }, issuingBody: { en: 'Parliament' }, status: 'in-force' };
      const post = { title: { en: 'Spectrum advice' }, description: { en: 'Band plans.' }, helpKinds: ['policy-advice'], contact: 'help@regulator.example' };
      const draft = async () => (await t.services.initiatives.create(CLI_ACTOR, initiative)).id;
      const policyDraft = async () => (await t.services.policies.create(CLI_ACTOR, policy)).id;
      const posts = async () => ({ need: (await t.services.partnership.create(ADMIN_TOKEN_ACTOR, 'need', post)).id, offer: (await t.services.partnership.create(ADMIN_TOKEN_ACTOR, 'offer', post)).id });
      const connection = async (accepted: boolean) => {
        const c = await t.services.partnership.request(ADMIN_TOKEN_ACTOR, await posts());
        if (accepted) await t.services.partnership.respond(ADMIN_TOKEN_ACTOR, c.id, 'accept');
        return c.id;
      };
      cases = {
        'POST /api/v1/initiatives': { url: () => '/api/v1/initiatives', body: () => ({ ...structuredClone(initiative), links: [{ kind: 'website', url: 'https://example.org' }] }), texts: ['title.en', 'summary.en', 'description.ar', 'lessons.zh', 'externalIds.wsis', 'links[0].title'], takesLong: ['description.ar'], page: (j) => `/en/initiatives/${j.id}` },
        'PATCH /api/v1/initiatives/:id': { method: 'PATCH', url: async () => `/api/v1/initiatives/${await draft()}`, body: () => ({ classifications: [{ scheme: 'sdg-target', code: '6.1' }] }), texts: ['title.ru', 'impact.en', 'classifications[0].evidenceText'], page: (j) => `/en/initiatives/${j.id}` },
        'POST /api/v1/initiatives/:id/:action': { url: async () => `/api/v1/initiatives/${await draft()}/submit`, body: () => ({}), texts: ['comment'], page: (j) => `/en/initiatives/${j.id}/history` },
        'POST /api/v1/organisations': { url: () => '/api/v1/organisations', body: () => ({ name: { en: 'Agency' }, type: '10' }), texts: ['name.en', 'name.zh', 'aliases[0]', 'iatiId'], page: (j) => `/en/organisations/${j.id}` },
        'PATCH /api/v1/organisations/:id': { method: 'PATCH', url: () => `/api/v1/organisations/${org.id}`, body: () => ({}), texts: ['name.ar', 'aliases[0]'], page: (j) => `/en/organisations/${j.id}` },
        'POST /api/v1/policies': { url: () => '/api/v1/policies', body: () => structuredClone(policy), texts: ['title.en', 'summary.fr', 'issuingBody.en'], page: (j) => `/en/policies/${j.id}` },
        'PATCH /api/v1/policies/:id': { method: 'PATCH', url: async () => `/api/v1/policies/${await policyDraft()}`, body: () => ({}), texts: ['title.ar'], page: (j) => `/en/policies/${j.id}` },
        'POST /api/v1/policies/:id/:action': { url: async () => `/api/v1/policies/${await policyDraft()}/submit`, body: () => ({}), texts: ['comment'], page: (j) => `/en/policies/${j.id}/history` },
        'POST /api/v1/participation/bodies': { url: () => '/api/v1/participation/bodies', body: (n) => ({ code: `body-${n}`, name: { en: 'A study group' }, kind: 'study-group' }), texts: ['name.en', 'acronym'], longOnly: ['acronym'], page: () => '/en/participation' },
        'POST /api/v1/participation/meetings': { url: () => '/api/v1/participation/meetings', body: (n) => ({ body: 'igf', code: `meeting-${n}`, title: { en: 'A meeting' }, startDate: '2024-01-01', endDate: '2024-01-02' }), texts: ['title.en', 'city'] },
        'POST /api/v1/participation': { url: () => '/api/v1/participation', body: () => ({ body: 'igf', meeting: '2023-kyoto', country: 'KEN', organisation: 'KICTANet', stakeholderType: 'civil-society', role: 'participant' }), texts: ['organisation'] },
        'POST /api/v1/needs': { url: () => '/api/v1/needs', body: () => structuredClone(post), texts: ['title.en', 'description.ar', 'contact'], page: (j) => `/en/needs/${j.id}` },
        'POST /api/v1/offers': { url: () => '/api/v1/offers', body: () => structuredClone(post), texts: ['title.zh', 'description.ru'], page: (j) => `/en/offers/${j.id}` },
        'POST /api/v1/connections': { url: () => '/api/v1/connections', body: posts, texts: ['message'] },
        'POST /api/v1/connections/:id/:answer': { url: async () => `/api/v1/connections/${await connection(false)}/accept`, body: () => ({}), texts: ['note'] },
        'POST /api/v1/connections/:id/publish': { url: async () => `/api/v1/connections/${await connection(true)}/publish`, body: () => ({ summary: { en: 'Peer advice.' } }), texts: ['summary.ar'], page: () => '/en/partnerships' },
        'POST /api/v1/classify': { url: () => '/api/v1/classify', body: () => ({ text: 'Solar mini-grids for rural clinics' }), texts: ['text'], takesLong: ['text'] },
      };
    });
    after(() => t.close());

    it('has a hostile case for every API write route', () => {
      const writes = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method)).map((r) => `${r.method} ${r.url}`);
      assert.deepEqual(writes.filter((w) => !cases[w] && !NO_TEXT.has(w)), [], 'write routes without a hostile-input case');
    });

    it('refuses 10,000 characters with a problem+json naming the field, where the field is shorter', async () => {
      const wrong: string[] = [];
      let n = 0;
      for (const [route, c] of Object.entries(cases)) {
        for (const field of c.texts) {
          const res = await t.app.inject({ method: c.method ?? 'POST', url: await c.url(++n), headers: auth, payload: setPath(await c.body(n), field, LONG) });
          if (c.takesLong?.includes(field)) {
            if (res.statusCode >= 300) wrong.push(`${route} ${field}: ${res.statusCode} for a field that takes 10,000 characters`);
            continue;
          }
          const problem = res.headers['content-type']?.toString().startsWith('application/problem+json') ? res.json() : undefined;
          const fields = ((problem?.errors ?? []) as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`);
          if (res.statusCode !== 400 || !fields.includes(`${field}:too-long`)) wrong.push(`${route} ${field}: ${res.statusCode} ${fields.join(', ') || res.body.slice(0, 120)}`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    it('accepts a short hostile value, drops the bidi override, keeps other scripts, and escapes it on the page', async () => {
      const wrong: string[] = [];
      let n = 1000;
      for (const [route, c] of Object.entries(cases)) {
        for (const field of c.texts.filter((f) => !c.longOnly?.includes(f))) {
          const res = await t.app.inject({ method: c.method ?? 'POST', url: await c.url(++n), headers: auth, payload: setPath(await c.body(n), field, HOSTILE) });
          if (res.statusCode >= 300) {
            wrong.push(`${route} ${field}: ${res.statusCode} ${res.body.slice(0, 160)}`);
            continue;
          }
          const json = res.json() as Body;
          const stored = getPath(json, field) ?? getPath(json, `item.${field}`);
          if (typeof stored === 'string') {
            if (stored.includes('\u202E')) wrong.push(`${route} ${field}: the bidi override was kept`);
            if (!stored.includes(SCRIPTS) || !stored.includes(SCRIPT)) wrong.push(`${route} ${field}: stored as ${JSON.stringify(stored)}`);
          }
          if (!c.page) continue;
          const html = (await t.app.inject({ url: c.page(json), headers: { cookie: admin.cookie } })).body;
          if (html.includes(SCRIPT)) wrong.push(`${route} ${field}: unescaped on ${c.page(json)}`);
          if (html.includes(RTL_OVERRIDE)) wrong.push(`${route} ${field}: bidi override on ${c.page(json)}`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    it('re-renders every create form (and the organisation edit form) with the too-long field marked, and escapes what it shows', async () => {
      const forms: [url: string, fields: Record<string, string>, field: string][] = [
        ['/en/initiatives/new', { originalLang: 'en', 'title.en': LONG, 'summary.en': HOSTILE, kind: 'project', status: 'pipeline', intent: 'draft' }, 'title.en'],
        ['/en/initiatives/new', { originalLang: 'ar', 'title.ar': HOSTILE, 'summary.ar': LONG, kind: 'project', status: 'pipeline', intent: 'preview' }, 'summary.ar'],
        // A translation too long is marked on itself, not on the text in the original language.
        ['/en/initiatives/new', { originalLang: 'en', 'title.en': HOSTILE, 'title.fr': LONG, 'summary.en': HOSTILE, kind: 'project', status: 'pipeline', intent: 'draft' }, 'title.fr'],
        ['/en/needs', { originalLang: 'zh', 'title.zh': HOSTILE, 'description.zh': LONG, helpKinds: 'data', contact: 'a@b.example' }, 'description.zh'],
        ['/en/offers', { originalLang: 'ru', 'title.ru': LONG, 'description.ru': HOSTILE, helpKinds: 'data', contact: 'a@b.example' }, 'title.ru'],
        ['/en/account/tokens', { name: LONG, scope: 'read' }, 'name'],
        ['/en/organisations/new', { originalLang: 'ar', 'name.ar': HOSTILE, 'name.zh': LONG, aliases: HOSTILE, type: '10' }, 'name.zh'],
        ['/en/sign-up', { email: 'hostile@example.org', password: 'a long enough password', displayName: LONG }, 'displayName'],
      ];
      // The organisation edit form: only its editors, moderators and admins may post it.
      const org = (await t.services.organisations.list()).items[0]!;
      forms.push([`/en/organisations/${org.id}/edit`, { originalLang: 'en', 'name.en': HOSTILE, 'name.ar': LONG, aliases: HOSTILE, type: '10' }, 'name.ar']);
      for (const [url, fields, field] of forms) {
        const agent = url.includes('/edit') ? admin : contributor;
        const res = await t.app.inject({ method: 'POST', url, payload: new URLSearchParams({ ...fields, _csrf: agent.csrf }).toString(), headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
        assert.equal(res.statusCode, 400, `${url} ${field}`);
        const id = `f-${field.replace(/[^a-zA-Z0-9-]/g, '-')}`;
        assert.match(res.body, new RegExp(`id="${id}"[^>]*aria-invalid="true"`), `${url}: ${field} is marked`);
        assert.ok(!res.body.includes(SCRIPT), `${url}: what was typed is escaped`);
      }
    });
  });
}
