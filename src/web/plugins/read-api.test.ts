import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, auth, type TestApp } from '../../../test/helpers/app.ts';
import { seedFilterFixtures } from '../../../test/fixtures/initiatives.ts';

describe('read API behaviour', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof seedFilterFixtures>>;
  before(async () => {
    t = await testApp('sqlite');
    f = await seedFilterFixtures(t.services);
  });
  after(() => t.close());

  it('answers 304 to a matching If-None-Match, and 200 again once the record changes', async () => {
    const url = `/api/v1/initiatives/${f.water.id}`;
    const first = await t.app.inject({ url });
    const etag = first.headers.etag as string;
    assert.ok(etag);
    const again = await t.app.inject({ url, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    await t.app.inject({ method: 'PATCH', url, headers: auth, payload: { status: 'closed' } });
    assert.equal((await t.app.inject({ url, headers: { 'if-none-match': etag } })).statusCode, 200);
  });

  it('answers 304 to If-Modified-Since at or after Last-Modified', async () => {
    const url = `/api/v1/initiatives/${f.ai.id}`;
    const lm = (await t.app.inject({ url })).headers['last-modified'] as string;
    assert.ok(lm);
    assert.equal((await t.app.inject({ url, headers: { 'if-modified-since': lm } })).statusCode, 304);
    assert.equal((await t.app.inject({ url, headers: { 'if-modified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' } })).statusCode, 200);
  });

  it('allows cross-origin reads but not writes', async () => {
    const get = await t.app.inject({ url: '/api/v1/initiatives', headers: { origin: 'https://elsewhere.example' } });
    assert.equal(get.headers['access-control-allow-origin'], '*');
    assert.match(get.headers['access-control-expose-headers'] as string, /ETag/);
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/api/v1/initiatives', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD');
    const post = await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: { ...auth, origin: 'https://elsewhere.example' }, payload: {} });
    assert.equal(post.headers['access-control-allow-origin'], undefined);
  });

  it('links pages with first, prev, next and last, keeping the filters', async () => {
    const res = await t.app.inject({ url: '/api/v1/initiatives?limit=1&page=2&kind=project' });
    const link = res.headers.link as string;
    assert.ok(link, 'a Link header');
    const rels = Object.fromEntries(link.split(', ').map((l) => [/rel="(\w+)"/.exec(l)![1], /<([^>]+)>/.exec(l)![1]]));
    assert.deepEqual(Object.keys(rels).sort(), ['first', 'last', 'prev'], 'past the last page: back to it, no next');
    const all = await t.app.inject({ url: '/api/v1/initiatives?limit=1&page=2' });
    const allRels = (all.headers.link as string).match(/rel="\w+"/g)!.sort();
    assert.deepEqual(allRels, ['rel="first"', 'rel="last"', 'rel="next"', 'rel="prev"']);
    assert.match(all.headers.link as string, /<\/api\/v1\/initiatives\?limit=1&page=3>; rel="next"/);
    assert.match(rels.first!, /kind=project/);
  });

  it('gives vocabulary labels in the language of Accept-Language', async () => {
    const res = await t.app.inject({ url: '/api/v1/vocabularies/countries', headers: { 'accept-language': 'fr-CH, en;q=0.5' } });
    assert.equal(res.headers['content-language'], 'fr');
    assert.equal(res.json().items.find((c: any) => c.iso3 === 'DEU').label, 'Allemagne');
    const zh = await t.app.inject({ url: '/api/v1/vocabularies/technologies', headers: { 'accept-language': 'zh' } });
    assert.notEqual(zh.json().items[0].label, zh.json().items[0].labels.en);
  });
});

describe('read rate limit', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp('sqlite', { config: { rateLimitReadsPerMinute: 3 } });
  });
  after(() => t.close());

  it('answers 429 problem with Retry-After past the configured reads per minute, and leaves pages alone', async () => {
    const codes: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await t.app.inject({ url: '/api/v1/vocabularies/sdg' });
      codes.push(last.statusCode);
    }
    assert.deepEqual(codes, [200, 200, 200, 429, 429]);
    assert.ok(Number(last!.headers['retry-after']) > 0);
    assert.match(last!.headers['content-type'] as string, /^application\/problem\+json/);
    assert.equal((await t.app.inject({ url: '/en/sdgs' })).statusCode, 200);
  });
});
