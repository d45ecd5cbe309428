import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { Type, type Static } from '@sinclair/typebox';
import { AUDIT_EVENTS } from '../../../domain/audit/audit.ts';
import { union } from '../../../domain/initiative/initiative-input.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import { AuditPage, UsersPage } from './admin-pages.tsx';

const PageQuery = Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })) });
const AuditQuery = Type.Object({ event: Type.Optional(Type.Union([union(AUDIT_EVENTS), Type.Literal('')])), page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })) });

/** Admin pages: users and roles, the audit log. */
export function adminPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof PageQuery> }>('/:lang/admin/users', { schema: { querystring: PageQuery, hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const users = await services.accounts.list(req.actor, req.query.page, 200);
      return sendPage(reply, h(UsersPage, { ctx, items: users.items, total: users.total }));
    });

    app.post('/:lang/admin/users/role', { schema: { hide: true } }, async (req, reply) => {
      const { email = '', role = '' } = (req.body ?? {}) as Record<string, string | undefined>;
      await services.accounts.setRole(req.actor, email, role);
      return seeOther(reply, langOf(req), '/admin/users');
    });

    app.get<{ Querystring: Static<typeof AuditQuery> }>('/:lang/admin/audit', { schema: { querystring: AuditQuery, hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const event = req.query.event || undefined;
      const log = await services.audit.list(req.actor, { event }, req.query.page);
      return sendPage(reply, h(AuditPage, { ctx, ...log, event }));
    });
  };
}
