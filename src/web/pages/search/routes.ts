import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Static } from '@sinclair/typebox';
import { SearchQuerySchema } from '../../api/search/schemas.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { dropEmptyParams } from '../clean-query.ts';
import { SearchPage, SHOWN_VALUES } from './search-page.tsx';

/** /{lang}/search: the results page; the query lives in the URL so a search can be shared. */
export function searchPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof SearchQuerySchema> }>('/:lang/search', { schema: { querystring: SearchQuerySchema, hide: true }, onRequest: dropEmptyParams }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const { lang: _ignored, ...query } = req.query;
      // The page lists the most frequent values of each facet (and the chosen one): only those are fetched.
      const result = await services.search.search(req.actor, { ...query, facetLimit: SHOWN_VALUES }, ctx.lang);
      return sendPage(reply, h(SearchPage, { ctx, query, result }));
    });
  };
}
