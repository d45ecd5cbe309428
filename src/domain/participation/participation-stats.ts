import type { ParticipationCell } from '../ports.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { ITU_REGIONS } from '../vocabulary/country.ts';
import { COUNTRY_GROUP_CODES } from '../vocabulary/country-group.ts';
import type { Body } from './participation.ts';

/** A set of countries whose share is measured: a country group or an ITU region. */
export interface StatsArea {
  code: string;
  kind: 'group' | 'region';
  /** Members that are in the denominator (M49 codes). */
  members: Set<string>;
  /** Shown unless asked for: EIT is measured on request only (the Opinion names LDCs, LLDCs and SIDS). */
  standard: boolean;
}

/** A count from an area, and its share of the total (null when the total is 0). */
export interface Share {
  count: number;
  share: number | null;
}

export interface AreaStats {
  area: string;
  kind: 'group' | 'region';
  /** The area's share of the denominator's countries: the share it would have if every country took part equally. */
  countryShare: number;
  participants: Share;
  contributions: Share;
  leadership: Share;
  /** Countries of the area that took part at least once. */
  countries: number;
}

export interface StatsItem {
  body: string;
  year: number;
  totals: { participants: number; contributions: number; leadership: number; countries: number };
  areas: AreaStats[];
  /** The asked-for country's own counts, when a country was given. */
  country?: { participants: number; contributions: number; leadership: number };
}

export const DENOMINATOR_DESCRIPTION = 'Countries of the vocabulary that belong to an ITU region (ITU Member States).';

/** The denominator: every country of the vocabulary with an ITU region, i.e. the ITU Member States. */
export function denominator(vocab: Vocabulary): Set<string> {
  return new Set(vocab.countries.filter((c) => c.ituRegion).map((c) => c.m49));
}

/** LDC, LLDC, SIDS and EIT, then the six ITU regions, each restricted to the denominator. */
export function standardAreas(vocab: Vocabulary): StatsArea[] {
  const base = denominator(vocab);
  const groups = COUNTRY_GROUP_CODES.map((code): StatsArea => ({ code, kind: 'group', members: new Set((vocab.groupMembers(code) ?? []).filter((m) => base.has(m))), standard: code !== 'EIT' }));
  const regions = ITU_REGIONS.map((code): StatsArea => ({ code, kind: 'region', members: new Set((vocab.countriesIn(code) ?? []).filter((m) => base.has(m))), standard: true }));
  return [...groups, ...regions];
}

const share = (count: number, total: number): Share => ({ count, share: total > 0 ? count / total : null });

/**
 * Per body and year: totals, and for each area the counts and shares of participants, contributions
 * and leadership roles, beside the area's share of countries. Pure: cells in, figures out.
 */
export function participationStats(cells: ParticipationCell[], areas: StatsArea[], vocab: Vocabulary, bodies: Body[], country?: string) {
  const base = denominator(vocab);
  const codeOf = new Map(bodies.map((b) => [b.id, b.code]));
  const groups = new Map<string, ParticipationCell[]>();
  for (const c of cells) {
    const key = `${c.bodyId}|${c.year}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const sum = (list: ParticipationCell[], f: 'participants' | 'contributions' | 'leadership') => list.reduce((n, c) => n + c[f], 0);
  const items: StatsItem[] = [...groups.entries()].map(([key, list]) => {
    const [bodyId, year] = key.split('|') as [string, string];
    const totals = { participants: sum(list, 'participants'), contributions: sum(list, 'contributions'), leadership: sum(list, 'leadership'), countries: new Set(list.map((c) => c.country)).size };
    const item: StatsItem = {
      body: codeOf.get(bodyId) ?? bodyId,
      year: Number(year),
      totals,
      areas: areas.map((a) => {
        const mine = list.filter((c) => a.members.has(c.country));
        return {
          area: a.code,
          kind: a.kind,
          countryShare: base.size ? a.members.size / base.size : 0,
          participants: share(sum(mine, 'participants'), totals.participants),
          contributions: share(sum(mine, 'contributions'), totals.contributions),
          leadership: share(sum(mine, 'leadership'), totals.leadership),
          countries: new Set(mine.map((c) => c.country)).size,
        };
      }),
    };
    if (country) {
      const own = list.filter((c) => c.country === country);
      item.country = { participants: sum(own, 'participants'), contributions: sum(own, 'contributions'), leadership: sum(own, 'leadership') };
    }
    return item;
  });
  items.sort((a, b) => a.body.localeCompare(b.body) || a.year - b.year);
  return {
    denominator: { description: DENOMINATOR_DESCRIPTION, countries: base.size },
    areas: areas.map((a) => ({ code: a.code, kind: a.kind, countries: a.members.size, countryShare: base.size ? a.members.size / base.size : 0 })),
    items,
  };
}
