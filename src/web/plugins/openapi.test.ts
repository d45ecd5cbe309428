import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Value } from '@sinclair/typebox/value';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { seedFilterFixtures } from '../../../test/fixtures/initiatives.ts';
import { InitiativeOutSchema, OrganisationOutSchema, ProblemSchema } from '../api/responses.ts';

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: any;
  before(async () => {
    t = await testApp('sqlite');
    await seedFilterFixtures(t.services);
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    assert.equal(res.statusCode, 200);
    doc = res.json();
  });
  after(() => t.close());

  it('passes the Redocly linter with its recommended rules, without errors', async () => {
    const config = await createConfig({ extends: ['recommended'], rules: { 'operation-4xx-response': 'error', 'no-server-example.com': 'off' } });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: '/openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    assert.deepEqual(errors, []);
  });

  it('lints a broken document with errors, so the check above can fail', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const broken = { ...doc, paths: { '/x': { get: { responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } } } } } } } };
    const problems = await lintFromString({ source: JSON.stringify(broken), absoluteRef: '/openapi.json', config });
    assert.ok(problems.some((p) => p.severity === 'error'));
  });

  it('is OpenAPI 3.1 and gives every API route a summary, a 2xx response schema and an example, and leaves pages out', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(!Object.keys(doc.paths).some((p) => p.startsWith('/{lang}')), 'pages are hidden');
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const label = `${method.toUpperCase()} ${path}`;
        assert.ok(op.summary, `${label} has a summary`);
        const ok = Object.entries<any>(op.responses).find(([code]) => code.startsWith('2'));
        assert.ok(ok, `${label} documents its success`);
        const content = Object.values<any>(ok[1].content ?? {})[0];
        assert.ok(content?.schema, `${label} has a response schema`);
        const ref = content.schema.$ref?.split('/').pop();
        const example = content.example ?? content.schema.examples?.[0] ?? (ref && doc.components.schemas[ref].examples?.[0]);
        assert.ok(example !== undefined, `${label} has an example`);
        if (['post', 'patch'].includes(method)) assert.ok(op.requestBody, `${label} documents its body`);
      }
    }
  });

  it('documents what the API really answers: responses match their schemas', async () => {
    const list = (await t.app.inject({ url: '/api/v1/initiatives' })).json();
    assert.ok(list.items.length);
    for (const item of list.items) assert.ok(Value.Check(InitiativeOutSchema, item), JSON.stringify([...Value.Errors(InitiativeOutSchema, item)].slice(0, 3)));
    const orgs = (await t.app.inject({ url: '/api/v1/organisations' })).json();
    for (const o of orgs.items) assert.ok(Value.Check(OrganisationOutSchema, o));
    const problem = (await t.app.inject({ url: '/api/v1/initiatives?sdg=99' })).json();
    assert.ok(Value.Check(ProblemSchema, problem));
  });

  it('serves a readable docs page that needs no script', async () => {
    const res = await t.app.inject({ url: '/api/docs', headers: { 'accept-language': 'fr' } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="fr"/);
    assert.match(res.body, /GET \/api\/v1\/initiatives/);
    assert.doesNotMatch(res.body, /<script(?! type="application\/ld\+json")/);
    assert.match(res.headers['content-security-policy'] as string, /script-src 'self'/);
  });
});
