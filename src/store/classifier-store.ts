import type { Executor } from './database.ts';
import type { ClassifierDecision, ClassifierRepo, RecordType } from '../domain/ports.ts';
import { opt } from './json.ts';

// Decisions on machine suggestions and trained classifier models (migration 0007).

export function classifierStore(db: Executor): ClassifierRepo {
  return {
    async addDecision(d) {
      await db
        .insertInto('classifier_decisions')
        .values({
          id: d.id,
          record_type: d.recordType,
          record_id: d.recordId,
          scheme: d.scheme,
          code: d.code,
          accepted: d.accepted ? 1 : 0,
          confidence: d.confidence ?? null,
          evidence_text: d.evidenceText ?? null,
          text: d.text,
          lang: d.lang,
          actor: d.actor,
          decided_at: d.decidedAt,
        })
        .execute();
    },
    async decisions(recordId) {
      let q = db.selectFrom('classifier_decisions').selectAll();
      if (recordId !== undefined) q = q.where('record_id', '=', recordId);
      const rows = await q.orderBy('decided_at').orderBy('id').execute();
      return rows.map(
        (r): ClassifierDecision => ({
          id: r.id,
          recordType: r.record_type as RecordType,
          recordId: r.record_id,
          scheme: r.scheme,
          code: r.code,
          accepted: Number(r.accepted) === 1,
          confidence: opt(r.confidence === null ? null : Number(r.confidence)),
          evidenceText: opt(r.evidence_text),
          text: r.text,
          lang: r.lang,
          actor: r.actor,
          decidedAt: r.decided_at,
        }),
      );
    },
    async saveModel(m) {
      await db.insertInto('classifier_models').values({ id: m.id, created_at: m.createdAt, created_by: m.createdBy, examples: m.examples, codes: m.codes, model: m.model }).execute();
    },
    async latestModel() {
      const r = await db.selectFrom('classifier_models').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
      return r && { id: r.id, createdAt: r.created_at, createdBy: r.created_by, examples: Number(r.examples), codes: Number(r.codes), model: r.model };
    },
  };
}
