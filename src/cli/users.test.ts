import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../test/helpers/databases.ts';
import { cliDatabase, runCli } from '../../test/helpers/cli.ts';
import { remainingSessions, seedSessions } from '../../test/helpers/sessions.ts';
import { openDatabase, type Store } from '../store/database.ts';
import { migrate } from '../store/migrator.ts';
import { unitOfWork } from '../store/unit-of-work.ts';

for (const kind of testDatabases()) {
  describe(`leapfrog sessions purge on ${kind}`, () => {
    let env: Record<string, string>;
    let store: Store;
    let drop: () => Promise<void>;
    before(async () => {
      const db = await cliDatabase(kind);
      env = { DATABASE_URL: db.url };
      drop = db.drop;
      store = openDatabase(db.url);
      await migrate(store.db);
    });
    after(async () => {
      await store.close();
      await drop();
    });

    it('removes expired sessions and spent email links, prints how many, and keeps live ones', async () => {
      const r = runCli(['user', 'add', '--email', 'purge@example.org', '--role', 'contributor'], env);
      assert.equal(r.code, 0, r.err);
      const user = await store.db.selectFrom('users').select('id').where('email', '=', 'purge@example.org').executeTakeFirstOrThrow();
      const tag = await seedSessions(unitOfWork(store.db), user.id);
      const purge = runCli(['sessions', 'purge'], env);
      assert.equal(purge.code, 0, purge.err);
      assert.equal(purge.out, 'Removed 2 expired sessions and 2 used or expired email links.\n');
      assert.deepEqual(await remainingSessions(store.db), { sessions: [`live-${tag}`], emailTokens: [`live-${tag}`] });
      assert.match(runCli(['sessions', 'purge'], env).out, /Removed 0 expired sessions and 0 used or expired email links/);
    });
  });
}
