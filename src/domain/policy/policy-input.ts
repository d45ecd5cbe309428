import { Type, type Static } from '@sinclair/typebox';
import { LANGS } from '../vocabulary/language.ts';
import { POLICY_THEMES } from '../vocabulary/policy-theme.ts';
import { ClassificationInputFields, IsoDate, Iso3, LangMapSchema, LinksSchema, patchSchemaOf, union } from '../initiative/initiative-input.ts';
import { INITIATIVE_RELATIONS, POLICY_LEVELS, POLICY_RELATIONS, POLICY_STATUSES, POLICY_TYPES } from './policy.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });

/**
 * What a client sends to create a policy instrument (and, every field optional, to update one).
 * Technologies and SDGs use the same classification fields as initiatives.
 */
export const PolicyInputSchema = Type.Object(
  {
    title: LangMapSchema(300, 'Title, by language'),
    summary: LangMapSchema(3000, 'Summary in the writer’s own words, by language'),
    originalLang: Type.Optional(union(LANGS, 'The language the record was written in (BCP 47)')),
    type: union(POLICY_TYPES),
    level: union(POLICY_LEVELS),
    jurisdiction: Type.Object(
      {
        country: Type.Optional(Iso3),
        region: Type.Optional(Type.String({ pattern: '^(\\d{3}|[A-Z]{3,4})$', description: 'M49 region code, ITU region or country group (LDC, LLDC, SIDS, EIT)' })),
        organisation: Type.Optional(LangMapSchema(300, 'The organisation the instrument belongs to, by language')),
      },
      { additionalProperties: false },
    ),
    countries: Type.Optional(Type.Array(Iso3, { maxItems: 250, description: 'Countries a regional instrument applies to (its members)' })),
    issuingBody: LangMapSchema(300, 'Who issued it, by language'),
    status: union(POLICY_STATUSES),
    dates: Type.Optional(
      Type.Object(
        {
          proposed: Type.Optional(IsoDate),
          adopted: Type.Optional(IsoDate),
          inForce: Type.Optional(IsoDate),
          revised: Type.Optional(IsoDate),
          repealed: Type.Optional(IsoDate),
        },
        { additionalProperties: false },
      ),
    ),
    themes: Type.Optional(Type.Array(union(POLICY_THEMES), { maxItems: POLICY_THEMES.length })),
    ...ClassificationInputFields,
    links: LinksSchema,
    relatedPolicies: Type.Optional(Type.Array(Type.Object({ id: Id, relation: union(POLICY_RELATIONS) }, { additionalProperties: false }), { maxItems: 50 })),
    initiatives: Type.Optional(Type.Array(Type.Object({ id: Id, relation: union(INITIATIVE_RELATIONS) }, { additionalProperties: false }), { maxItems: 100 })),
    lastVerified: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export type PolicyInput = Static<typeof PolicyInputSchema>;

/**
 * The same fields, each optional: a PATCH body. The fields optional on create (dates, themes, links, relations,
 * the last-verified date, …) also take `null`, which clears them; the original language can change, not be cleared.
 */
export const PolicyPatchSchema = patchSchemaOf(PolicyInputSchema, ['originalLang']);
export type PolicyPatch = Static<typeof PolicyPatchSchema>;
