import type { Organisation } from '../../../domain/organisation/organisation.ts';
import { ORGANISATION_TYPES } from '../../../domain/organisation/organisation.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';

/** The organisation as the API shows it: type code with its IATI label, country as ISO alpha-3. */
export function presentOrganisation(o: Organisation, vocab: Vocabulary) {
  return {
    id: o.id,
    name: o.name,
    originalLang: o.originalLang,
    aliases: o.aliases,
    type: o.type,
    typeLabel: ORGANISATION_TYPES[o.type],
    ituMembership: o.ituMembership ?? null,
    country: o.country ? (vocab.countryByM49.get(o.country)?.iso3 ?? null) : null,
    website: o.website ?? null,
    iatiId: o.iatiId ?? null,
    isSample: o.isSample,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
