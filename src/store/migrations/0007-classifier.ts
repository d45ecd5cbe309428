import type { Kysely } from 'kysely';

// The classifier's own data: people's accept/reject decisions on machine suggestions (kept even when a rejected
// link is removed from its record, so training learns from rejections) and the trained models.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('classifier_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('confidence', 'double precision')
    .addColumn('evidence_text', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('classifier_decisions_record').on('classifier_decisions').columns(['record_type', 'record_id']).execute();

  await db.schema
    .createTable('classifier_models')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('examples', 'integer', (c) => c.notNull())
    .addColumn('codes', 'integer', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('classifier_models_created').on('classifier_models').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('classifier_models').execute();
  await db.schema.dropTable('classifier_decisions').execute();
}
