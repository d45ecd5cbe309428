import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { ANONYMOUS, CLI_ACTOR } from '../access/access.ts';
import { stableId } from '../ids.ts';
import { syntheticInitiatives } from './synthetic.ts';

for (const db of testDatabases()) {
  describe(`sample content on ${db}`, () => {
    let t: TestApp;
    before(async () => (t = await testApp(db)));
    after(() => t.close());

    it('loads once on first start, is removed whole, and does not come back', async () => {
      const s = t.services.sample;
      assert.deepEqual(await s.loadOnFirstStart(CLI_ACTOR), { organisations: 28, initiatives: 41, policies: 35, participations: 386, posts: 30 });
      assert.equal(await s.present(), true);
      // A real record naming a sample organisation keeps that organisation.
      const orgId = stableId('organisation', (await import('../../sample/sample-content.ts')).sampleContent().organisations[0]!.key);
      const real = await t.services.initiatives.create(CLI_ACTOR, {
        title: { en: 'A real record' },
        summary: { en: 'Not sample content.' },
        kind: 'project',
        status: 'implementation',
        organisations: [{ id: orgId, role: 'partner' }],
      });
      const removed = await s.remove(CLI_ACTOR);
      assert.deepEqual(removed, { policies: 35, initiatives: 41, organisations: 27, participations: 386, posts: 30 });
      assert.equal(await s.present(), false);
      assert.ok(await t.services.initiatives.get(CLI_ACTOR, real.id));
      assert.ok(await t.services.organisations.get(orgId));
      assert.equal(await s.loadOnFirstStart(CLI_ACTOR), undefined, 'not reloaded at the next start');
    });

    it('generates synthetic initiatives with their relations and index entries, again after a removal', async () => {
      const s = t.services;
      const vocab = s.vocabulary.current();
      // 1,234 records: one transaction, written in chunks of 500 and a remainder.
      const expected = syntheticInitiatives(vocab, 0, 1234, 7, new Date().toISOString());
      const inEnglish = expected.filter((r) => r.title.en?.startsWith('crop disease')).map((r) => r.id).sort();
      for (const round of [1, 2]) {
        assert.equal(await s.sample.generate(CLI_ACTOR, vocab, 1234, 7), 1234);
        const [stored, want] = [await s.initiatives.get(CLI_ACTOR, expected[1000]!.id), expected[1000]!];
        const links = (r?: typeof want) => r?.classifications.map(({ scheme, code, source }) => ({ scheme, code, source }));
        assert.deepEqual(
          { title: stored?.title, countries: stored?.countries, links: links(stored), state: stored?.workflowState },
          { title: want.title, countries: want.countries, links: links(want), state: want.workflowState },
        );
        const found = await s.search.search(CLI_ACTOR, { q: 'crop disease', type: 'initiative', limit: 100 });
        assert.equal(found.total, inEnglish.length, `round ${round}: every record with the English topic, once`);
        await s.sample.remove(CLI_ACTOR);
        assert.equal((await s.search.search(CLI_ACTOR, { q: 'crop disease' })).total, 0, `round ${round}: removed from the index`);
      }
    });

    it('refuses visitors', async () => {
      await assert.rejects(() => t.services.sample.remove(ANONYMOUS), /Authentication is required/);
    });
  });
}
