import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { remainingSessions, seedSessions } from '../../../test/helpers/sessions.ts';
import { CLI_ACTOR } from '../../domain/access/access.ts';
import { unitOfWork } from '../../store/unit-of-work.ts';

for (const db of testDatabases()) {
  describe(`the server's session purge job on ${db}`, () => {
    const apps: TestApp[] = [];
    after(async () => {
      for (const t of apps) await t.close();
    });

    it('deletes expired sessions and used or expired email links every LEAPFROG_SESSION_PURGE_SECONDS, keeping live ones', async () => {
      const t = await testApp(db, { config: { sessionPurgeSeconds: 1 } });
      apps.push(t);
      const { user } = await t.services.accounts.addUser(CLI_ACTOR, { email: 'purge@example.org', role: 'contributor', password: 'correct horse battery staple' });
      const tag = await seedSessions(unitOfWork(t.services.store.db), user.id);
      assert.equal((await remainingSessions(t.services.store.db)).sessions.length, 3);
      const deadline = Date.now() + 10_000;
      let left = await remainingSessions(t.services.store.db);
      while (left.sessions.length > 1 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        left = await remainingSessions(t.services.store.db);
      }
      assert.deepEqual(left, { sessions: [`live-${tag}`], emailTokens: [`live-${tag}`] });
    });

    it('does not run when the setting is 0', async () => {
      const t = await testApp(db, { config: { sessionPurgeSeconds: 0 } });
      apps.push(t);
      const { user } = await t.services.accounts.addUser(CLI_ACTOR, { email: 'kept@example.org', role: 'contributor', password: 'correct horse battery staple' });
      await seedSessions(unitOfWork(t.services.store.db), user.id);
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal((await remainingSessions(t.services.store.db)).sessions.length, 3);
    });
  });
}
