import { authorize, type Actor } from '../access/access.ts';
import { newId } from '../ids.ts';
import type { AuditRepo, UnitOfWork } from '../ports.ts';
import type { AuditEntry, AuditEvent, AuditFilter } from './audit.ts';

/** Builds an audit entry; services add it inside their own transaction. */
export function auditEntry(event: AuditEvent, actor: string, at: string, more: Partial<Pick<AuditEntry, 'subject' | 'ip' | 'detail'>> = {}): AuditEntry {
  return { id: newId(), at, event, actor, subject: more.subject, ip: more.ip, detail: more.detail ?? {} };
}

/** Reads and appends to the security audit log. */
export class AuditService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Appends one event outside any other write (e.g. an export). */
  async record(repo: AuditRepo | undefined, event: AuditEvent, actor: Actor, more: Partial<Pick<AuditEntry, 'subject' | 'ip' | 'detail'>> = {}): Promise<void> {
    await (repo ?? this.uow.audit).add(auditEntry(event, actor.id ?? actor.label, this.clock().toISOString(), more));
  }

  /** Newest first; admins only. */
  async list(actor: Actor, filter: AuditFilter, page = 1, limit = 50) {
    authorize(actor, 'audit:read');
    const p = Math.max(1, page);
    const result = await this.uow.audit.list(filter, (p - 1) * limit, limit);
    return { ...result, page: p, limit };
  }
}
