import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Static } from '@sinclair/typebox';
import { InitiativeListQuery } from '../../api/initiatives/schemas.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { dropEmptyParams } from '../clean-query.ts';
import { InitiativeListPage } from './initiative-list-page.tsx';
import { InitiativePage } from './initiative-page.tsx';

export function initiativePages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof InitiativeListQuery> }>(
      '/:lang/initiatives',
      { schema: { querystring: InitiativeListQuery, hide: true }, onRequest: dropEmptyParams },
      async (req, reply) => {
        const ctx = contextFor(req, deps);
        const result = await services.initiatives.list(req.actor, req.query);
        return sendPage(reply, h(InitiativeListPage, { ctx, data: { query: req.query, ...result } }));
      },
    );

    app.get<{ Params: { lang: string; id: string } }>('/:lang/initiatives/:id', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const initiative = await services.initiatives.get(req.actor, req.params.id);
      const [organisations, similar] = await Promise.all([services.organisations.getMany(initiative.organisations.map((o) => o.organisationId)), services.search.similarInitiatives(initiative)]);
      return sendPage(reply, h(InitiativePage, { ctx, initiative, organisations, similar }));
    });
  };
}
