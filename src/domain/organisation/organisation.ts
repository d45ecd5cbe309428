import type { LangMap } from '../vocabulary/language.ts';

/** IATI OrganisationType codelist (2.03). */
export const ORGANISATION_TYPES = {
  '10': 'Government',
  '11': 'Local Government',
  '15': 'Other Public Sector',
  '21': 'International NGO',
  '22': 'National NGO',
  '23': 'Regional NGO',
  '24': 'Partner Country based NGO',
  '30': 'Public Private Partnership',
  '40': 'Multilateral',
  '60': 'Foundation',
  '70': 'Private Sector',
  '71': 'Private Sector in Provider Country',
  '72': 'Private Sector in Aid Recipient Country',
  '73': 'Private Sector in Third Country',
  '80': 'Academic, Training and Research',
  '90': 'Other',
} as const;
export type OrganisationType = keyof typeof ORGANISATION_TYPES;

/** ITU membership categories, where known. */
export const ITU_MEMBERSHIPS = ['member-state', 'sector-member', 'associate', 'academia', 'none'] as const;
export type ItuMembership = (typeof ITU_MEMBERSHIPS)[number];

export interface Organisation {
  id: string;
  name: LangMap; // the name in the languages it has one in
  originalLang: string;
  aliases: string[]; // acronyms and other names, for search and de-duplication
  type: OrganisationType;
  ituMembership?: ItuMembership;
  country?: string; // M49
  website?: string;
  iatiId?: string; // IATI organisation identifier, e.g. 'XM-DAC-41114'
  isSample: boolean;
  createdBy?: string;
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
}
