import type { Services } from '../../../services.ts';
import type { GapPoint, GroupAggregate, RankedCountry } from '../../../domain/indicator/aggregate.ts';
import { parseDimsKey, type Indicator, type OfficialAggregate, type SeriesInfo } from '../../../domain/indicator/indicator.ts';

/** Groups drawn on every indicator's trend chart. */
export const TREND_GROUPS = ['WORLD', 'LDC', 'LLDC', 'SIDS', 'EIT'];

export interface IndicatorPageData {
  indicator: Indicator;
  breakdown?: string;
  breakdowns: string[];
  years: number[];
  year?: number;
  countriesInYear: number;
  group: string;
  trends: { group: string; points: GroupAggregate[] }[];
  official: { group: string; points: OfficialAggregate[] }[];
  gap: { points: GapPoint[]; change: { from: number; to: number; gapChange: number } | null };
  ranking: RankedCountry[];
  series: SeriesInfo[];
}

/** The map's default year: the latest year with at least 60 % as many countries as the best-covered year. */
export function defaultYear(counts: Map<number, number>): number | undefined {
  const max = Math.max(0, ...counts.values());
  return [...counts.keys()].sort((a, b) => b - a).find((y) => counts.get(y)! >= 0.6 * max);
}

/** Everything the indicator page shows, from the same service calls the API makes. */
export async function loadIndicatorPage(services: Services, code: string, q: { year?: number; group?: string; breakdown?: string }): Promise<IndicatorPageData> {
  const ind = services.indicators;
  const indicator = ind.indicator(code);
  const group = q.group ?? 'LDC';
  const dimension = indicator.dimension?.key;
  const breakdowns = dimension ? await breakdownValues(services, code, dimension) : [];
  const breakdown = q.breakdown ?? (dimension ? indicator.headline[dimension] : undefined);
  const { years, countsByYear: counts } = await ind.valuesByCountry(code, undefined, breakdown);
  const year = q.year ?? defaultYear(counts);
  const trends = await Promise.all([...new Set([...TREND_GROUPS, group])].map(async (g) => ({ g, r: await ind.aggregates(code, { group: g, breakdown }) })));
  const [gap, ranking, series] = await Promise.all([ind.gap(code, group, breakdown), ind.ranking(code, group, breakdown), ind.series(code)]);
  return {
    indicator,
    breakdown,
    breakdowns,
    years,
    year,
    countriesInYear: year === undefined ? 0 : (counts.get(year) ?? 0),
    group,
    trends: trends.map(({ g, r }) => ({ group: g, points: r.computed })),
    official: trends.filter(({ r }) => r.official.length).map(({ g, r }) => ({ group: g, points: r.official })),
    gap,
    ranking,
    series,
  };
}

async function breakdownValues(services: Services, code: string, dimension: string): Promise<string[]> {
  const keys = await services.indicators.breakdowns(code);
  return [...new Set(keys.map((k) => parseDimsKey(k)[dimension]).filter((v): v is string => !!v))].sort();
}
