import type { Executor } from './database.ts';
import type { ApiTokenRepo } from '../domain/ports.ts';
import type { ApiToken, TokenScope } from '../domain/user/user.ts';
import type { ApiTokenRow } from './schema.ts';
import { opt } from './json.ts';

const toToken = (r: ApiTokenRow): ApiToken => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  scope: r.scope as TokenScope,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  lastUsedAt: opt(r.last_used_at),
  revokedAt: opt(r.revoked_at),
});

export function apiTokenStore(db: Executor): ApiTokenRepo {
  return {
    async insert(t) {
      await db
        .insertInto('api_tokens')
        .values({ id: t.id, user_id: t.userId, name: t.name, scope: t.scope, token_hash: t.tokenHash, created_at: t.createdAt, last_used_at: null, revoked_at: null })
        .execute();
    },
    async byHash(tokenHash) {
      const r = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return r && toToken(r);
    },
    async listForUser(userId) {
      const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(toToken);
    },
    async update(t) {
      await db.updateTable('api_tokens').set({ name: t.name, last_used_at: t.lastUsedAt ?? null, revoked_at: t.revokedAt ?? null }).where('id', '=', t.id).execute();
    },
  };
}
