import { Type } from '@sinclair/typebox';
import { POLICY_LEVELS, POLICY_STATUSES, POLICY_TYPES } from '../../../domain/policy/policy.ts';
import { POLICY_THEMES } from '../../../domain/vocabulary/policy-theme.ts';
import { union as literals } from '../../../domain/initiative/initiative-input.ts';

const Iso3 = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3' });
const Group = Type.String({ pattern: '^[A-Z]{3,4}$', description: 'LDC, LLDC, SIDS or EIT' });

/** Filters of GET /api/v1/policies (codes of the standards, never names). */
export const PolicyListQuery = Type.Object(
  {
    type: Type.Optional(literals(POLICY_TYPES)),
    level: Type.Optional(literals(POLICY_LEVELS)),
    country: Type.Optional({ ...Iso3, description: 'ISO alpha-3: instruments that apply to this country (national and regional)' }),
    group: Type.Optional(Group),
    region: Type.Optional(Type.String({ pattern: '^(\\d{3}|[A-Z]{3})$', description: 'M49 region code (e.g. 002) or ITU region (AFR, AMS, ARB, ASP, CIS, EUR)' })),
    technology: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,60}$', description: 'technology slug' })),
    theme: Type.Optional(literals(POLICY_THEMES)),
    status: Type.Optional(literals(POLICY_STATUSES)),
    year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100, description: 'year of adoption (else entry into force, else draft)' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

/** GET /api/v1/policies/coverage: among all countries, or a group's (or region's) members. */
export const CoverageQuery = Type.Object(
  {
    group: Type.Optional(Type.String({ pattern: '^(\\d{3}|[A-Z]{3,4})$', description: 'LDC, LLDC, SIDS, EIT, an M49 region code or an ITU region' })),
    type: Type.Optional(literals(POLICY_TYPES)),
  },
  { additionalProperties: false },
);

/** GET /api/v1/policies/compare: 2 to 4 countries, comma-separated. */
export const CompareQuery = Type.Object({ countries: Type.String({ pattern: '^[A-Z]{3}(,[A-Z]{3}){0,5}$', description: 'ISO alpha-3 codes, comma-separated, e.g. KEN,RWA,FJI' }) }, { additionalProperties: false });
