import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { CLI_ACTOR, type Actor } from '../access/access.ts';
import { actorOf } from '../user/user.ts';

const DRAFT = { title: { en: 'Solar kiosks for rural clinics' }, summary: { en: 'Power for vaccines.' }, kind: 'project', status: 'implementation', countries: ['KEN'] };

for (const db of testDatabases()) {
  describe(`review workflow on ${db}`, () => {
    let t: TestApp;
    let author: Actor;
    let moderator: Actor;
    before(async () => {
      t = await testApp(db);
      author = actorOf((await t.services.accounts.addUser(CLI_ACTOR, { email: 'author@example.org', role: 'contributor' })).user);
      moderator = actorOf((await t.services.accounts.addUser(CLI_ACTOR, { email: 'mod@example.org', role: 'moderator' })).user);
    });
    after(() => t.close());

    it('runs draft → submitted → changes requested → submitted → published, emails the author, and keeps the public trail', async () => {
      const { initiatives } = t.services;
      const draft = await initiatives.create(author, DRAFT);
      await assert.rejects(initiatives.get({ role: 'visitor', label: 'anon' }, draft.id), { code: 'not-found' });
      await initiatives.transition(author, draft.id, 'submit');
      await assert.rejects(initiatives.transition(author, draft.id, 'publish'), { code: 'forbidden' }, 'authors do not publish');
      await initiatives.transition(moderator, draft.id, 'request-changes', 'Please name the partner clinics.');
      const mail = t.mailer.sent.at(-1)!;
      assert.equal(mail.to, 'author@example.org');
      assert.match(mail.text, /Please name the partner clinics\./);
      await initiatives.update(author, draft.id, { summary: { en: 'Power for vaccines in 12 clinics.' } });
      await initiatives.transition(author, draft.id, 'submit');
      const published = await initiatives.transition(moderator, draft.id, 'publish', 'Thank you');
      assert.equal(published.workflowState, 'published');
      assert.ok(published.lastVerified, 'publishing verifies');
      await assert.rejects(initiatives.transition(moderator, draft.id, 'decline'), { code: 'conflict' });
      const history = await initiatives.history({ role: 'visitor', label: 'anon' }, draft.id);
      assert.deepEqual(history.events.map((e) => e.action), ['submit', 'request-changes', 'submit', 'publish']);
      assert.equal(history.names[moderator.id!], 'mod');
      const summaryChange = history.versions.find((v) => v.version > 1 && v.changedFields.includes('summary'))!;
      assert.deepEqual(summaryChange.changes, [{ field: 'summary', before: ['en: Power for vaccines.'], after: ['en: Power for vaccines in 12 clinics.'] }]);
      const audit = await t.services.audit.list(CLI_ACTOR, { event: 'publish' });
      assert.equal(audit.items[0]!.subject, `initiative:${draft.id}`);
    });

    it('restores an earlier version as a new version (moderators only), keeping the workflow state', async () => {
      const { initiatives } = t.services;
      const rec = await initiatives.create(CLI_ACTOR, DRAFT, { state: 'published' });
      await initiatives.update(CLI_ACTOR, rec.id, { title: { en: 'Vandalised title' } });
      await assert.rejects(initiatives.review.restore(author, rec.id, 1), { code: 'forbidden' });
      const restored = await initiatives.review.restore(moderator, rec.id, 1);
      assert.equal(restored.title.en, DRAFT.title.en);
      assert.equal(restored.workflowState, 'published');
      assert.equal(restored.version, 3);
    });

    it('counts the queue by state and flags probable duplicates', async () => {
      const { initiatives } = t.services;
      const twin = await initiatives.create(author, { ...DRAFT, title: { en: 'Solar kiosks for rural health clinics' } });
      await initiatives.transition(author, twin.id, 'submit');
      const queue = await initiatives.queue(moderator);
      assert.ok(queue.items.some((i) => i.id === twin.id));
      assert.equal(queue.counts.submitted, queue.total);
      await assert.rejects(initiatives.queue(author), { code: 'forbidden' });
      const dups = await initiatives.duplicates(moderator, twin.id);
      assert.ok(dups.length >= 1);
      assert.ok(dups.every((d) => d.reasons.includes('similar-title')));
    });

    it('filters published records by freshness and re-confirms them', async () => {
      const { initiatives } = t.services;
      const old = await initiatives.create(CLI_ACTOR, { ...DRAFT, title: { en: 'Old record' } }, { state: 'published' });
      await t.services.store.db.updateTable('initiatives').set({ last_verified: '2020-01-01T00:00:00.000Z' }).where('id', '=', old.id).execute();
      const stale = await initiatives.list(CLI_ACTOR, { freshness: 'possibly-inactive' });
      assert.deepEqual(stale.items.map((i) => i.id), [old.id]);
      await initiatives.review.confirm(moderator, old.id);
      assert.equal((await initiatives.list(CLI_ACTOR, { freshness: 'possibly-inactive' })).total, 0);
    });
  });
}
