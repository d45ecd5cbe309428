import { Type, type Static } from '@sinclair/typebox';
import { LANGS } from '../vocabulary/language.ts';
import { LangMapSchema, patchSchemaOf, union as literals } from '../initiative/initiative-input.ts';
import { ORGANISATION_TYPES, ITU_MEMBERSHIPS } from './organisation.ts';

/** What a client sends to create an organisation. `country` is ISO alpha-3. */
export const OrganisationInputSchema = Type.Object(
  {
    name: LangMapSchema(300, 'Name, by language'),
    originalLang: Type.Optional(literals(LANGS)),
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 })),
    type: literals(Object.keys(ORGANISATION_TYPES) as (keyof typeof ORGANISATION_TYPES)[]),
    ituMembership: Type.Optional(literals(ITU_MEMBERSHIPS)),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
    website: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000 })),
    iatiId: Type.Optional(Type.String({ minLength: 2, maxLength: 150 })),
  },
  { additionalProperties: false },
);
export type OrganisationInput = Static<typeof OrganisationInputSchema>;

/** A PATCH body: every field optional; `null` clears an optional field (ITU membership, country, website, IATI id, aliases). */
export const OrganisationPatchSchema = patchSchemaOf(OrganisationInputSchema, ['originalLang']);
export type OrganisationPatch = Static<typeof OrganisationPatchSchema>;
