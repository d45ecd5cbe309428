import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Static } from '@sinclair/typebox';
import { InitiativeListQuery } from '../../api/initiatives/schemas.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import { dropEmptyParams } from '../clean-query.ts';
import { InitiativeListPage } from './initiative-list-page.tsx';
import { InitiativePage } from './initiative-page.tsx';
import { initiativeJsonLd, jsonForScript } from '../../../domain/exchange/json-ld.ts';
import { prefersJsonLd } from '../content-negotiation.ts';

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
      const jsonLd = initiativeJsonLd(initiative, ctx.vocab, new Map(organisations.map((o) => [o.id, o])), deps.publicUrl);
      reply.header('vary', 'Accept');
      // The same URL names the record for machines: JSON-LD (schema.org) when they ask for it.
      if (prefersJsonLd(req.headers.accept)) return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(jsonLd));
      return sendPage(reply, h(InitiativePage, { ctx, initiative, organisations, jsonLd: jsonForScript(jsonLd), mayDecide: services.suggestions.mayDecide(req.actor, initiative), similar }));
    });

    // Machine suggestions: ask for them, accept or reject one; POST then redirect back to the record (303).
    app.post<{ Params: { lang: string; id: string } }>('/:lang/initiatives/:id/suggestions', { schema: { hide: true } }, async (req, reply) => {
      await services.suggestions.suggest(req.actor, req.params.id);
      return seeOther(reply, langOf(req), `/initiatives/${req.params.id}#suggestions`);
    });
    app.post<{ Params: { lang: string; id: string }; Body: Record<string, string> }>('/:lang/initiatives/:id/suggestions/decide', { schema: { hide: true } }, async (req, reply) => {
      const body = req.body ?? {};
      const accept = body.accept === 'true' ? true : body.accept === 'false' ? false : body.accept;
      await services.suggestions.decide(req.actor, req.params.id, { scheme: body.scheme, code: body.code, accept });
      return seeOther(reply, langOf(req), `/initiatives/${req.params.id}#suggestions`);
    });
  };
}
