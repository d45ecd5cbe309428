import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { can } from '../../../domain/access/access.ts';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../../domain/review/workflow.ts';
import { ValidationError } from '../../../domain/errors.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import { HistoryPage } from './history-page.tsx';

type IdParams = { Params: { lang: string; id: string } };
type Form = Record<string, string | undefined>;

/** The workflow action a review form names, or a 400 naming the field. */
function actionOf(form: Form): WorkflowAction {
  const action = form.action as WorkflowAction;
  if (!WORKFLOW_ACTIONS.includes(action)) throw new ValidationError([{ field: 'action', code: 'not-allowed', message: `Expected one of: ${WORKFLOW_ACTIONS.join(', ')}` }]);
  return action;
}

/** The history tab of an initiative and the review, restore and re-confirm forms. */
export function reviewPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get<IdParams>('/:lang/initiatives/:id/history', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const initiative = await services.initiatives.get(req.actor, req.params.id);
      const history = await services.initiatives.history(req.actor, initiative.id);
      const mayCheck = initiative.workflowState !== 'published' && (can(req.actor, 'record:review') || initiative.createdBy === req.actor.id);
      const duplicates = mayCheck ? await services.initiatives.duplicates(req.actor, initiative.id) : [];
      return sendPage(reply, h(HistoryPage, { ctx, initiative, ...history, duplicates }));
    });

    app.post<IdParams & { Body: Form }>('/:lang/initiatives/:id/review', { schema: { hide: true } }, async (req, reply) => {
      const form = req.body ?? {};
      await services.initiatives.transition(req.actor, req.params.id, actionOf(form), form.comment || undefined, req.ip);
      return seeOther(reply, langOf(req), `/initiatives/${req.params.id}/history`);
    });

    app.post<IdParams & { Body: Form }>('/:lang/initiatives/:id/restore', { schema: { hide: true } }, async (req, reply) => {
      await services.initiatives.review.restore(req.actor, req.params.id, Number(req.body?.version), req.ip);
      return seeOther(reply, langOf(req), `/initiatives/${req.params.id}/history`);
    });

    app.post<IdParams>('/:lang/initiatives/:id/confirm', { schema: { hide: true } }, async (req, reply) => {
      await services.initiatives.review.confirm(req.actor, req.params.id);
      return seeOther(reply, langOf(req), `/initiatives/${req.params.id}`);
    });
  };
}
