import { Type } from '@sinclair/typebox';
import { InitiativeListQuery } from '../initiatives/schemas.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';
import { union as literals } from '../../../domain/initiative/initiative-input.ts';

/** GET /api/v1/search: words, record type, every filter of the initiative list, start year, sort, labels' language. */
export const SearchQuerySchema = Type.Composite(
  [
    Type.Omit(InitiativeListQuery, ['freshness']),
    Type.Object({
      q: Type.Optional(Type.String({ maxLength: 200, description: 'words in any of the six languages' })),
      type: Type.Optional(literals(['initiative', 'organisation'] as const)),
      year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100, description: 'start year (actual, else planned)' })),
      sort: Type.Optional(literals(['relevance', 'newest', 'title'] as const)),
      lang: Type.Optional(literals(LANGS)),
    }),
  ],
  { additionalProperties: false },
);

const FacetValue = Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer({ minimum: 0 }) });

/** What GET /api/v1/search answers: hits with a snippet in the language that matched, and exact facet counts. */
export const SearchResultSchema = Type.Object(
  {
    items: Type.Array(Type.Object({ type: Type.String(), id: Type.String(), url: Type.String() }, { additionalProperties: true })),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    limit: Type.Integer({ minimum: 1 }),
    facets: Type.Record(Type.String(), Type.Array(FacetValue), { description: 'type, sdg, technology, wsis, country, group, region, status, kind, year' }),
  },
  {
    examples: [
      {
        items: [{ type: 'initiative', id: 'kr8j72pcksj1', url: 'http://localhost:8080/en/initiatives/kr8j72pcksj1', title: { en: 'Village water sensors' }, snippet: { lang: 'en', text: 'IoT sensors report <mark>water</mark> levels.' } }],
        total: 1,
        page: 1,
        limit: 20,
        facets: { technology: [{ value: 'internet-of-things', label: 'Internet of Things (IoT)', count: 1 }] },
      },
    ],
  },
);
