import isoCountries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import type { Lang } from './language.ts';

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

// The node entry of i18n-iso-countries registers every locale itself; registering ours keeps this explicit
// and keeps working under its browser entry, which registers none.
for (const locale of [en, fr, es, ar, zh, ru]) isoCountries.registerLocale(locale);

// ---- M49 geographic regions -------------------------------------------------------------------------
// Members of each lowest-level M49 area (an intermediate region where M49 has one, else a sub-region),
// as ISO alpha-3 codes; PARENT climbs to sub-region and region. Source: UNSD M49 "Overview" table.

const PARENT: Record<string, string> = {
  '015': '002', '202': '002', '014': '202', '017': '202', '018': '202', '011': '202', // Africa
  '419': '019', '029': '419', '013': '419', '005': '419', '021': '019', // Americas
  '143': '142', '030': '142', '035': '142', '034': '142', '145': '142', // Asia
  '151': '150', '154': '150', '039': '150', '155': '150', // Europe
  '053': '009', '054': '009', '057': '009', '061': '009', // Oceania
};

const INTERMEDIATE = new Set(['014', '017', '018', '011', '029', '013', '005']);

const MEMBERS: Record<string, string> = {
  '015': 'DZA EGY ESH LBY MAR SDN TUN', // Northern Africa
  '014': 'ATF BDI COM DJI ERI ETH IOT KEN MDG MOZ MUS MWI MYT REU RWA SOM SSD SYC TZA UGA ZMB ZWE', // Eastern Africa
  '017': 'AGO CAF CMR COD COG GAB GNQ STP TCD', // Middle Africa
  '018': 'BWA LSO NAM SWZ ZAF', // Southern Africa
  '011': 'BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SHN SLE TGO', // Western Africa
  '029': 'ABW AIA ATG BES BHS BLM BRB CUB CUW CYM DMA DOM GLP GRD HTI JAM KNA LCA MAF MSR MTQ PRI SXM TCA TTO VCT VGB VIR', // Caribbean
  '013': 'BLZ CRI GTM HND MEX NIC PAN SLV', // Central America
  '005': 'ARG BOL BRA BVT CHL COL ECU FLK GUF GUY PER PRY SGS SUR URY VEN', // South America
  '021': 'BMU CAN GRL SPM USA', // Northern America
  '143': 'KAZ KGZ TJK TKM UZB', // Central Asia
  '030': 'CHN HKG JPN KOR MAC MNG PRK TWN', // Eastern Asia (TWN: see docs/vocabularies.md)
  '035': 'BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM', // South-eastern Asia
  '034': 'AFG BGD BTN IND IRN LKA MDV NPL PAK', // Southern Asia
  '145': 'ARE ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM', // Western Asia
  '151': 'BGR BLR CZE HUN MDA POL ROU RUS SVK UKR', // Eastern Europe
  '154': 'ALA DNK EST FIN FRO GBR GGY IMN IRL ISL JEY LTU LVA NOR SJM SWE', // Northern Europe
  '039': 'ALB AND BIH ESP GIB GRC HRV ITA MKD MLT MNE PRT SMR SRB SVN VAT', // Southern Europe
  '155': 'AUT BEL CHE DEU FRA LIE LUX MCO NLD', // Western Europe
  '053': 'AUS CCK CXR HMD NFK NZL', // Australia and New Zealand
  '054': 'FJI NCL PNG SLB VUT', // Melanesia
  '057': 'FSM GUM KIR MHL MNP NRU PLW UMI', // Micronesia
  '061': 'ASM COK NIU PCN PYF TKL TON TUV WLF WSM', // Polynesia
};

// ---- ITU-D regions ----------------------------------------------------------------------------------
// The 193 ITU Member States by BDT region, plus the State of Palestine (an ITU observer served by the
// Arab Regional Office). Other areas (territories, Palau, Cook Islands, Niue, Taiwan…) have no ITU region.
const ITU_MEMBERS: Record<ItuRegion, string> = {
  AFR:
    'AGO BDI BEN BFA BWA CAF CIV CMR COD COG CPV ERI ETH GAB GHA GIN GMB GNB GNQ KEN LBR LSO MDG MLI MOZ MUS ' +
    'MWI NAM NER NGA RWA SEN SLE SSD STP SWZ SYC TCD TGO TZA UGA ZAF ZMB ZWE',
  AMS:
    'ARG ATG BHS BLZ BOL BRA BRB CAN CHL COL CRI CUB DMA DOM ECU GRD GTM GUY HND HTI JAM KNA LCA MEX NIC PAN ' +
    'PER PRY SLV SUR TTO URY USA VCT VEN',
  ARB: 'ARE BHR COM DJI DZA EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SOM SYR TUN YEM',
  ASP:
    'AFG AUS BGD BRN BTN CHN FJI FSM IDN IND IRN JPN KHM KIR KOR LAO LKA MDV MHL MMR MNG MYS NPL NRU NZL PAK ' +
    'PHL PNG PRK SGP SLB THA TLS TON TUV VNM VUT WSM',
  CIS: 'ARM AZE BLR KAZ KGZ RUS TJK TKM UZB',
  EUR:
    'ALB AND AUT BEL BGR BIH CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN IRL ISL ISR ITA LIE LTU ' +
    'LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU SMR SRB SVK SVN SWE TUR UKR VAT',
};

