import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { Type, type Static } from '@sinclair/typebox';
import { WORKFLOW_STATES } from '../../../domain/review/workflow.ts';
import { union } from '../../../domain/initiative/initiative-input.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { ModerationPage } from './moderation-page.tsx';

const QueueQuery = Type.Object({ state: Type.Optional(union(WORKFLOW_STATES)), page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })) });

/** The moderation queue (moderators and admins): initiatives and policies in one state, side by side. */
export function moderationPages(deps: PageDeps) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof QueueQuery> }>('/:lang/moderation', { schema: { querystring: QueueQuery, hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const { state, page } = req.query;
      const [initiatives, policies] = await Promise.all([deps.services.initiatives.queue(req.actor, state, page), deps.services.policies.queue(req.actor, state, page)]);
      return sendPage(reply, h(ModerationPage, { ctx, initiatives, policies }));
    });
  };
}
