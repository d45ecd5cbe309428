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
  const pg = isPostgres(db);
  const rows = docs.map((d) => {
    const row: unknown[] = [d.recordType, d.recordId, d.state, d.createdBy ?? null, d.sortDate, d.titleKey, JSON.stringify(d.facets)];
    if (pg) row.push(tsvectorLiteral(d));
    return row;
  });
  const inserted = await bulkInsert<{ doc_id: number; record_type: string; record_id: string }>(db, 'search_documents', pg ? PG_COLUMNS : COLUMNS, rows, [
    'doc_id',
    'record_type',
    'record_id',
  ]);
  if (!pg) {
    // Matched by key, not by position: the order of RETURNING rows is not guaranteed.
    const byKey = new Map(docs.map((d) => [`${d.recordType}\u0000${d.recordId}`, d]));
    await writeFts5(db, inserted.map((r) => ({ docId: Number(r.doc_id), doc: byKey.get(`${r.record_type}\u0000${r.record_id}`)! })));
  }
}
