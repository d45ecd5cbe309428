import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { can, type Actor, type RecordFacts } from '../../../domain/access/access.ts';
import type { ReviewService } from '../../../domain/review/review-service.ts';
import { initiativeReviewPort } from '../../../domain/initiative/initiative-service.ts';
import type { DuplicateOf } from '../../../domain/review/duplicates.ts';
import { policyReviewPort } from '../../../domain/policy/policy-service.ts';
import { WORKFLOW_ACTIONS, WORKFLOW_STATES, type WorkflowAction } from '../../../domain/review/workflow.ts';
import { ValidationError } from '../../../domain/errors.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import { HistoryPage, type HistoryRecord } from './history-page.tsx';

type IdParams = { Params: { lang: string; id: string } };
type Form = Record<string, string | undefined>;

/** The workflow action a review form names, or a 400 naming the field. */
function actionOf(form: Form): WorkflowAction {
  const action = form.action as WorkflowAction;
  if (!WORKFLOW_ACTIONS.includes(action)) throw new ValidationError([{ field: 'action', code: 'not-allowed', message: `Expected one of: ${WORKFLOW_ACTIONS.join(', ')}` }]);
  return action;
}

/** A record type as the review pages need it: the same calls for initiatives and policies. */
interface ReviewedRecords<T extends HistoryRecord> {
  base: 'initiatives' | 'policies';
  get(actor: Actor, id: string): Promise<T>;
  facts(record: T): RecordFacts;
  review: ReviewService<T>;
  /** Probable duplicates, for the types that look for them. */
  duplicates?(actor: Actor, id: string): Promise<DuplicateOf[]>;
}

/** The history tab of a record and its review, restore and re-confirm forms, under /{lang}/{base}/{id}/. */
function recordReviewPages<T extends HistoryRecord>(deps: PageDeps, records: ReviewedRecords<T>) {
  const { base } = records;
  return async (app: FastifyInstance) => {
    app.get<IdParams>(`/:lang/${base}/:id/history`, { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const record = await records.get(req.actor, req.params.id);
      const history = await records.review.history(req.actor, record.id);
      const mayCheck = record.workflowState !== 'published' && (can(req.actor, 'record:review') || record.createdBy === req.actor.id);
      const duplicates = mayCheck && records.duplicates ? await records.duplicates(req.actor, record.id) : [];
      return sendPage(reply, h(HistoryPage, { ctx, record, facts: records.facts(record), base: `/${base}`, ...history, duplicates }));
    });

    app.post<IdParams & { Body: Form }>(`/:lang/${base}/:id/review`, { schema: { hide: true } }, async (req, reply) => {
      const form = req.body ?? {};
      await records.review.transition(req.actor, req.params.id, actionOf(form), form.comment || undefined, req.ip);
      // The moderation queue reviews in place and comes back to itself.
      return seeOther(reply, langOf(req), form.back === 'moderation' ? `/moderation?state=${WORKFLOW_STATES.find((x) => x === form.state) ?? 'submitted'}` : `/${base}/${req.params.id}/history`);
    });

    app.post<IdParams & { Body: Form }>(`/:lang/${base}/:id/restore`, { schema: { hide: true } }, async (req, reply) => {
      await records.review.restore(req.actor, req.params.id, Number(req.body?.version), req.ip);
      return seeOther(reply, langOf(req), `/${base}/${req.params.id}/history`);
    });

    app.post<IdParams>(`/:lang/${base}/:id/confirm`, { schema: { hide: true } }, async (req, reply) => {
      await records.review.confirm(req.actor, req.params.id);
      return seeOther(reply, langOf(req), `/${base}/${req.params.id}`);
    });
  };
}

/** The history and review pages of initiatives and policies. */
export function reviewPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    await app.register(
      recordReviewPages(deps, {
        base: 'initiatives',
        get: (actor, id) => services.initiatives.get(actor, id),
        facts: (i) => initiativeReviewPort.facts(i),
        review: services.initiatives.review,
        duplicates: (actor, id) => services.initiatives.duplicates(actor, id),
      }),
    );
    await app.register(
      recordReviewPages(deps, {
        base: 'policies',
        get: (actor, id) => services.policies.get(actor, id),
        facts: (p) => policyReviewPort.facts(p),
        review: services.policies.review,
        duplicates: (actor, id) => services.policies.duplicates(actor, id),
      }),
    );
  };
}
