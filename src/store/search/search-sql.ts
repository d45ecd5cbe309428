import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { RawHit } from '../../domain/search/facets.ts';
import type { WorkflowState } from '../../domain/review/workflow.ts';

/** Who may see what: records in these workflow states, plus the actor's own. */
export interface Visibility {
  states: WorkflowState[];
  alsoCreatedBy?: string;
}

export interface HitRow {
  doc_id: number;
  record_type: string;
  record_id: string;
  sort_date: string;
  title_key: string;
  facets: string;
}

/** True when the executor talks to PostgreSQL (the one dialect switch of the search store). */
export const isPostgres = (db: Executor): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** The visibility condition on search_documents `d`. */
export function visibleSql(vis: Visibility) {
  const states = sql`d.state IN (${sql.join(vis.states.length ? vis.states : ['published'])})`;
  return vis.alsoCreatedBy ? sql`(${states} OR d.created_by = ${vis.alsoCreatedBy})` : states;
}

/** A hit row as the domain's facet counting reads it. */
export function hitRow(r: HitRow): RawHit {
  return { docId: Number(r.doc_id), recordType: r.record_type, recordId: r.record_id, sortDate: r.sort_date, titleKey: r.title_key, facets: JSON.parse(r.facets) };
}

/** Every visible record, for a search without words. */
export async function allVisible(db: Executor, vis: Visibility): Promise<RawHit[]> {
  const { rows } = await sql<HitRow>`SELECT doc_id, record_type, record_id, sort_date, title_key, facets FROM search_documents d WHERE ${visibleSql(vis)}`.execute(db);
  return rows.map(hitRow);
}
