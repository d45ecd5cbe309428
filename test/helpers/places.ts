import { COUNTRIES } from '../../src/domain/vocabulary/country.ts';
import type { PlaceCodes } from '../../src/domain/indicator/parse-common.ts';

/** Place codes straight from the team-written country list, for parser tests without a database. */
export const TEST_PLACES: PlaceCodes = {
  country: (code) => {
    const c = code.toUpperCase();
    return COUNTRIES.find((x) => x.iso3 === c || x.iso2 === c || x.m49 === c)?.m49;
  },
};
