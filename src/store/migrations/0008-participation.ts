import type { Kysely } from 'kysely';

// Participation in the bodies that shape policy (bodies, meetings, participation rows), and the
// partnership space (needs, offers, connection requests and their recorded exchange).
// Immutable once landed; imports nothing from the app.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('participation_bodies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acronym', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('participation_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_id', 'text', (c) => c.notNull().references('participation_bodies.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('country_m49', 'text', (c) => c.references('countries.m49'))
    .addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('participation_meetings_body_code', ['body_id', 'code'])
    .execute();
  await db.schema.createIndex('participation_meetings_start').on('participation_meetings').columns(['start_date']).execute();

  // One delegation's role at one meeting. The natural key (meeting, country, organisation, role)
  // makes re-imports idempotent; organisation_key is the name folded for that comparison.
  await db.schema
    .createTable('participations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('participation_meetings.id'))
    .addColumn('country_m49', 'text', (c) => c.notNull().references('countries.m49'))
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('organisation_key', 'text', (c) => c.notNull())
    .addColumn('stakeholder_type', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('contributions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('participations_natural_key', ['meeting_id', 'country_m49', 'organisation_key', 'role'])
    .execute();
  await db.schema.createIndex('participations_country').on('participations').columns(['country_m49']).execute();

  // Needs and offers share one table (kind); technologies and SDG targets are classification_links
  // with record_type 'need' or 'offer'. `contact` is private: shown only inside an accepted connection.
  await db.schema
    .createTable('partnership_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('original_lang', 'text', (c) => c.notNull())
    .addColumn('country_m49', 'text', (c) => c.references('countries.m49'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('help_kinds', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partnership_posts_kind').on('partnership_posts').columns(['kind', 'status', 'created_at']).execute();

  // A request to connect a need and an offer, asked by one side and answered by the other.
  await db.schema
    .createTable('partnership_connections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('need_id', 'text', (c) => c.notNull().references('partnership_posts.id'))
    .addColumn('offer_id', 'text', (c) => c.notNull().references('partnership_posts.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_side', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('public_summary', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('partnership_connections_pair', ['need_id', 'offer_id'])
    .execute();

  // The recorded exchange of a connection: request, answer, notes, publication.
  await db.schema
    .createTable('partnership_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('connection_id', 'text', (c) => c.notNull().references('partnership_connections.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partnership_events_connection').on('partnership_events').columns(['connection_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only');
}
