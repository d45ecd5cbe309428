import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { testDatabases, freshDatabase } from '../../test/helpers/databases.ts';
import { sql } from 'kysely';
import { migrate, migrationsApplied } from './migrator.ts';

const dir = new URL('./migrations/', import.meta.url);
const checksums = JSON.parse(readFileSync(new URL('checksums.json', dir), 'utf8')) as Record<string, string>;

describe('migrations', () => {
  it('are never edited once landed: each file matches its recorded checksum', () => {
    for (const [file, sum] of Object.entries(checksums)) {
      const actual = createHash('sha256').update(readFileSync(new URL(file, dir))).digest('hex');
      assert.equal(actual, sum, `${file} changed after it landed: add a new migration instead (or, for a new one, update checksums.json)`);
    }
  });

  it('are all recorded, numbered uniquely in increasing order, and registered', () => {
    const files = readdirSync(dir).filter((f) => /^\d{4}-.+\.ts$/.test(f) && !f.endsWith('.test.ts')).sort();
    assert.deepEqual(Object.keys(checksums).sort(), files, 'every migration file has a checksum (npm run migrations:checksum)');
    // Numbers are assigned to parallel branches up front, so gaps are normal until every branch lands;
    // what matters is one file per number, in increasing order.
    const numbers = files.map((f) => Number(f.slice(0, 4)));
    numbers.forEach((n, i) => assert.ok(n >= 1 && (i === 0 || n > numbers[i - 1]!), `${files[i]} is numbered after ${files[i - 1] ?? 'nothing'}`));
    const registered = readFileSync(new URL('../migrator.ts', dir), 'utf8');
    for (const f of files) assert.ok(registered.includes(`'${f.replace(/\.ts$/, '')}'`), `${f} is registered in migrator.ts`);
  });
});

for (const kind of testDatabases()) {
  describe(`migrations on ${kind}`, () => {
    it('apply to an empty database, then report nothing to do', async () => {
      const db = await freshDatabase(kind);
      try {
        assert.equal(await migrationsApplied(db.store.db), false);
        assert.ok((await migrate(db.store.db)).length >= 1);
        assert.deepEqual(await migrate(db.store.db), []);
        assert.equal(await migrationsApplied(db.store.db), true);
      } finally {
        await db.drop();
      }
    });
  });
}

describe('migrations landing out of order', () => {
  it('applies a lower-numbered migration to a database that already ran higher-numbered ones', async () => {
    const db = await freshDatabase('sqlite');
    try {
      await migrate(db.store.db);
      // As if 0005 had landed after 0006 and 0007 were applied.
      for (const table of ['indicator_official_aggregates', 'indicator_observations', 'indicator_series']) await db.store.db.schema.dropTable(table).execute();
      await sql`delete from schema_migrations where name = '0005-indicators'`.execute(db.store.db);
      assert.deepEqual(await migrate(db.store.db), ['0005-indicators']);
      assert.equal(await migrationsApplied(db.store.db), true);
    } finally {
      await db.drop();
    }
  });
});
