import type { Labels, LangMap, Lang } from './language.ts';
import { ITU_REGIONS, type Country } from './country.ts';
import type { CountryGroupCode } from './country-group.ts';

// The vocabularies as the running app sees them: the team-written data plus the official
// texts imported later (`vocab import`), read from the database once and cached.

export interface VocabGoal {
  number: number;
  code: string;
  iri: string;
  short: Labels;
  title: LangMap;
  color: string;
  targets: VocabTarget[];
}
export interface VocabTarget {
  code: string;
  goal: number;
  iri: string;
  title: LangMap;
}
export interface VocabTechnology {
  slug: string;
  labels: Labels;
  description: Labels;
}
export interface VocabWsisLine {
  code: string;
  parent?: string;
  labels: Labels;
}
export interface VocabCountry extends Country {
  names: Labels;
  groups: CountryGroupCode[];
}
export interface VocabCountryGroup {
  code: CountryGroupCode;
  m49?: string;
  labels: Labels;
  asOf: string;
  source: string;
  members: string[]; // M49 codes
}

export class Vocabulary {
  readonly targets = new Map<string, VocabTarget>();
  readonly techBySlug = new Map<string, VocabTechnology>();
  readonly wsisByCode = new Map<string, VocabWsisLine>();
  readonly countryByIso3 = new Map<string, VocabCountry>();
  readonly countryByM49 = new Map<string, VocabCountry>();
  /** M49 region, sub-region and intermediate-region codes that have at least one country. */
  readonly regionCodes: string[];

  constructor(
    readonly goals: VocabGoal[],
    readonly technologies: VocabTechnology[],
    readonly wsis: VocabWsisLine[],
    readonly countries: VocabCountry[],
    readonly groups: VocabCountryGroup[],
  ) {
    for (const g of goals) for (const t of g.targets) this.targets.set(t.code, t);
    for (const t of technologies) this.techBySlug.set(t.slug, t);
    for (const w of wsis) this.wsisByCode.set(w.code, w);
    for (const c of countries) {
      this.countryByIso3.set(c.iso3, c);
      this.countryByM49.set(c.m49, c);
    }
    const regions = new Set<string>();
    for (const c of countries) for (const r of [c.region, c.subregion, c.intermediateRegion]) if (r) regions.add(r);
    this.regionCodes = [...regions].sort();
  }

  goal(n: number): VocabGoal | undefined {
    return this.goals.find((g) => g.number === n);
  }

  /** M49 codes of a group's members (LDC, LLDC, SIDS, EIT). */
  groupMembers(code: string): string[] | undefined {
    return this.groups.find((g) => g.code === code)?.members;
  }

  /** M49 codes of the countries in an M49 region ('002', '015') or an ITU region ('AFR'). */
  countriesIn(area: string): string[] | undefined {
    if ((ITU_REGIONS as readonly string[]).includes(area)) {
      return this.countries.filter((c) => c.ituRegion === area).map((c) => c.m49);
    }
    if (this.regionCodes.includes(area)) {
      return this.countries.filter((c) => c.region === area || c.subregion === area || c.intermediateRegion === area).map((c) => c.m49);
    }
    return undefined;
  }

  countryName(m49: string, lang: Lang): string {
    const c = this.countryByM49.get(m49);
    return c ? c.names[lang] || c.names.en : m49;
  }
}
