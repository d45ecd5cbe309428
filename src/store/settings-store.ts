import type { Executor } from './database.ts';
import type { SettingsRepo } from '../domain/ports.ts';

export function settingsStore(db: Executor): SettingsRepo {
  return {
    async get(key) {
      return (await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
    },
    async set(key, value) {
      await db
        .insertInto('app_settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}
