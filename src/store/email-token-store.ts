import type { Executor } from './database.ts';
import type { EmailTokenRepo } from '../domain/ports.ts';
import type { EmailTokenPurpose } from '../domain/user/user.ts';
import { opt } from './json.ts';

export function emailTokenStore(db: Executor): EmailTokenRepo {
  return {
    async insert(t) {
      await db.insertInto('email_tokens').values({ token_hash: t.tokenHash, user_id: t.userId, purpose: t.purpose, created_at: t.createdAt, expires_at: t.expiresAt, used_at: null }).execute();
    },
    async get(tokenHash, purpose) {
      const r = await db.selectFrom('email_tokens').selectAll().where('token_hash', '=', tokenHash).where('purpose', '=', purpose).executeTakeFirst();
      return r && { tokenHash: r.token_hash, userId: r.user_id, purpose: r.purpose as EmailTokenPurpose, createdAt: r.created_at, expiresAt: r.expires_at, usedAt: opt(r.used_at) };
    },
    async markUsed(tokenHash, at) {
      await db.updateTable('email_tokens').set({ used_at: at }).where('token_hash', '=', tokenHash).execute();
    },
    async deleteSpent(now) {
      const r = await db.deleteFrom('email_tokens').where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<', now)])).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
