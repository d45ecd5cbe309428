import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Store } from '../../src/store/database.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

/**
 * The databases storage tests run on: SQLite always; PostgreSQL when the test command started a
 * cluster (LEAPFROG_TEST_PG_URL). scripts/test.ts makes PostgreSQL mandatory when CI=true.
 */
export function testDatabases(): DatabaseKind[] {
  return process.env.LEAPFROG_TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh, empty database of the given kind; `drop` removes it. */
export async function freshDatabase(kind: DatabaseKind): Promise<{ store: Store; url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const url = 'sqlite::memory:';
    const store = openDatabase(url);
    return { store, url, drop: () => store.close() };
  }
  const admin = process.env.LEAPFROG_TEST_PG_URL!;
  const name = `lf_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  const store = openDatabase(url);
  return {
    store,
    url,
    drop: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
