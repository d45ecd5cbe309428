import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { SearchDocument } from '../../domain/search/search-document.ts';
import { bulkInsert } from '../bulk-insert.ts';

// SQLite side of the search index: an FTS5 table (title, summary, description) whose rowid is the
// doc_id of search_documents. Words arrive already folded and segmented (domain/search/text.ts).

/** An FTS5 query: each phrase quoted (its words adjacent), phrases implicitly ANDed. */
export function fts5Query(phrases: string[][]): string {
  return phrases.map((p) => `"${p.join(' ').replaceAll('"', '""')}"`).join(' ');
}

/** Writes the words of documents whose rows were just inserted with these doc ids. */
export async function writeFts5(db: Executor, docs: { docId: number; doc: SearchDocument }[]): Promise<void> {
  await bulkInsert(
    db,
    'search_fts',
    ['rowid', 'title', 'summary', 'description'],
    docs.map(({ docId, doc }) => [docId, doc.title, doc.summary, doc.description]),
  );
}

/** Empties the FTS5 table (a contentless table is cleared with its 'delete-all' command). */
export async function clearFts5(db: Executor): Promise<void> {
  await sql`INSERT INTO search_fts(search_fts) VALUES('delete-all')`.execute(db);
}

/** Removes the words of these doc ids. */
export async function deleteFts5(db: Executor, docIds: number[]): Promise<void> {
  for (let i = 0; i < docIds.length; i += 500) {
    await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(docIds.slice(i, i + 500))})`.execute(db);
  }
}

/** The doc ids of every entry matching all phrases (unscored: scoring is for the bounded window only). */
export async function matchFts5(db: Executor, phrases: string[][]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${fts5Query(phrases)}`.execute(db);
  return rows.map((r) => Number(r.id));
}
