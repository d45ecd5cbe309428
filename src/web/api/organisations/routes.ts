import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import { OrganisationInputSchema, OrganisationPatchSchema } from '../../../domain/organisation/organisation-input.ts';
import { presentOrganisation } from './present.ts';
import { OrganisationListQuery } from './schemas.ts';
import { HistorySchema, OrganisationPageSchema, problemResponses, writeProblems } from '../responses.ts';
import { setLastModified, setPaginationLinks } from '../../plugins/read-api.ts';

const ListQuery = OrganisationListQuery;
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/** /api/v1/organisations: list, read, create, change (null clears an optional field), history. */
export function organisationApi(services: Services) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof ListQuery> }>('/organisations', { schema: { summary: 'List organisations', querystring: ListQuery, tags: ['organisations'], response: { 200: OrganisationPageSchema, ...problemResponses } } }, async (req, reply) => {
      const r = await services.organisations.list(req.query.page, req.query.limit, { type: req.query.type, country: req.query.country });
      setPaginationLinks(req, reply, r.page, r.limit, r.total);
      const vocab = services.vocabulary.current();
      return { ...r, items: r.items.map((o) => presentOrganisation(o, vocab)) };
    });
    app.get<{ Params: Static<typeof IdParams> }>('/organisations/:id', { schema: { summary: 'One organisation', params: IdParams, tags: ['organisations'], response: { 200: { $ref: 'Organisation' }, ...problemResponses } } }, async (req, reply) => {
      const o = await services.organisations.get(req.params.id);
      setLastModified(reply, o.updatedAt);
      return presentOrganisation(o, services.vocabulary.current());
    });
    app.post('/organisations', { schema: { summary: 'Create an organisation', body: OrganisationInputSchema, tags: ['organisations'], security: [{ bearer: [] }], response: { 201: { $ref: 'Organisation' }, ...writeProblems } } }, async (req, reply) => {
      const o = await services.organisations.create(req.actor, req.body);
      return reply.code(201).header('location', `/api/v1/organisations/${o.id}`).send(presentOrganisation(o, services.vocabulary.current()));
    });
    app.patch<{ Params: Static<typeof IdParams> }>('/organisations/:id', { schema: { summary: 'Change some fields of an organisation (null clears an optional field)', params: IdParams, body: OrganisationPatchSchema, tags: ['organisations'], security: [{ bearer: [] }], response: { 200: { $ref: 'Organisation' }, ...writeProblems } } }, async (req) => {
      return presentOrganisation(await services.organisations.update(req.actor, req.params.id, req.body), services.vocabulary.current());
    });
    app.get<{ Params: Static<typeof IdParams> }>('/organisations/:id/history', { schema: { summary: 'Versions of an organisation, each with its changes (no review events: organisations are not reviewed)', params: IdParams, tags: ['organisations'], response: { 200: HistorySchema, ...problemResponses } } }, async (req) => services.organisations.history(req.params.id));
  };
}
