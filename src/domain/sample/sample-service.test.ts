import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { ANONYMOUS, CLI_ACTOR } from '../access/access.ts';
import { stableId } from '../ids.ts';

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

    it('refuses visitors', async () => {
      await assert.rejects(() => t.services.sample.remove(ANONYMOUS), /Authentication is required/);
    });
  });
}
