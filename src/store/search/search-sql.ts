import { PostgresAdapter } from 'kysely';
import type { Executor } from '../database.ts';
import type { RawHit } from '../../domain/search/facets.ts';
import type { WorkflowState } from '../../domain/review/workflow.ts';

/** Who may see what: records in these workflow states, plus the actor's own. */
export interface Visibility {
  states: WorkflowState[];
  alsoCreatedBy?: string;
}

/** True when the executor talks to PostgreSQL (the one dialect switch of the search store). */
export const isPostgres = (db: Executor): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

const ENTRY_COLUMNS = ['doc_id', 'record_type', 'record_id', 'state', 'created_by', 'sort_date', 'title_key', 'facets'] as const;

type EntryRow = { doc_id: number; record_type: string; record_id: string; state: string; created_by: string | null; sort_date: string; title_key: string; facets: string };

const toHit = (r: EntryRow): RawHit => ({
  docId: Number(r.doc_id),
  recordType: r.record_type,
  recordId: r.record_id,
  state: r.state,
  createdBy: r.created_by ?? undefined,
  sortDate: r.sort_date,
  titleKey: r.title_key,
  facets: JSON.parse(r.facets),
});

/** The index entries with these doc ids (entries never change once written, so they can be kept by id). */
export async function entriesByIds(db: Executor, docIds: number[]): Promise<RawHit[]> {
  const out: RawHit[] = [];
  for (let i = 0; i < docIds.length; i += 500) {
    const rows = await db.selectFrom('search_documents').select(ENTRY_COLUMNS).where('doc_id', 'in', docIds.slice(i, i + 500)).execute();
    for (const r of rows) out.push(toHit(r as EntryRow));
  }
  return out;
}

/** Every index entry, in one read (a search connection loads them all when it starts). */
export async function allEntries(db: Executor): Promise<RawHit[]> {
  return (await db.selectFrom('search_documents').select(ENTRY_COLUMNS).execute()).map((r) => toHit(r as EntryRow));
}

/** Every live doc id. */
export async function allDocIds(db: Executor): Promise<number[]> {
  return (await db.selectFrom('search_documents').select('doc_id').execute()).map((r) => Number(r.doc_id));
}
