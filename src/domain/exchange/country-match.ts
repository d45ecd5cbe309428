import type { Vocabulary } from '../vocabulary/vocabulary.ts';

// Free-text country names (DPG screening files, spreadsheets) → ISO alpha-3. Matching is exact after
// normalisation (case, accents, punctuation, "the"), against the six-language names of the vocabulary
// and the aliases below. A name that matches nothing is reported to the person importing, never guessed.

/** Names people write that the vocabulary's official names do not cover, normalised by `normaliseName`. */
const ALIASES: Record<string, string> = {
  tanzania: 'TZA',
  drc: 'COD',
  'dr congo': 'COD',
  'democratic republic of congo': 'COD',
  'democratic republic of the congo': 'COD',
  'congo kinshasa': 'COD',
  'congo brazzaville': 'COG',
  'congo congo brazzaville': 'COG',
  'republic of congo': 'COG',
  'republic of the congo': 'COG',
  'lao pdr': 'LAO',
  laos: 'LAO',
  "cote d ivoire": 'CIV',
  'ivory coast': 'CIV',
  vietnam: 'VNM',
  'viet nam': 'VNM',
  palestine: 'PSE',
  'palestine state': 'PSE',
  'state of palestine': 'PSE',
  'eswatini fmr swaziland': 'SWZ',
  swaziland: 'SWZ',
  'czechia czech republic': 'CZE',
  'czech republic': 'CZE',
  'south korea': 'KOR',
  'republic of korea': 'KOR',
  'north korea': 'PRK',
  russia: 'RUS',
  syria: 'SYR',
  iran: 'IRN',
  bolivia: 'BOL',
  venezuela: 'VEN',
  moldova: 'MDA',
  micronesia: 'FSM',
  brunei: 'BRN',
  usa: 'USA',
  us: 'USA',
  'united states': 'USA',
  'united states of america': 'USA',
  uk: 'GBR',
  'united kingdom': 'GBR',
  'great britain': 'GBR',
  turkey: 'TUR',
  turkiye: 'TUR',
  taiwan: 'TWN',
  'hong kong': 'HKG',
  macao: 'MAC',
  macau: 'MAC',
  'cape verde': 'CPV',
  'cabo verde': 'CPV',
  'east timor': 'TLS',
  'timor leste': 'TLS',
  'caribbean netherlands': 'BES',
  'sint maarten dutch part': 'SXM',
  'saint martin french part': 'MAF',
  'virgin islands british': 'VGB',
  'british virgin islands': 'VGB',
  'virgin islands u s': 'VIR',
  'us virgin islands': 'VIR',
  'falkland islands malvinas': 'FLK',
  'holy see': 'VAT',
  vatican: 'VAT',
  'saint helena ascension and tristan da cunha': 'SHN',
  'saint vincent and the grenadines': 'VCT',
  'north macedonia': 'MKD',
  burma: 'MMR',
  gambia: 'GMB',
  bahamas: 'BHS',
};

/** Names that mean "no particular country": matched, but to no country. */
const WORLDWIDE = new Set(['global', 'worldwide', 'world', 'international', 'all countries']);

/** Lower case, no accents, no punctuation, no leading "the", single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`.,()\-\/&]+/g, ' ')
    .replace(/\band\b/g, 'and')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type CountryMatch = { kind: 'country'; iso3: string } | { kind: 'worldwide' } | { kind: 'unmatched' };

/** A matcher over one vocabulary: names in six languages, ISO codes and the alias table. */
export function countryMatcher(vocab: Vocabulary): (name: string) => CountryMatch {
  const index = new Map<string, string>();
  for (const c of vocab.countries) {
    index.set(c.iso3.toLowerCase(), c.iso3);
    index.set(c.iso2.toLowerCase(), c.iso3);
    for (const n of Object.values(c.names)) if (n) index.set(normaliseName(n), c.iso3);
  }
  for (const [alias, iso3] of Object.entries(ALIASES)) if (vocab.countryByIso3.has(iso3)) index.set(alias, iso3);
  return (name) => {
    const key = normaliseName(name);
    if (WORLDWIDE.has(key)) return { kind: 'worldwide' };
    const iso3 = index.get(key);
    return iso3 ? { kind: 'country', iso3 } : { kind: 'unmatched' };
  };
}