/** Splits a space-separated code list. */
function codeList(codes: string): string[] {
  return codes.split(/\s+/).filter(Boolean);
}

/** The M49 region, sub-region and intermediate region of each ISO3 code. */
function geography(): Map<string, Pick<Country, 'region' | 'subregion' | 'intermediateRegion'>> {
  const out = new Map<string, Pick<Country, 'region' | 'subregion' | 'intermediateRegion'>>();
  for (const [leaf, codes] of Object.entries(MEMBERS)) {
    const intermediateRegion = INTERMEDIATE.has(leaf) ? leaf : undefined;
    const subregion = intermediateRegion ? PARENT[leaf] : leaf;
    const region = PARENT[subregion];
    const place = intermediateRegion ? { region, subregion, intermediateRegion } : { region, subregion };
    for (const iso3 of codeList(codes)) out.set(iso3, place);
  }
  return out;
}

/** The ISO3 codes listed in ITU-D region `region`, as written in the data. */
export function ituRegionMembers(region: ItuRegion): string[] {
  return codeList(ITU_MEMBERS[region]);
}

function ituRegions(): Map<string, ItuRegion> {
  return new Map(ITU_REGIONS.flatMap((r) => codeList(ITU_MEMBERS[r]).map((iso3) => [iso3, r] as const)));
}

// Kosovo's user-assigned code (XK/XKX/983) is in i18n-iso-countries but neither in ISO 3166-1 nor in M49.
const NOT_M49 = new Set(['983']);

/** Builds the table from the ISO code triples of i18n-iso-countries, ordered by M49 code. */
function buildCountries(): Country[] {
  const geo = geography();
  const itu = ituRegions();
  return Object.entries(isoCountries.getNumericCodes())
    .filter(([m49]) => !NOT_M49.has(m49))
    .map(([m49, iso2]) => {
      const iso3 = isoCountries.alpha2ToAlpha3(iso2)!;
      const country: Country = { m49, iso2, iso3, ...geo.get(iso3) };
      const ituRegion = itu.get(iso3);
      if (ituRegion) country.ituRegion = ituRegion;
      return country;
    })
    .sort((a, b) => a.m49.localeCompare(b.m49));
}

export const COUNTRIES: readonly Country[] = buildCountries();

const BY_M49 = new Map(COUNTRIES.map((c) => [c.m49, c]));
const BY_ISO2 = new Map(COUNTRIES.map((c) => [c.iso2, c]));
const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));

/** The country with ISO alpha-3 code `code` ('DZA', case-insensitive), or undefined. */
export function countryByIso3(code: string): Country | undefined {
  return BY_ISO3.get(code.toUpperCase());
}

/** The country with ISO alpha-2 code `code` ('DZ', case-insensitive), or undefined. */
export function countryByIso2(code: string): Country | undefined {
  return BY_ISO2.get(code.toUpperCase());
}

/** The country with M49 code `code` ('012'; '12' and 12 are padded), or undefined. */
export function countryByM49(code: string | number): Country | undefined {
  return BY_M49.get(String(code).padStart(3, '0'));
}

/** The country's name in `lang` (i18n-iso-countries' official form), falling back to English, then the ISO3 code. */
export function countryName(country: Pick<Country, 'iso2' | 'iso3'>, lang: Lang): string {
  return isoCountries.getName(country.iso2, lang) ?? isoCountries.getName(country.iso2, 'en') ?? country.iso3;
}

// CLDR calls 419 "Latin America"; in M49 it is "Latin America and the Caribbean", so we name it ourselves.
const REGION_NAMES: Record<string, Record<Lang, string>> = {
  '419': {
    en: 'Latin America and the Caribbean',
    fr: 'Amérique latine et Caraïbes',
    es: 'América Latina y el Caribe',
    ar: 'أمريكا اللاتينية ومنطقة البحر الكاريبي',
    zh: '拉丁美洲和加勒比',
    ru: 'Латинская Америка и Карибский бассейн',
  },
};

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** The name of M49 region `m49code` ('002', '015', '419') in `lang`, from CLDR via Intl.DisplayNames. */
export function regionName(m49code: string, lang: Lang): string {
  const own = REGION_NAMES[m49code]?.[lang];
  if (own) return own;
  let names = displayNames.get(lang);
  if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })));
  return names.of(m49code) ?? m49code;
}
