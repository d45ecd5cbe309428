import type { UnitOfWork } from '../../src/domain/ports.ts';
import type { Db } from '../../src/store/database.ts';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/**
 * Two expired sessions and a live one, a used, an expired and a live email link, for `userId`:
 * a purge should remove two of each kind and keep the live ones.
 */
export async function seedSessions(uow: UnitOfWork, userId: string): Promise<string> {
  const tag = Math.random().toString(36).slice(2, 8);
  await uow.sessions.insert({ idHash: `expired-1-${tag}`, userId, createdAt: at(-400), expiresAt: at(-64) });
  await uow.sessions.insert({ idHash: `expired-2-${tag}`, userId, createdAt: at(-10), expiresAt: at(-1) });
  await uow.sessions.insert({ idHash: `live-${tag}`, userId, createdAt: at(-1), expiresAt: at(300) });
  await uow.emailTokens.insert({ tokenHash: `used-${tag}`, userId, purpose: 'verify', createdAt: at(-2), expiresAt: at(40) });
  await uow.emailTokens.markUsed(`used-${tag}`, at(-1));
  await uow.emailTokens.insert({ tokenHash: `expired-${tag}`, userId, purpose: 'reset', createdAt: at(-3), expiresAt: at(-2) });
  await uow.emailTokens.insert({ tokenHash: `live-${tag}`, userId, purpose: 'reset', createdAt: at(0), expiresAt: at(1) });
  return tag;
}

/** The ids of the sessions and email links left in the database, sorted. */
export async function remainingSessions(db: Db): Promise<{ sessions: string[]; emailTokens: string[] }> {
  const sessions = (await db.selectFrom('sessions').select('id_hash').execute()).map((r) => r.id_hash).sort();
  const emailTokens = (await db.selectFrom('email_tokens').select('token_hash').execute()).map((r) => r.token_hash).sort();
  return { sessions, emailTokens };
}
