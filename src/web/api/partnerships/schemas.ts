import { Type } from '@sinclair/typebox';
import { union as literals } from '../../../domain/initiative/initiative-input.ts';
import { HELP_KINDS, POST_STATUSES } from '../../../domain/partnership/partnership.ts';
import { LangMapSchema } from '../../../domain/initiative/initiative-input.ts';

/** Filters of GET /api/v1/needs and /api/v1/offers. */
export const PostListQuery = Type.Object(
  {
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3' })),
    group: Type.Optional(Type.String({ pattern: '^[A-Z]{3,4}$', description: 'LDC, LLDC, SIDS or EIT' })),
    region: Type.Optional(Type.String({ pattern: '^(\\d{3}|[A-Z]{3})$', description: 'M49 region code or ITU region' })),
    technology: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,60}$' })),
    target: Type.Optional(Type.String({ pattern: '^\\d{1,2}\\.[0-9a-z]{1,2}$', description: 'SDG target code' })),
    help: Type.Optional(literals(HELP_KINDS)),
    status: Type.Optional(literals(POST_STATUSES)),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const AnswerParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), answer: literals(['accept', 'decline'] as const) });
export const AnswerBody = Type.Union([Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }), Type.Null()]);
export const MatchQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })) }, { additionalProperties: false });
export const PublishBody = Type.Object({ summary: LangMapSchema(2000) }, { additionalProperties: false });
export const PageQuery = Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }, { additionalProperties: false });
