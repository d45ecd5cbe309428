import { PostgresAdapter } from 'kysely';
import type { Executor } from '../database.ts';
import type { RawHit } from '../../domain/search/facets.ts';
import type { WorkflowState } from '../../domain/review/workflow.ts';

/** Who may see what: records in these workflow states, plus the actor's own. */
export interface Visibility {
  states: WorkflowState[];
  alsoCreatedBy?: string;
}

/** A match of the words: a doc id, with its BM25 score where the database gives one cheaply (SQLite). */
export interface Match {
  docId: number;
  score?: number;
}

/** True when the executor talks to PostgreSQL (the one dialect switch of the search store). */
export const isPostgres = (db: Executor): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** The index entries with these doc ids (entries never change once written, so they can be cached by id). */
export async function entriesByIds(db: Executor, docIds: number[]): Promise<RawHit[]> {
  const out: RawHit[] = [];
  for (let i = 0; i < docIds.length; i += 500) {
    const rows = await db
      .selectFrom('search_documents')
      .select(['doc_id', 'record_type', 'record_id', 'state', 'created_by', 'sort_date', 'title_key', 'facets'])
      .where('doc_id', 'in', docIds.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      out.push({
        docId: Number(r.doc_id),
        recordType: r.record_type,
        recordId: r.record_id,
        state: r.state,
        createdBy: r.created_by ?? undefined,
        sortDate: r.sort_date,
        titleKey: r.title_key,
        facets: JSON.parse(r.facets),
      });
    }
  }
  return out;
}

/** Every live doc id, for a search without words. */
export async function allDocIds(db: Executor): Promise<Match[]> {
  return (await db.selectFrom('search_documents').select('doc_id').execute()).map((r) => ({ docId: Number(r.doc_id) }));
}
