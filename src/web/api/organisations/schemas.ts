import { Type } from '@sinclair/typebox';

/** GET /api/v1/organisations and the /{lang}/organisations page: a page, optionally of one type and one country. */
export const OrganisationListQuery = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    type: Type.Optional(Type.String({ pattern: '^[0-9]{2}$', description: 'IATI OrganisationType code, e.g. 10 (government)' })),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3 country code' })),
  },
  { additionalProperties: false },
);
