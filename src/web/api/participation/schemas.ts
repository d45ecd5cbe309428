import { Type } from '@sinclair/typebox';
import { union as literals } from '../../../domain/initiative/initiative-input.ts';
import { PARTICIPATION_ROLES, STAKEHOLDER_TYPES } from '../../../domain/participation/participation.ts';

const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9.-]{0,59}$', description: 'a body or meeting code' });
const YearOrDate = Type.String({ pattern: '^\\d{4}(-\\d{2}-\\d{2})?$', description: 'a year (YYYY) or a date (YYYY-MM-DD)' });

/** Filters shared by the list and the statistics. */
const common = {
  body: Type.Optional(Code),
  from: Type.Optional(YearOrDate),
  to: Type.Optional(YearOrDate),
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3' })),
};

/** GET /api/v1/participation */
export const ParticipationListQuery = Type.Object(
  {
    ...common,
    meeting: Type.Optional(Code),
    group: Type.Optional(Type.String({ pattern: '^[A-Z]{3,4}$', description: 'LDC, LLDC, SIDS or EIT' })),
    region: Type.Optional(Type.String({ pattern: '^(\\d{3}|[A-Z]{3})$', description: 'M49 region code (e.g. 002) or ITU region (AFR, AMS, ARB, ASP, CIS, EUR)' })),
    role: Type.Optional(literals(PARTICIPATION_ROLES)),
    stakeholderType: Type.Optional(literals(STAKEHOLDER_TYPES)),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);

/** GET /api/v1/participation/stats */
export const ParticipationStatsQuery = Type.Object(
  {
    ...common,
    group: Type.Optional(Type.String({ pattern: '^[A-Z]{3,4}$', description: 'LDC, LLDC, SIDS or EIT: only this group' })),
    region: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ITU region (AFR, AMS, ARB, ASP, CIS, EUR): only this region' })),
  },
  { additionalProperties: false },
);

export const BodyParams = Type.Object({ code: Code });
