import type { Executor } from './database.ts';
import type { AuditRepo } from '../domain/ports.ts';
import type { AuditEvent } from '../domain/audit/audit.ts';
import { fromJson, opt, toJson } from './json.ts';

export function auditStore(db: Executor): AuditRepo {
  return {
    async add(e) {
      await db.insertInto('audit_log').values({ id: e.id, at: e.at, event: e.event, actor: e.actor, subject: e.subject ?? null, ip: e.ip ?? null, detail: toJson(e.detail) }).execute();
    },
    async list(filter, offset, limit) {
      let q = db.selectFrom('audit_log');
      if (filter.event) q = q.where('event', '=', filter.event);
      const rows = await q.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').offset(offset).limit(limit).execute();
      const { n } = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return {
        items: rows.map((r) => ({ id: r.id, at: r.at, event: r.event as AuditEvent, actor: r.actor, subject: opt(r.subject), ip: opt(r.ip), detail: fromJson(r.detail, {}) })),
        total: Number(n),
      };
    },
  };
}
