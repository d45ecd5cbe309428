import type { Kysely } from 'kysely';

// Indicator series (provenance of each imported source series), country observations keyed by
// indicator, country (M49), year and disaggregation, and published group aggregates kept apart from them.
// Immutable once landed; imports nothing from the app.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('source_series', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('indicator_observations')
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('m49', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('dims', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('series_id', 'text', (c) => c.notNull().references('indicator_series.id'))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('indicator_observations_pk', ['indicator_code', 'dims', 'm49', 'year'])
    .execute();
  await db.schema.createIndex('indicator_observations_country').on('indicator_observations').columns(['m49', 'indicator_code']).execute();

  await db.schema
    .createTable('indicator_official_aggregates')
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('group_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('dims', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('series_id', 'text', (c) => c.notNull().references('indicator_series.id'))
    .addPrimaryKeyConstraint('indicator_official_aggregates_pk', ['indicator_code', 'dims', 'group_code', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator_official_aggregates').execute();
  await db.schema.dropTable('indicator_observations').execute();
  await db.schema.dropTable('indicator_series').execute();
}
