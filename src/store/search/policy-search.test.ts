import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { seedPolicyFixtures } from '../../../test/fixtures/policies.ts';
import { ANONYMOUS, CLI_ACTOR } from '../../domain/access/access.ts';
import type { SearchQuery } from '../../domain/search/search-service.ts';

for (const db of testDatabases()) {
  describe(`policies in search on ${db}`, () => {
    let t: TestApp;
    let p: Awaited<ReturnType<typeof seedPolicyFixtures>>;
    before(async () => {
      t = await testApp(db);
      p = await seedPolicyFixtures(t.services);
    });
    after(() => t.close());
    const search = (q: SearchQuery, actor = ANONYMOUS) => t.services.search.search(actor, q);
    const idsOf = (r: Awaited<ReturnType<typeof search>>) => r.items.map((i) => `${i.type}:${i.record.id}`).sort();

    it('finds policies by the words of their title, summary and issuing body, as policy hits', async () => {
      assert.deepEqual(idsOf(await search({ q: 'data protection', type: 'policy' })), [`policy:${p.kenyaDpa.id}`, `policy:${p.kenyaOdpc.id}`].sort());
      assert.deepEqual(idsOf(await search({ q: 'UNESCO General Conference' })), [`policy:${p.unesco.id}`]);
      assert.deepEqual(idsOf(await search({ q: 'intelligence artificielle' })), [`policy:${p.rwandaAi.id}`]);
    });

    it('counts policy type, level, theme and the shared facets of policies', async () => {
      const r = await search({ type: 'policy' });
      assert.equal(r.total, 6, 'the six published instruments; the draft is hidden');
      assert.deepEqual(r.facets.level, [
        { value: 'national', count: 4 },
        { value: 'international', count: 1 },
        { value: 'regional', count: 1 },
      ]);
      assert.deepEqual(r.facets.policyType.find((f) => f.value === 'strategy'), { value: 'strategy', count: 2 });
      assert.deepEqual(r.facets.theme.find((f) => f.value === 'accountability'), { value: 'accountability', count: 4 });
      assert.deepEqual(r.facets.technology.find((f) => f.value === 'artificial-intelligence'), { value: 'artificial-intelligence', count: 3 });
      assert.deepEqual(r.facets.country.find((f) => f.value === 'KEN'), { value: 'KEN', count: 3 });
      assert.deepEqual(r.facets.status.find((f) => f.value === 'consultation'), { value: 'consultation', count: 1 });
      assert.deepEqual(r.facets.year.find((f) => f.value === '2019'), { value: '2019', count: 1 });
      assert.deepEqual(r.facets.sdg, [{ value: '16', count: 1 }]);
    });

    it('filters by policy type, level and theme', async () => {
      assert.deepEqual(idsOf(await search({ level: 'regional' })), [`policy:${p.auStrategy.id}`]);
      assert.deepEqual(idsOf(await search({ policyType: 'law' })), [`policy:${p.kenyaDpa.id}`]);
      assert.deepEqual(idsOf(await search({ theme: 'infrastructure-access', status: 'consultation' })), [`policy:${p.nepalDraft.id}`]);
    });

    it('keeps unpublished policies from people who may not see them, and shows them to moderators', async () => {
      assert.equal((await search({ q: 'unpublished spectrum' })).total, 0);
      assert.deepEqual(idsOf(await search({ q: 'unpublished spectrum' }, CLI_ACTOR)), [`policy:${p.draft.id}`]);
    });

    it('updates the index in the same transaction as a policy write and a workflow step', async () => {
      const fresh = await t.services.policies.create(CLI_ACTOR, { title: { en: 'Quantum readiness guideline' }, summary: { en: 'Skills for a new field.' }, type: 'guideline', level: 'national', jurisdiction: { country: 'KEN' }, issuingBody: { en: 'Ministry' }, status: 'adopted', themes: ['digital-skills'] });
      assert.equal((await search({ q: 'quantum readiness' })).total, 0, 'a draft');
      assert.equal((await search({ q: 'quantum readiness' }, CLI_ACTOR)).total, 1);
      await t.services.policies.update(CLI_ACTOR, fresh.id, { title: { en: 'Photonic readiness guideline' } });
      assert.equal((await search({ q: 'quantum' }, CLI_ACTOR)).total, 0);
      await t.services.policies.transition(CLI_ACTOR, fresh.id, 'publish');
      assert.deepEqual(idsOf(await search({ q: 'photonic' })), [`policy:${fresh.id}`]);
      await t.services.policies.transition(CLI_ACTOR, fresh.id, 'archive');
      assert.equal((await search({ q: 'photonic' }, CLI_ACTOR)).total, 0, 'archived instruments leave the index view');
    });

    it('rebuilds policies into the index with the same results', async () => {
      const before = await search({ q: 'artificial intelligence' });
      assert.ok(before.items.some((i) => i.type === 'policy'));
      await t.services.search.reindex(CLI_ACTOR);
      assert.deepEqual(await search({ q: 'artificial intelligence' }), before);
    });
  });
}
