import type { Kysely } from 'kysely';

// Open data: external ids of records (DPG slug, IATI identifier, WSIS id), indexed so an import can
// find the record it imported before and update it instead of adding a duplicate.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('external_ids')
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('external_ids_pk', ['record_type', 'record_id', 'scheme'])
    .execute();
  await db.schema.createIndex('external_ids_lookup').on('external_ids').columns(['record_type', 'scheme', 'value']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('external_ids').execute();
}
