import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import type { WorkflowAction } from '../../../domain/review/workflow.ts';
import { PolicyInputSchema, PolicyPatchSchema } from '../../../domain/policy/policy-input.ts';
import { ActionBody, ActionParams, IdParams } from '../initiatives/schemas.ts';
import { presentPolicy } from './present.ts';
import { CompareQuery, CoverageQuery, PolicyListQuery } from './schemas.ts';

/** /api/v1/policies: list, coverage, compare, read, create, update and move through the workflow. */
export function policyApi(services: Services, config: Config) {
  return async (app: FastifyInstance) => {
    const present = (p: Parameters<typeof presentPolicy>[0]) => presentPolicy(p, services.vocabulary.current(), config.publicUrl);

    app.get<{ Querystring: Static<typeof PolicyListQuery> }>('/policies', { schema: { querystring: PolicyListQuery, tags: ['policies'] } }, async (req) => {
      const result = await services.policies.list(req.actor, req.query);
      return { items: result.items.map(present), total: result.total, page: result.page, limit: result.limit };
    });

    app.get<{ Querystring: Static<typeof CoverageQuery> }>('/policies/coverage', { schema: { querystring: CoverageQuery, tags: ['policies'] } }, async (req) => services.policies.coverage(req.query));

    app.get<{ Querystring: Static<typeof CompareQuery> }>('/policies/compare', { schema: { querystring: CompareQuery, tags: ['policies'] } }, async (req) => {
      const r = await services.policies.compare(req.query.countries.split(','));
      return { countries: r.counts.map(({ m49, ...c }) => ({ iso3: services.vocabulary.current().countryByM49.get(m49)!.iso3, groups: r.countries.find((x) => x.m49 === m49)!.groups, ...c })) };
    });

    app.get<{ Params: Static<typeof IdParams> }>('/policies/:id', { schema: { params: IdParams, tags: ['policies'] } }, async (req) => present(await services.policies.get(req.actor, req.params.id)));

    app.post('/policies', { schema: { body: PolicyInputSchema, tags: ['policies'] } }, async (req, reply) => {
      const created = await services.policies.create(req.actor, req.body, { provenance: { source: 'api' } });
      return reply.code(201).header('location', `/api/v1/policies/${created.id}`).send(present(created));
    });

    app.patch<{ Params: Static<typeof IdParams> }>('/policies/:id', { schema: { params: IdParams, body: PolicyPatchSchema, tags: ['policies'] } }, async (req) =>
      present(await services.policies.update(req.actor, req.params.id, req.body)),
    );

    app.post<{ Params: Static<typeof ActionParams>; Body: Static<typeof ActionBody> }>('/policies/:id/:action', { schema: { params: ActionParams, body: ActionBody, tags: ['policies'] } }, async (req) =>
      present(await services.policies.transition(req.actor, req.params.id, req.params.action as WorkflowAction, req.body?.comment)),
    );

    app.get<{ Params: Static<typeof IdParams> }>('/policies/:id/history', { schema: { params: IdParams, tags: ['policies'] } }, async (req) => services.policies.history(req.actor, req.params.id));
  };
}
