import { PostgresAdapter, sql, type Kysely } from 'kysely';

// The search index, generic over record types: one row per record (record_type, record_id) with the
// folded, segmented words of every language and its facet codes. Visibility is decided at query time.
// SQLite: an FTS5 table keyed by doc_id. PostgreSQL: a weighted tsvector with a RUM index for ranking.

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    try {
      await sql`CREATE EXTENSION IF NOT EXISTS rum`.execute(db);
    } catch (err) {
      throw new Error(
        `Search needs the PostgreSQL extension "rum" (Debian: apt-get install postgresql-15-rum, then restart PostgreSQL): ${(err as Error).message}`,
      );
    }
  }
  let table = db.schema
    .createTable('search_documents')
    // doc_ids are never reused (AUTOINCREMENT, identity): every write of a record gives it a new doc_id,
    // so a cached entry for a doc_id never goes stale, it only stops matching.
    .addColumn('doc_id', 'integer', (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('sort_date', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('facets', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_record', ['record_type', 'record_id']);
  if (postgres) table = table.addColumn('tsv', sql`tsvector`, (c) => c.notNull());
  await table.execute();
  await db.schema.createIndex('search_documents_state').on('search_documents').columns(['state', 'sort_date']).execute();
  // A counter bumped by every index write, in the same transaction: a cached search result is
  // valid while the counter has not moved.
  await db.schema.createTable('search_state').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('version', 'integer', (c) => c.notNull()).execute();
  await db.insertInto('search_state').values({ key: 'index', version: 0 }).execute();
  if (postgres) {
    await sql`CREATE INDEX search_documents_tsv ON search_documents USING rum (tsv rum_tsvector_ops)`.execute(db);
  } else {
    // Contentless: the words live only in the index (snippets are cut from the records themselves).
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title, summary, description, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only');
}
