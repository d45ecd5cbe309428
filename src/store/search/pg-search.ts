import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { SearchDocument } from '../../domain/search/search-document.ts';

// PostgreSQL side of the search index: a weighted tsvector (title A, summary B, description C) with
// a RUM index, which answers `@@` and orders by `<=>` (rank distance) from the index.
// The vector is written as a literal of the already folded and segmented words: the same words
// as SQLite's FTS5, exactly what to_tsvector('simple', …) would give, without depending on the
// server's locale to recognise Arabic or Chinese letters.

const quote = (w: string) => `'${w.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_WORD = 256;

/** The tsvector literal of a document: every word with its positions and the weight of its field. */
export function tsvectorLiteral(doc: SearchDocument): string {
  const words = new Map<string, string[]>();
  let position = 0;
  for (const [text, weight] of [
    [doc.title, 'A'],
    [doc.summary, 'B'],
    [doc.description, 'C'],
  ] as const) {
    for (const w of text.split(' ')) {
      if (!w || w.length > 200) continue;
      position = Math.min(position + 1, MAX_POSITION);
      const list = words.get(w) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${position}${weight}`);
      words.set(w, list);
    }
  }
  return [...words].map(([w, ps]) => `${quote(w)}:${[...new Set(ps)].join(',')}`).join(' ');
}

/** A tsquery literal: each phrase's words adjacent (<->), phrases ANDed. */
export function tsqueryLiteral(phrases: string[][]): string {
  return phrases.map((p) => (p.length > 1 ? `(${p.map(quote).join(' <-> ')})` : quote(p[0]!))).join(' & ');
}

/** The doc ids of every entry matching all phrases (found through the RUM index), unscored. */
export async function matchPg(db: Executor, phrases: string[][]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT doc_id AS id FROM search_documents WHERE tsv @@ ${tsqueryLiteral(phrases)}::tsquery`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** Orders these doc ids by RUM rank distance (weights: title 1.0, summary 0.4, description 0.2). */
export async function rankPg(db: Executor, phrases: string[][], docIds: number[]): Promise<number[]> {
  if (!docIds.length) return [];
  const q = tsqueryLiteral(phrases);
  const { rows } = await sql<{ id: number }>`
    SELECT doc_id AS id FROM search_documents
    WHERE tsv @@ ${q}::tsquery AND doc_id = ANY(${docIds}::int[])
    ORDER BY tsv <=> ${q}::tsquery, doc_id`.execute(db);
  return rows.map((r) => Number(r.id));
}
