import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { WorkflowAction } from '../../../domain/review/workflow.ts';
import { InitiativeInputSchema, InitiativePatchSchema } from '../../../domain/initiative/initiative-input.ts';
import { presentInitiative } from './present.ts';
import { ActionBody, ActionParams, IdParams, InitiativeListQuery } from './schemas.ts';
import { HistorySchema, InitiativePageSchema, problemResponses, writeProblems } from '../responses.ts';
import { setLastModified, setPaginationLinks } from '../../plugins/read-api.ts';

const one = { $ref: 'Initiative' };
const bearer = [{ bearer: [] }];

/** /api/v1/initiatives: list, read, create, update and move through the workflow. */
export function initiativeApi(services: Services, config: Config) {
  return async (app: FastifyInstance) => {
    const present = async (records: Initiative[]) => {
      const ids = [...new Set(records.flatMap((r) => r.organisations.map((o) => o.organisationId)))];
      const orgs = new Map((await services.organisations.getMany(ids)).map((o) => [o.id, o]));
      const vocab = services.vocabulary.current();
      return records.map((r) => presentInitiative(r, vocab, orgs, config.publicUrl));
    };

    app.get<{ Querystring: Static<typeof InitiativeListQuery> }>('/initiatives', { schema: { summary: 'List published initiatives', querystring: InitiativeListQuery, tags: ['initiatives'], response: { 200: InitiativePageSchema, ...problemResponses } } }, async (req, reply) => {
      const result = await services.initiatives.list(req.actor, req.query);
      setPaginationLinks(req, reply, result.page, result.limit, result.total);
      return { items: await present(result.items), total: result.total, page: result.page, limit: result.limit };
    });

    app.get<{ Params: Static<typeof IdParams> }>('/initiatives/:id', { schema: { summary: 'One initiative', params: IdParams, tags: ['initiatives'], response: { 200: one, ...problemResponses } } }, async (req, reply) => {
      const record = await services.initiatives.get(req.actor, req.params.id);
      setLastModified(reply, record.updatedAt);
      const [presented] = await present([record]);
      return presented;
    });

    app.post('/initiatives', { schema: { summary: 'Create an initiative (a draft)', body: InitiativeInputSchema, tags: ['initiatives'], security: bearer, response: { 201: one, ...writeProblems } } }, async (req, reply) => {
      const created = await services.initiatives.create(req.actor, req.body, { provenance: { source: 'api' } });
      const [one] = await present([created]);
      return reply.code(201).header('location', `/api/v1/initiatives/${created.id}`).send(one);
    });

    app.patch<{ Params: Static<typeof IdParams> }>('/initiatives/:id', { schema: { summary: 'Change some fields of an initiative (null clears an optional field)', params: IdParams, body: InitiativePatchSchema, tags: ['initiatives'], security: bearer, response: { 200: one, ...writeProblems } } }, async (req) => {
      const [one] = await present([await services.initiatives.update(req.actor, req.params.id, req.body)]);
      return one;
    });

    app.post<{ Params: Static<typeof ActionParams>; Body: Static<typeof ActionBody> }>(
      '/initiatives/:id/:action',
      { schema: { summary: 'Move an initiative through the review workflow', params: ActionParams, body: ActionBody, tags: ['initiatives'], security: bearer, response: { 200: one, ...writeProblems } } },
      async (req) => {
        const updated = await services.initiatives.transition(req.actor, req.params.id, req.params.action as WorkflowAction, req.body?.comment);
        const [one] = await present([updated]);
        return one;
      },
    );

    app.get<{ Params: Static<typeof IdParams> }>('/initiatives/:id/history', { schema: { summary: 'Review events and versions of an initiative', params: IdParams, tags: ['initiatives'], response: { 200: HistorySchema, ...problemResponses } } }, async (req) => {
      return services.initiatives.history(req.actor, req.params.id);
    });
  };
}
