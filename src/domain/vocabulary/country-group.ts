import type { Labels } from './language.ts';

export const COUNTRY_GROUP_CODES = ['LDC', 'LLDC', 'SIDS', 'EIT'] as const;
export type CountryGroupCode = (typeof COUNTRY_GROUP_CODES)[number];

/** A dated list of countries: who is in it, as of when, according to whom. */
export interface CountryGroup {
  code: CountryGroupCode;
  m49?: string; // '199' LDC, '432' LLDC, '722' SIDS; EIT has no M49 code
  labels: Labels;
  asOf: string; // YYYY-MM-DD: the date the membership list reflects
  source: string; // citation and URL
  members: readonly string[]; // ISO alpha-3 codes
}

// DATA: COUNTRY_GROUPS — filled in by the vocabulary work.
export const COUNTRY_GROUPS: readonly CountryGroup[] = [];
