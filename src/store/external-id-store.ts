import type { Executor } from './database.ts';
import type { RecordType } from '../domain/ports.ts';

/** Rewrites the external ids of a record (one row per scheme), so imports can find it again. */
export async function saveExternalIds(db: Executor, recordType: RecordType, recordId: string, ids: object): Promise<void> {
  await db.deleteFrom('external_ids').where('record_type', '=', recordType).where('record_id', '=', recordId).execute();
  const rows = Object.entries(ids)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([scheme, value]) => ({ record_type: recordType, record_id: recordId, scheme, value }));
  if (rows.length) await db.insertInto('external_ids').values(rows).execute();
}

/** The record of a type that carries an external id; the oldest id wins if two records claim it. */
export async function findByExternalId(db: Executor, recordType: RecordType, scheme: string, value: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('external_ids')
    .select('record_id')
    .where('record_type', '=', recordType)
    .where('scheme', '=', scheme)
    .where('value', '=', value)
    .orderBy('record_id')
    .executeTakeFirst();
  return row?.record_id;
}

export async function deleteExternalIds(db: Executor, recordType: RecordType, ids: string[]): Promise<void> {
  if (ids.length) await db.deleteFrom('external_ids').where('record_type', '=', recordType).where('record_id', 'in', ids).execute();
}
