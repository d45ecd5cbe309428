import { Type } from '@sinclair/typebox';
import { union as literals } from '../../../domain/initiative/initiative-input.ts';
import { AGGREGATION_METHODS } from '../../../domain/indicator/aggregate.ts';

export const CodeParams = Type.Object({ code: Type.String({ pattern: '^[a-z0-9.-]{1,60}$', description: 'indicator code, e.g. 17.8.1' }) });

const Year = Type.Integer({ minimum: 1900, maximum: 2100 });
const Breakdown = Type.String({ pattern: '^[A-Za-z0-9 _=;.+-]{1,120}$', description: "a value of the indicator's breakdown (4G, female), else its headline" });
const Group = Type.String({ pattern: '^(WORLD|[A-Z]{3,4}|\\d{3})$', description: 'WORLD, LDC, LLDC, SIDS, EIT, an ITU region (AFR…) or an M49 region code (002)' });

/** GET /indicators/{code}/observations */
export const ObservationQuery = Type.Object(
  {
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3' })),
    year: Type.Optional(Year),
    from: Type.Optional(Year),
    to: Type.Optional(Year),
    breakdown: Type.Optional(Breakdown),
  },
  { additionalProperties: false },
);

/** GET /indicators/{code}/aggregates */
export const AggregateQuery = Type.Object(
  { group: Group, year: Type.Optional(Year), method: Type.Optional(literals(AGGREGATION_METHODS)), breakdown: Type.Optional(Breakdown) },
  { additionalProperties: false },
);

/** GET /indicators/{code}/gaps */
export const GapQuery = Type.Object({ group: Group, breakdown: Type.Optional(Breakdown) }, { additionalProperties: false });
