/** ITU-D regions (BDT regional offices). */
export const ITU_REGIONS = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'] as const;
export type ItuRegion = (typeof ITU_REGIONS)[number];

/**
 * A UN M49 country or area. The key is the M49 code ('012'); region codes are M49 codes too
 * ('002' Africa, '015' Northern Africa), so Intl.DisplayNames names them in every language.
 * Country names come from i18n-iso-countries at load time.
 */
export interface Country {
  m49: string;
  iso2: string;
  iso3: string;
  region?: string;
  subregion?: string;
  intermediateRegion?: string;
  ituRegion?: ItuRegion;
}
// Group membership (LDC, LLDC, SIDS, EIT) lives in country-group.ts, dated, and is derived from there.

// DATA: COUNTRIES — filled in by the vocabulary work.
export const COUNTRIES: readonly Country[] = [];
