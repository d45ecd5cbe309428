import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import type { WorkflowAction } from '../../../domain/review/workflow.ts';
import { PolicyInputSchema, PolicyPatchSchema } from '../../../domain/policy/policy-input.ts';
import { ActionBody, ActionParams, IdParams } from '../initiatives/schemas.ts';
import { presentPolicy } from './present.ts';
import { CompareQuery, CoverageQuery, PolicyListQuery } from './schemas.ts';
import { CompareSchema, CoverageSchema, PolicyPageSchema } from './responses.ts';
import { HistorySchema, problemResponses, writeProblems } from '../responses.ts';
import { setLastModified, setPaginationLinks } from '../../plugins/read-api.ts';

const one = { $ref: 'Policy' };
const bearer = [{ bearer: [] }];

/** /api/v1/policies: list, coverage, compare, read, create, update and move through the workflow. */
export function policyApi(services: Services, config: Config) {
  return async (app: FastifyInstance) => {
    const present = (p: Parameters<typeof presentPolicy>[0]) => presentPolicy(p, services.vocabulary.current(), config.publicUrl);

    app.get<{ Querystring: Static<typeof PolicyListQuery> }>('/policies', { schema: { summary: 'List published policy instruments', querystring: PolicyListQuery, tags: ['policies'], response: { 200: PolicyPageSchema, ...problemResponses } } }, async (req, reply) => {
      const result = await services.policies.list(req.actor, req.query);
      setPaginationLinks(req, reply, result.page, result.limit, result.total);
      return { items: result.items.map(present), total: result.total, page: result.page, limit: result.limit };
    });

    app.get<{ Querystring: Static<typeof CoverageQuery> }>('/policies/coverage', { schema: { summary: 'How many countries have an effective national instrument, by technology and theme', querystring: CoverageQuery, tags: ['policies'], response: { 200: CoverageSchema, ...problemResponses } } }, async (req) => services.policies.coverage(req.query));

    app.get<{ Querystring: Static<typeof CompareQuery> }>('/policies/compare', { schema: { summary: 'Two to four countries side by side: groups and instrument counts', querystring: CompareQuery, tags: ['policies'], response: { 200: CompareSchema, ...problemResponses } } }, async (req) => {
      const r = await services.policies.compare(req.query.countries.split(','));
      return { countries: r.counts.map(({ m49, ...c }) => ({ iso3: services.vocabulary.current().countryByM49.get(m49)!.iso3, groups: r.countries.find((x) => x.m49 === m49)!.groups, ...c })) };
    });

    app.get<{ Params: Static<typeof IdParams> }>('/policies/:id', { schema: { summary: 'One policy instrument', params: IdParams, tags: ['policies'], response: { 200: one, ...problemResponses } } }, async (req, reply) => {
      const record = await services.policies.get(req.actor, req.params.id);
      setLastModified(reply, record.updatedAt);
      return present(record);
    });

    app.post('/policies', { schema: { summary: 'Create a policy instrument (a draft)', body: PolicyInputSchema, tags: ['policies'], security: bearer, response: { 201: one, ...writeProblems } } }, async (req, reply) => {
      const created = await services.policies.create(req.actor, req.body, { provenance: { source: 'api' } });
      return reply.code(201).header('location', `/api/v1/policies/${created.id}`).send(present(created));
    });

    app.patch<{ Params: Static<typeof IdParams> }>('/policies/:id', { schema: { summary: 'Change some fields of a policy instrument', params: IdParams, body: PolicyPatchSchema, tags: ['policies'], security: bearer, response: { 200: one, ...writeProblems } } }, async (req) =>
      present(await services.policies.update(req.actor, req.params.id, req.body)),
    );

    app.post<{ Params: Static<typeof ActionParams>; Body: Static<typeof ActionBody> }>('/policies/:id/:action', { schema: { summary: 'Move a policy instrument through the review workflow', params: ActionParams, body: ActionBody, tags: ['policies'], security: bearer, response: { 200: one, ...writeProblems } } }, async (req) =>
      present(await services.policies.transition(req.actor, req.params.id, req.params.action as WorkflowAction, req.body?.comment)),
    );

    app.get<{ Params: Static<typeof IdParams> }>('/policies/:id/history', { schema: { summary: 'Review events and versions of a policy instrument', params: IdParams, tags: ['policies'], response: { 200: HistorySchema, ...problemResponses } } }, async (req) => services.policies.history(req.actor, req.params.id));
  };
}
