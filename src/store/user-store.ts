import type { Executor } from './database.ts';
import type { UserRepo } from '../domain/ports.ts';
import type { User } from '../domain/user/user.ts';
import type { Role } from '../domain/access/access.ts';
import type { Lang } from '../domain/vocabulary/language.ts';
import type { UserRow } from './schema.ts';
import { fromJson, opt, toJson } from './json.ts';

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  role: r.role as Role,
  displayName: r.display_name,
  organisationIds: fromJson(r.organisation_ids, []),
  lang: r.lang as Lang,
  emailVerifiedAt: opt(r.email_verified_at),
  failedSignIns: Number(r.failed_sign_ins),
  lockedUntil: opt(r.locked_until),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (u: User): UserRow => ({
  id: u.id,
  email: u.email,
  password_hash: u.passwordHash,
  role: u.role,
  display_name: u.displayName,
  organisation_ids: toJson(u.organisationIds),
  lang: u.lang,
  email_verified_at: u.emailVerifiedAt ?? null,
  failed_sign_ins: u.failedSignIns,
  locked_until: u.lockedUntil ?? null,
  created_at: u.createdAt,
  updated_at: u.updatedAt,
});

export function userStore(db: Executor): UserRepo {
  return {
    async get(id) {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toUser(r);
    },
    async byEmail(email) {
      const r = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return r && toUser(r);
    },
    async list(offset, limit) {
      const rows = await db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').offset(offset).limit(limit).execute();
      const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return { items: rows.map(toUser), total: Number(n) };
    },
    async insert(user) {
      await db.insertInto('users').values(toRow(user)).execute();
    },
    async update(user) {
      const { id, ...rest } = toRow(user);
      await db.updateTable('users').set(rest).where('id', '=', id).execute();
    },
  };
}
