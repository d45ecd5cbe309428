import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabases, freshDatabase } from '../../test/helpers/databases.ts';
import { remainingSessions, seedSessions } from '../../test/helpers/sessions.ts';
import { openDatabase, type Store } from '../store/database.ts';
import { migrate } from '../store/migrator.ts';
import { unitOfWork } from '../store/unit-of-work.ts';

const bin = new URL('../../bin/leapfrog.js', import.meta.url).pathname;
const cli = (args: string[], env: Record<string, string>) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

for (const kind of testDatabases()) {
  describe(`leapfrog sessions purge on ${kind}`, () => {
    let env: Record<string, string>;
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => {
      if (kind === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'lf-sessions-'));
        env = { DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` };
        store = openDatabase(env.DATABASE_URL!);
        cleanup = async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        };
      } else {
        const db = await freshDatabase('postgres');
        env = { DATABASE_URL: db.url };
        store = db.store;
        cleanup = db.drop;
      }
      await migrate(store.db);
    });
    after(() => cleanup());

    it('removes expired sessions and spent email links, prints how many, and keeps live ones', async () => {
      const r = cli(['user', 'add', '--email', 'purge@example.org', '--role', 'contributor'], env);
      assert.equal(r.code, 0, r.err);
      const user = await store.db.selectFrom('users').select('id').where('email', '=', 'purge@example.org').executeTakeFirstOrThrow();
      const tag = await seedSessions(unitOfWork(store.db), user.id);
      const purge = cli(['sessions', 'purge'], env);
      assert.equal(purge.code, 0, purge.err);
      assert.equal(purge.out, 'Removed 2 expired sessions and 2 used or expired email links.\n');
      assert.deepEqual(await remainingSessions(store.db), { sessions: [`live-${tag}`], emailTokens: [`live-${tag}`] });
      assert.match(cli(['sessions', 'purge'], env).out, /Removed 0 expired sessions and 0 used or expired email links/);
    });
  });
}
