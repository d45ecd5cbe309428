import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { RecordType } from '../../domain/ports.ts';
import type { SearchDocument } from '../../domain/search/search-document.ts';
import { deleteFts5, writeFts5 } from './fts5.ts';
import { tsvectorLiteral } from './pg-search.ts';
import { bulkInsert, type BulkColumn } from '../bulk-insert.ts';
import { isPostgres } from './search-sql.ts';

// Writes of the search index. The record stores call these inside the caller's transaction, so a
// record and its index entry change together on every write path (API, pages, CLI, sample, imports).

const COLUMNS: BulkColumn[] = ['record_type', 'record_id', 'state', 'created_by', 'sort_date', 'title_key', 'facets'];
const PG_COLUMNS: BulkColumn[] = [...COLUMNS, { name: 'tsv', cast: 'tsvector' }];
const entryValues = (d: SearchDocument): unknown[] => [d.recordType, d.recordId, d.state, d.createdBy ?? null, d.sortDate, d.titleKey, JSON.stringify(d.facets)];

/** Marks the index as changed (cached search results made before are no longer served). */
export async function bumpIndexVersion(db: Executor): Promise<void> {
  await db.updateTable('search_state').set((eb) => ({ version: eb('version', '+', 1) })).where('key', '=', 'index').execute();
}

/** The index's change counter. */
export async function indexVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom('search_state').select('version').where('key', '=', 'index').executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Removes the index entries of these records. */
export async function unindex(db: Executor, recordType: RecordType, recordIds: string[]): Promise<void> {
  if (!recordIds.length) return;
  await bumpIndexVersion(db);
  for (let i = 0; i < recordIds.length; i += 500) {
    const ids = recordIds.slice(i, i + 500);
    if (!isPostgres(db)) {
      const docIds = (await db.selectFrom('search_documents').select('doc_id').where('record_type', '=', recordType).where('record_id', 'in', ids).execute()).map((r) => Number(r.doc_id));
      if (docIds.length) await deleteFts5(db, docIds);
    }
    await db.deleteFrom('search_documents').where('record_type', '=', recordType).where('record_id', 'in', ids).execute();
  }
}

/**
 * Writes (or rewrites) the index entries of these documents. `fresh`: the records were just
 * inserted, so they have no entries to remove (the bulk path skips that lookup).
 */
export async function indexDocuments(db: Executor, docs: SearchDocument[], fresh = false): Promise<void> {
  if (!docs.length) return;
  await bumpIndexVersion(db);
  if (!fresh) {
    const byType = new Map<RecordType, string[]>();
    for (const d of docs) byType.set(d.recordType, [...(byType.get(d.recordType) ?? []), d.recordId]);
    for (const [type, ids] of byType) await unindex(db, type, ids);
  }
  if (isPostgres(db)) {
    const rows = docs.map((d) => [...entryValues(d), tsvectorLiteral(d)]);
    await bulkInsert(db, 'search_documents', PG_COLUMNS, rows);
    return;
  }
  // SQLite: the doc ids AUTOINCREMENT would give (one above the largest ever used), written
  // explicitly, so the FTS5 rows need no RETURNING round to learn them.
  const { rows } = await sql<{ next: number }>`
    SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_documents'), 0),
               coalesce((SELECT max(doc_id) FROM search_documents), 0)) + 1 AS next`.execute(db);
  const first = Number(rows[0]!.next);
  await bulkInsert(db, 'search_documents', ['doc_id', ...COLUMNS], docs.map((d, i) => [first + i, ...entryValues(d)]));
  await writeFts5(db, docs.map((doc, i) => ({ docId: first + i, doc })));
}
