import { Type } from '@sinclair/typebox';
import { InitiativeListQuery } from '../initiatives/schemas.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';
import { union as literals } from '../../../domain/initiative/initiative-input.ts';
import { POLICY_LEVELS, POLICY_TYPES } from '../../../domain/policy/policy.ts';
import { POLICY_THEMES } from '../../../domain/vocabulary/policy-theme.ts';
import { SEARCH_STATUSES } from '../../../domain/search/search-service.ts';

/** GET /api/v1/search: words, record type, every filter of the initiative list, start year, sort, labels' language. */
export const SearchQuerySchema = Type.Composite(
  [
    Type.Omit(InitiativeListQuery, ['freshness', 'status']),
    Type.Object({
      q: Type.Optional(Type.String({ maxLength: 200, description: 'words in any of the six languages' })),
      type: Type.Optional(literals(['initiative', 'organisation', 'policy'] as const)),
      status: Type.Optional(literals(SEARCH_STATUSES, 'status of an initiative or of a policy')),
      policyType: Type.Optional(literals(POLICY_TYPES, 'policy instrument type')),
      level: Type.Optional(literals(POLICY_LEVELS, 'policy level')),
      theme: Type.Optional(literals(POLICY_THEMES, 'policy theme')),
      year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100, description: 'start year (actual, else planned)' })),
      sort: Type.Optional(literals(['relevance', 'newest', 'title'] as const)),
      lang: Type.Optional(literals(LANGS)),
      facetLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'at most this many values per facet: the most frequent, plus the chosen value of that facet\'s filter wherever it ranks (default: every value)' })),
    }),
  ],
  { additionalProperties: false },
);

const Label = Type.Record(Type.String({ pattern: '^(en|fr|es|ar|zh|ru)$' }), Type.String(), { description: 'A text by language (BCP 47)' });
const FacetValues = Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer({ minimum: 0 }) }));

/** The answer of GET /api/v1/search. */
export const SearchResponseSchema = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          type: literals(['initiative', 'organisation', 'policy'] as const),
          id: Type.String(),
          url: Type.String(),
          title: Label,
          isSample: Type.Boolean(),
          snippet: Type.Union([
            Type.Object({
              lang: literals(LANGS),
              field: Type.String({ description: 'summary, title, description or name' }),
              text: Type.String(),
              highlights: Type.Array(Type.Array(Type.Integer({ minimum: 0 }), { minItems: 2, maxItems: 2 }), { description: '[start, end) character ranges of text that matched' }),
            }),
            Type.Null(),
          ]),
        },
        { additionalProperties: true, description: 'Initiatives also carry summary, originalLang, kind, status, synthetic and updatedAt; policies summary, originalLang, policyType, level, status and updatedAt' },
      ),
    ),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    limit: Type.Integer({ minimum: 1 }),
    facets: Type.Record(Type.String(), FacetValues, { description: 'type, sdg, technology, wsis, country, group, region, status, kind, policyType, level, theme, year: each count equals the results of choosing that value' }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        items: [
          {
            type: 'initiative',
            id: '01J9Z8K3W6Q2V7H4T5R0M1N2P3',
            url: 'https://leapfrog.example.org/api/v1/initiatives/01J9Z8K3W6Q2V7H4T5R0M1N2P3',
            title: { fr: 'Identité numérique pour tous' },
            summary: { fr: 'Une carte d’identité électronique pour les services publics.' },
            originalLang: 'fr',
            kind: 'project',
            status: 'closed',
            isSample: false,
            synthetic: false,
            updatedAt: '2024-05-02T08:30:00.000Z',
            snippet: { lang: 'fr', field: 'title', text: 'Identité numérique pour tous', highlights: [[0, 8]] },
          },
        ],
        total: 1,
        page: 1,
        limit: 20,
        facets: { country: [{ value: 'SEN', label: 'Senegal', count: 1 }], sdg: [{ value: '16', label: '16. Peace, justice and strong institutions', count: 1 }] },
      },
    ],
  },
);
