import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedData } from '../../test/helpers/shared-data.ts';
import { testDatabases, freshDatabase } from '../../test/helpers/databases.ts';

const bin = new URL('../../bin/leapfrog.js', import.meta.url).pathname;

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('leapfrog CLI: wrong use', () => {
  const env = { DATABASE_URL: 'sqlite::memory:' };
  it('names an unknown command and exits non-zero', () => {
    const r = cli(['frobnicate'], env);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /unknown command 'frobnicate'/);
  });
  it('names a missing option', () => {
    const r = cli(['vocab', 'import'], env);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /--sdg-translations/);
  });
  it('names a folder that does not exist or holds no translations', () => {
    const r = cli(['vocab', 'import', '--sdg-translations', '/nonexistent'], env);
    assert.equal(r.code, 2);
    assert.match(r.err, /No such folder: \/nonexistent/);
    const empty = mkdtempSync(join(tmpdir(), 'lf-empty-'));
    const r2 = cli(['vocab', 'import', '--sdg-translations', empty], env);
    assert.equal(r2.code, 2);
    assert.match(r2.err, /holds no Open SDG translations/);
    rmSync(empty, { recursive: true });
  });
  it('names a bad setting', () => {
    const r = cli(['migrate'], { DATABASE_URL: 'mysql://nope' });
    assert.equal(r.code, 2);
    assert.match(r.err, /DATABASE_URL="mysql:\/\/nope"/);
  });
});

for (const kind of testDatabases()) {
  describe(`leapfrog CLI on ${kind}`, () => {
    let url: string;
    let cleanup: () => Promise<void>;
    before(async () => {
      if (kind === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'lf-cli-'));
        url = `sqlite:${join(dir, 'db.sqlite')}`;
        cleanup = async () => rmSync(dir, { recursive: true, force: true });
      } else {
        const db = await freshDatabase('postgres');
        await db.store.close();
        url = db.url;
        cleanup = db.drop;
      }
    });
    after(() => cleanup());

    it('migrates, loads and removes the sample content, imports SDG texts', () => {
      const env = { DATABASE_URL: url };
      assert.match(cli(['migrate'], env).out, /Applied 0001-foundation|up to date/);
      assert.match(cli(['migrate'], env).out, /The database is up to date/);
      const load = cli(['sample', 'load'], env);
      assert.equal(load.code, 0, load.err);
      assert.match(load.out, /Loaded 41 sample initiatives and 28 sample organisations/);
      assert.match(cli(['sample', 'load'], env).out, /Loaded 0 sample initiatives/);
      const removed = cli(['sample', 'remove'], env);
      assert.equal(removed.code, 0, removed.err);
      assert.match(removed.out, /Removed 41 sample initiatives and 28 sample organisations/);
      const imported = cli(['vocab', 'import', '--sdg-translations', sharedData('sdg-translations')], env);
      assert.equal(imported.code, 0, imported.err);
      assert.match(imported.out, /Imported texts of 17 goals, 169 targets and \d+ indicators/);
    });
  });
}
