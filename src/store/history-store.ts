import type { Executor } from './database.ts';
import type { HistoryRepo, RecordType } from '../domain/ports.ts';
import type { WorkflowState } from '../domain/review/workflow.ts';
import { fromJson, opt, toJson } from './json.ts';

/** Removes the versions and review events of records being removed (sample content only). */
export async function deleteHistory(db: Executor, recordType: RecordType, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db.deleteFrom('record_versions').where('record_type', '=', recordType).where('record_id', 'in', ids).execute();
  await db.deleteFrom('review_events').where('record_type', '=', recordType).where('record_id', 'in', ids).execute();
}

export function historyStore(db: Executor): HistoryRepo {
  return {
    async addVersion(v) {
      await db
        .insertInto('record_versions')
        .values({
          record_type: v.recordType,
          record_id: v.recordId,
          version: v.version,
          author: v.author,
          created_at: v.createdAt,
          changed_fields: toJson(v.changedFields),
          snapshot: toJson(v.snapshot),
        })
        .execute();
    },
    async versions(recordType, recordId) {
      const rows = await db.selectFrom('record_versions').selectAll().where('record_type', '=', recordType).where('record_id', '=', recordId).orderBy('version').execute();
      return rows.map((r) => ({
        recordType: r.record_type as RecordType,
        recordId: r.record_id,
        version: Number(r.version),
        author: r.author,
        createdAt: r.created_at,
        changedFields: fromJson(r.changed_fields, []),
        snapshot: fromJson(r.snapshot, null),
      }));
    },
    async addReviewEvent(e) {
      await db
        .insertInto('review_events')
        .values({
          id: e.id,
          record_type: e.recordType,
          record_id: e.recordId,
          action: e.action,
          from_state: e.fromState,
          to_state: e.toState,
          actor: e.actor,
          comment: e.comment ?? null,
          created_at: e.createdAt,
        })
        .execute();
    },
    async reviewEvents(recordType, recordId) {
      const rows = await db.selectFrom('review_events').selectAll().where('record_type', '=', recordType).where('record_id', '=', recordId).orderBy('created_at').orderBy('id').execute();
      return rows.map((r) => ({
        id: r.id,
        recordType: r.record_type as RecordType,
        recordId: r.record_id,
        action: r.action,
        fromState: r.from_state as WorkflowState,
        toState: r.to_state as WorkflowState,
        actor: r.actor,
        comment: opt(r.comment),
        createdAt: r.created_at,
      }));
    },
  };
}
