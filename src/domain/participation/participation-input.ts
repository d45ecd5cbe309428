import { Type, type Static } from '@sinclair/typebox';
import { LangMapSchema, union } from '../initiative/initiative-input.ts';
import { BODY_KINDS, PARTICIPATION_ROLES, STAKEHOLDER_TYPES } from './participation.ts';

const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9.-]{0,59}$', description: 'lower-case letters, digits, dots and hyphens' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Iso3 = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3' });

/** What an admin sends to record a body. */
export const BodyInputSchema = Type.Object(
  {
    code: Code,
    name: LangMapSchema(300, 'Name, by language'),
    acronym: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    kind: union(BODY_KINDS),
    url: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type BodyInput = Static<typeof BodyInputSchema>;

/** What an admin sends to record a meeting of a body (the body by its code). */
export const MeetingInputSchema = Type.Object(
  {
    body: Code,
    code: Code,
    title: LangMapSchema(300, 'Title, by language'),
    startDate: IsoDate,
    endDate: IsoDate,
    city: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    country: Type.Optional(Iso3),
    online: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type MeetingInput = Static<typeof MeetingInputSchema>;

/** One participation row, as the API and the CSV importer receive it: meeting by body and meeting code, country by ISO3. */
export const ParticipationInputSchema = Type.Object(
  {
    body: Code,
    meeting: Code,
    country: Iso3,
    organisation: Type.String({ minLength: 1, maxLength: 300 }),
    stakeholderType: union(STAKEHOLDER_TYPES),
    role: union(PARTICIPATION_ROLES),
    contributions: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
  },
  { additionalProperties: false },
);
export type ParticipationInput = Static<typeof ParticipationInputSchema>;
