import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import { translator } from '../../../i18n/i18n.ts';
import { presentFacets, presentHit } from './present.ts';
import { SearchQuerySchema, SearchResponseSchema } from './schemas.ts';
import { problemResponses } from '../responses.ts';
import { jsonEtag } from '../../plugins/read-api.ts';

/** GET /api/v1/search: one search over every record type, with facets. */
export function searchApi(services: Services, config: Config) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof SearchQuerySchema> }>('/search', { schema: { summary: 'Search initiatives, policies and organisations in the six languages, with facets', querystring: SearchQuerySchema, tags: ['search'], response: { 200: SearchResponseSchema, ...problemResponses } } }, async (req, reply) => {
      const { lang = 'en', ...query } = req.query;
      // The finished JSON and its ETag are kept for repeated searches (while the index is unchanged).
      const { body, etag } = await services.search.rendered(req.actor, query, lang, 'api-json', (result) => {
        const json = JSON.stringify({
          items: result.items.map((i) => presentHit(i, config.publicUrl)),
          total: result.total,
          page: result.page,
          limit: result.limit,
          facets: presentFacets(result.facets, services.vocabulary.current(), lang, translator(lang)),
        });
        return { body: json, etag: jsonEtag(json) };
      });
      return reply.header('etag', etag).type('application/json; charset=utf-8').send(body);
    });
  };
}
