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

/** Splits a whitespace-separated list of ISO3 codes. */
function codeList(codes: string): string[] {
  return codes.split(/\s+/).filter(Boolean);
}

// Lists change (LDC graduations, reclassifications): when one does, update members, asOf and source together,
// and the documented differences in country-group.test.ts and docs/vocabularies.md.
export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  {
    code: 'LDC',
    m49: '199',
    labels: {
      en: 'Least developed countries (LDCs)',
      fr: 'Pays les moins avancés (PMA)',
      es: 'Países menos adelantados (PMA)',
      ar: 'أقل البلدان نموًا',
      zh: '最不发达国家',
      ru: 'Наименее развитые страны (НРС)',
    },
    // 44 countries: the list in force since São Tomé and Príncipe graduated on 13 December 2024 (Bhutan
    // graduated on 13 December 2023). Graduations scheduled for 24 November 2026 (Bangladesh, Lao PDR, Nepal;
    // Bangladesh asked for a deferral to 2029, Nepal said it would) are NOT applied: confirm them before updating.
    asOf: '2024-12-13',
    source:
      'UN Committee for Development Policy / UN DESA, List of Least Developed Countries — ' +
      'https://www.un.org/development/desa/dpad/least-developed-country-category.html',
    members: codeList(`
      AFG AGO BDI BEN BFA BGD CAF COD COM DJI ERI ETH GIN GMB GNB HTI KHM KIR LAO LBR LSO MDG
      MLI MMR MOZ MRT MWI NER NPL RWA SDN SEN SLB SLE SOM SSD TCD TGO TLS TUV TZA UGA YEM ZMB`),
  },
  {
    code: 'LLDC',
    m49: '432',
    labels: {
      en: 'Landlocked developing countries (LLDCs)',
      fr: 'Pays en développement sans littoral (PDSL)',
      es: 'Países en desarrollo sin litoral (PDSL)',
      ar: 'البلدان النامية غير الساحلية',
      zh: '内陆发展中国家',
      ru: 'Развивающиеся страны, не имеющие выхода к морю',
    },
    // 32 countries, unchanged since South Sudan joined in 2011; same as the UNSD M49 group 432.
    asOf: '2024-09-25',
    source:
      'UN-OHRLLS, List of Landlocked Developing Countries — https://www.un.org/ohrlls/content/list-lldcs ; ' +
      'UNSD M49 group 432 — https://unstats.un.org/unsd/methodology/m49/',
    members: codeList(`
      AFG ARM AZE BDI BFA BOL BTN BWA CAF ETH KAZ KGZ LAO LSO MDA MKD MLI MNG MWI NER NPL PRY
      RWA SSD SWZ TCD TJK TKM UGA UZB ZMB ZWE`),
  },
  {
    code: 'SIDS',
    m49: '722',
    labels: {
      en: 'Small island developing States (SIDS)',
      fr: 'Petits États insulaires en développement (PEID)',
      es: 'Pequeños Estados insulares en desarrollo (PEID)',
      ar: 'الدول الجزرية الصغيرة النامية',
      zh: '小岛屿发展中国家',
      ru: 'Малые островные развивающиеся государства (МОРАГ)',
    },
    // The M49 statistical grouping (53: 37 UN Member States and 16 other areas). UN-OHRLLS keeps a longer
    // list (e.g. Bahrain and more non-UN members of regional commissions); M49 is what SDG statistics use.
    asOf: '2024-09-25',
    source: 'UNSD, Standard country or area codes for statistical use (M49), group 722 — https://unstats.un.org/unsd/methodology/m49/',
    members: codeList(`
      ABW AIA ASM ATG BES BHS BLZ BRB COK COM CPV CUB CUW DMA DOM FJI FSM GNB GRD GUM GUY HTI JAM KIR KNA LCA
      MDV MHL MNP MSR MUS NCL NIU NRU PLW PNG PRI PYF SGP SLB STP SUR SXM SYC TLS TON TTO TUV VCT VGB VIR VUT WSM`),
  },
  {
    code: 'EIT',
    labels: {
      en: 'Economies in transition',
      fr: 'Économies en transition',
      es: 'Economías en transición',
      ar: 'الاقتصادات التي تمر بمرحلة انتقالية',
      zh: '经济转型国家',
      ru: 'Страны с переходной экономикой',
    },
    // WESP's two groups: South-Eastern Europe (5), and the Commonwealth of Independent States and Georgia (12).
    asOf: '2025-01-09',
    source:
      'UN DESA, World Economic Situation and Prospects 2025, statistical annex, country classification — ' +
      'https://www.un.org/development/desa/dpad/publication/world-economic-situation-and-prospects-2025/',
    members: codeList(`
      ALB BIH MKD MNE SRB
      ARM AZE BLR GEO KAZ KGZ MDA RUS TJK TKM UKR UZB`),
  },
];

const BY_CODE = new Map(COUNTRY_GROUPS.map((g) => [g.code, g]));
const MEMBER_SETS = COUNTRY_GROUPS.map((g) => [g.code, new Set(g.members)] as const);

/** The group with code `code` ('LDC'), or undefined. */
export function countryGroup(code: string): CountryGroup | undefined {
  return BY_CODE.get(code as CountryGroupCode);
}

/** The groups the country with ISO3 code `iso3` belongs to, in COUNTRY_GROUP_CODES order. */
export function groupsOf(iso3: string): CountryGroupCode[] {
  const code = iso3.toUpperCase();
  return MEMBER_SETS.filter(([, members]) => members.has(code)).map(([group]) => group);
}
