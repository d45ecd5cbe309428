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

/** The answer of GET /api/v1/search (documents the API; the presenter chooses the fields). */
export const SearchResultSchema = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        { type: Type.String(), id: Type.String(), title: Type.Record(Type.String(), Type.String()), snippet: Type.Union([Type.String(), Type.Null()]), url: Type.String(), isSample: Type.Boolean() },
        { additionalProperties: true },
      ),
    ),
    total: Type.Integer(),
    page: Type.Integer(),
    limit: Type.Integer(),
    facets: Type.Record(Type.String(), Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() }))),
  },
  {
    examples: [
      {
        items: [{ type: 'initiative', id: '01J9Z8K3W6Q2V7H4T5R0M1N2P3', title: { en: 'Village water sensors' }, snippet: 'IoT sensors report <mark>water</mark> levels.', isSample: false, summary: { en: 'IoT sensors report water levels.' }, originalLang: 'en', kind: 'project', status: 'implementation', synthetic: false, updatedAt: '2024-05-02T08:30:00.000Z', url: 'https://leapfrog.example.org/api/v1/initiatives/01J9Z8K3W6Q2V7H4T5R0M1N2P3' }],
        total: 1,
        page: 1,
        limit: 20,
        facets: { sdg: [{ value: '6', label: 'Clean water and sanitation', count: 1 }] },
      },
    ],
  },
);
