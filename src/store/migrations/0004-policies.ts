import type { Kysely } from 'kysely';

// Policy instruments: the record, the countries it applies to, its themes and its relations.
// Technologies, SDGs and trust markers live in the shared classification_links and trust_markers
// tables with record_type 'policy'; versions and review events in the shared history tables.
// Immutable once landed; imports nothing from the app.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('original_lang', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_country', 'text', (c) => c.references('countries.m49'))
    .addColumn('jurisdiction_region', 'text')
    .addColumn('jurisdiction_organisation', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('issuing_body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_on', 'text')
    .addColumn('adopted_on', 'text')
    .addColumn('in_force_on', 'text')
    .addColumn('revised_on', 'text')
    .addColumn('repealed_on', 'text')
    .addColumn('year', 'integer')
    .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('provenance', 'text', (c) => c.notNull())
    .addColumn('last_verified', 'text')
    .addColumn('workflow_state', 'text', (c) => c.notNull())
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('policies_state_updated').on('policies').columns(['workflow_state', 'updated_at']).execute();
  await db.schema.createIndex('policies_level_type').on('policies').columns(['level', 'type']).execute();

  await db.schema
    .createTable('policy_countries')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policies.id'))
    .addColumn('m49', 'text', (c) => c.notNull().references('countries.m49'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_countries_pk', ['policy_id', 'm49'])
    .execute();
  await db.schema.createIndex('policy_countries_m49').on('policy_countries').column('m49').execute();

  await db.schema
    .createTable('policy_themes')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policies.id'))
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_themes_pk', ['policy_id', 'theme'])
    .execute();
  await db.schema.createIndex('policy_themes_theme').on('policy_themes').column('theme').execute();

  // target_type 'policy' (amends, replaces, implements) or 'initiative' (enables, implemented-by).
  await db.schema
    .createTable('policy_relations')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policies.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_relations_pk', ['policy_id', 'target_type', 'target_id', 'relation'])
    .execute();
  await db.schema.createIndex('policy_relations_target').on('policy_relations').columns(['target_type', 'target_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only');
}
