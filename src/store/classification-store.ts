import type { ExpressionBuilder } from 'kysely';
import type { Executor } from './database.ts';
import type { Database } from './schema.ts';
import type { ClassificationLink, ClassificationScheme, ClaimSource } from '../domain/classification/classification.ts';
import type { TrustMarker, TrustDimension, Significance } from '../domain/classification/trust-marker.ts';
import type { RecordType } from '../domain/ports.ts';
import { opt } from './json.ts';
import { bulkInsert } from './bulk-insert.ts';

// Classification links and trust markers of any record type, loaded in batches for lists.

/**
 * `EXISTS` a claimed link of `scheme` on the record whose id is in `idColumn`, matching `match`.
 * A claim counts for filtering unless it is a machine suggestion nobody confirmed.
 */
export function claimedLinkExists<DB extends Database, TB extends keyof DB & string>(
  eb: ExpressionBuilder<DB, TB>,
  recordType: RecordType,
  idColumn: string,
  scheme: string,
  match: (eb: ExpressionBuilder<Database, 'classification_links'>) => any,
) {
  const e = eb as unknown as ExpressionBuilder<Database, 'classification_links'>;
  return e.exists(
    e
      .selectFrom('classification_links')
      .select('classification_links.code')
      .whereRef('classification_links.record_id', '=', idColumn as never)
      .where('classification_links.record_type', '=', recordType)
      .where('classification_links.scheme', '=', scheme)
      .where((x) => x.or([x('classification_links.source', '!=', 'machine'), x('classification_links.confirmed_at', 'is not', null)]))
      .where(match as never),
  );
}

export async function loadLinks(db: Executor, recordType: RecordType, ids: string[]): Promise<Map<string, ClassificationLink[]>> {
  const out = new Map<string, ClassificationLink[]>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('classification_links')
    .select(['record_id', 'scheme', 'code', 'source', 'confidence', 'evidence_text', 'evidence_url', 'confirmed_by', 'confirmed_at'])
    .where('record_type', '=', recordType)
    .where('record_id', 'in', ids)
    .orderBy('record_id')
    .orderBy('position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.record_id) ?? [];
    list.push({
      scheme: r.scheme as ClassificationScheme,
      code: r.code,
      source: r.source as ClaimSource,
      confidence: opt(r.confidence),
      evidenceText: opt(r.evidence_text),
      evidenceUrl: opt(r.evidence_url),
      confirmedBy: opt(r.confirmed_by),
      confirmedAt: opt(r.confirmed_at),
    });
    out.set(r.record_id, list);
  }
  return out;
}

export async function loadTrustMarkers(db: Executor, recordType: RecordType, ids: string[]): Promise<Map<string, TrustMarker[]>> {
  const out = new Map<string, TrustMarker[]>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('trust_markers')
    .select(['record_id', 'dimension', 'significance', 'evidence'])
    .where('record_type', '=', recordType)
    .where('record_id', 'in', ids)
    .execute();
  for (const r of rows) {
    const list = out.get(r.record_id) ?? [];
    list.push({ dimension: r.dimension as TrustDimension, significance: Number(r.significance) as Significance, evidence: opt(r.evidence) });
    out.set(r.record_id, list);
  }
  return out;
}

/** Replaces a record's links and markers with the given ones. */
export async function saveClassifications(
  db: Executor,
  recordType: RecordType,
  id: string,
  links: ClassificationLink[],
  markers: TrustMarker[],
): Promise<void> {
  await deleteClassifications(db, recordType, [id]);
  await insertClassifications(db, recordType, [{ id, links, markers }]);
}

/** Writes the links and markers of records that have none yet, in a few multi-row inserts. */
export async function insertClassifications(db: Executor, recordType: RecordType, records: { id: string; links: ClassificationLink[]; markers: TrustMarker[] }[]): Promise<void> {
  const links: unknown[][] = [];
  const markers: unknown[][] = [];
  for (const { id, links: ls, markers: ms } of records) {
    ls.forEach((l, position) =>
      links.push([recordType, id, l.scheme, l.code, l.source, l.confidence ?? null, l.evidenceText ?? null, l.evidenceUrl ?? null, l.confirmedBy ?? null, l.confirmedAt ?? null, position]),
    );
    for (const m of ms) markers.push([recordType, id, m.dimension, m.significance, m.evidence ?? null]);
  }
  await bulkInsert(db, 'classification_links', LINK_COLUMNS, links);
  await bulkInsert(db, 'trust_markers', ['record_type', 'record_id', 'dimension', 'significance', 'evidence'], markers);
}

const LINK_COLUMNS = ['record_type', 'record_id', 'scheme', 'code', 'source', 'confidence', 'evidence_text', 'evidence_url', 'confirmed_by', 'confirmed_at', 'position'];

/** Removes the links and markers of records being removed (sample content only). */
export async function deleteClassifications(db: Executor, recordType: RecordType, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db.deleteFrom('classification_links').where('record_type', '=', recordType).where('record_id', 'in', ids).execute();
  await db.deleteFrom('trust_markers').where('record_type', '=', recordType).where('record_id', 'in', ids).execute();
}
