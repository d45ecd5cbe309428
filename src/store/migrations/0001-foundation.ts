import type { Kysely } from 'kysely';

// Migrations are immutable once landed and import nothing from the app: they describe the schema
// as it was on the day they were written. Types chosen to behave the same on SQLite and PostgreSQL:
// texts for ids, ISO timestamps and JSON; integers for booleans.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('countries')
    .addColumn('m49', 'text', (c) => c.primaryKey())
    .addColumn('iso2', 'text', (c) => c.notNull().unique())
    .addColumn('iso3', 'text', (c) => c.notNull().unique())
    .addColumn('region', 'text')
    .addColumn('subregion', 'text')
    .addColumn('intermediate_region', 'text')
    .addColumn('itu_region', 'text')
    .addColumn('names', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('country_groups')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('m49', 'text')
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('country_group_members')
    .addColumn('group_code', 'text', (c) => c.notNull().references('country_groups.code'))
    .addColumn('m49', 'text', (c) => c.notNull().references('countries.m49'))
    .addPrimaryKeyConstraint('country_group_members_pk', ['group_code', 'm49'])
    .execute();

  await db.schema
    .createTable('sdg_goals')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('iri', 'text', (c) => c.notNull())
    .addColumn('short', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('color', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sdg_targets')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('goal', 'integer', (c) => c.notNull().references('sdg_goals.number'))
    .addColumn('iri', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sdg_indicators')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('target', 'text', (c) => c.notNull().references('sdg_targets.code'))
    .addColumn('iri', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();

  await db.schema
    .createTable('technologies')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('wsis_lines')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('parent', 'text')
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('original_lang', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('itu_membership', 'text')
    .addColumn('country_m49', 'text', (c) => c.references('countries.m49'))
    .addColumn('website', 'text')
    .addColumn('iati_id', 'text')
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('organisations_iati_id').on('organisations').column('iati_id').execute();

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('original_lang', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('planned_start', 'text')
    .addColumn('planned_end', 'text')
    .addColumn('actual_start', 'text')
    .addColumn('actual_end', 'text')
    .addColumn('scope', 'text')
    .addColumn('impact', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('impact_metrics', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('partnerships', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('lessons', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('replicability', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('budget_amount', 'double precision')
    .addColumn('budget_currency', 'text')
    .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('licence', 'text')
    .addColumn('external_ids', 'text', (c) => c.notNull().defaultTo('{}'))
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
  await db.schema.createIndex('initiatives_state_updated').on('initiatives').columns(['workflow_state', 'updated_at']).execute();

  await db.schema
    .createTable('initiative_countries')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('m49', 'text', (c) => c.notNull().references('countries.m49'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_countries_pk', ['initiative_id', 'm49'])
    .execute();
  await db.schema.createIndex('initiative_countries_m49').on('initiative_countries').column('m49').execute();

  await db.schema
    .createTable('initiative_organisations')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_organisations_pk', ['initiative_id', 'organisation_id', 'role'])
    .execute();
  await db.schema.createIndex('initiative_organisations_org').on('initiative_organisations').column('organisation_id').execute();

  // Classification links and trust markers are shared by every record type (initiatives, policies, …).
  await db.schema
    .createTable('classification_links')
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision')
    .addColumn('evidence_text', 'text')
    .addColumn('evidence_url', 'text')
    .addColumn('confirmed_by', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('classification_links_pk', ['record_type', 'record_id', 'scheme', 'code'])
    .execute();
  await db.schema.createIndex('classification_links_code').on('classification_links').columns(['scheme', 'code', 'record_type']).execute();

  await db.schema
    .createTable('trust_markers')
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('significance', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addPrimaryKeyConstraint('trust_markers_pk', ['record_type', 'record_id', 'dimension'])
    .execute();

  // Every change of every record, as a full snapshot: history stays readable and versions restorable.
  await db.schema
    .createTable('record_versions')
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('changed_fields', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_versions_pk', ['record_type', 'record_id', 'version'])
    .execute();

  // Workflow transitions (submit, publish, archive, …): the public review trail.
  await db.schema
    .createTable('review_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Small facts about this installation, e.g. that sample content was loaded once (and so is not reloaded after removal).
  await db.schema
    .createTable('app_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('review_events_record').on('review_events').columns(['record_type', 'record_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only');
}
