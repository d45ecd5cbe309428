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
