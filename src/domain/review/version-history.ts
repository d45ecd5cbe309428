import type { RecordType, Stores } from '../ports.ts';
import type { VersionEntry } from '../ports/history.ts';
import { fieldChanges, type FieldChange } from './versions.ts';

/** One version as the history shows it: who, when, which fields, and what they were and became. */
export interface VersionView extends Omit<VersionEntry, 'snapshot'> {
  changes: FieldChange[];
}

/**
 * Every version of a record with the lines each one removed and added, and the display names of their
 * authors (ids that name no user, such as the admin token, stay as they are). Any record type keeps
 * versions: reviewed ones (initiatives, policies) and organisations.
 */
export async function versionHistory(stores: Pick<Stores, 'history' | 'users'>, recordType: RecordType, id: string, alsoNamed: string[] = []): Promise<{ versions: VersionView[]; names: Record<string, string> }> {
  const versions = await stores.history.versions(recordType, id);
  const views = versions.map(({ snapshot, ...v }, i) => ({ ...v, changes: i === 0 ? [] : fieldChanges(versions[i - 1]!.snapshot as object, snapshot as object, v.changedFields) }));
  const names: Record<string, string> = {};
  for (const userId of new Set([...alsoNamed, ...versions.map((v) => v.author)])) {
    const user = await stores.users.get(userId);
    if (user) names[userId] = user.displayName;
  }
  return { versions: views, names };
}
