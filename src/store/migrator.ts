import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './database.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-accounts.ts';
import * as m0003 from './migrations/0003-search.ts';
import * as m0004 from './migrations/0004-policies.ts';
import * as m0005 from './migrations/0005-indicators.ts';
import * as m0006 from './migrations/0006-open-data.ts';
import * as m0007 from './migrations/0007-classifier.ts';
import * as m0008 from './migrations/0008-participation.ts';

/** Every migration, in order. A new one is appended here; landed ones are never edited. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-accounts': m0002,
  '0003-search': m0003,
  '0004-policies': m0004,
  '0005-indicators': m0005,
  '0006-open-data': m0006,
  '0007-classifier': m0007,
  '0008-participation': m0008,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

// Numbers are assigned to parallel branches up front, so a database may already have 0006 when 0005 lands:
// pending migrations are applied even when a later-numbered one ran before them (each touches its own tables).

/** Applies pending migrations; throws with the failing migration's name. */
export async function migrate(db: Db): Promise<string[]> {
  // Numbers are handed to parallel branches, so a database may hold 0004 before 0003 lands: apply the
  // missing one then instead of refusing (each migration touches only its own tables).
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock', allowUnorderedMigrations: true });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${(result.error as Error).message ?? result.error}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every known migration has been applied (for /readyz). */
export async function migrationsApplied(db: Db): Promise<boolean> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock', allowUnorderedMigrations: true });
  const all = await migrator.getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
