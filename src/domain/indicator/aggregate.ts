// Group aggregates of country values: the math only, over plain maps keyed by M49 code.
// No imputation: a group's value for a year is computed from the members that have a value that year,
// and its coverage says how much of the group that is (countries, and share of the group's population).

export const AGGREGATION_METHODS = ['population-weighted', 'mean'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

export interface GroupAggregate {
  year: number;
  value: number | null;
  method: AggregationMethod;
  /** Members whose value went into the figure (for the weighted mean: those with a value and a population). */
  countriesWithData: number;
  members: number;
  /** Population of the countries with data over the population of every member that has one; null without population data. */
  populationCoverage: number | null;
}

/** One year's aggregate of `values` over `members`, weighted by `population` or not. */
export function aggregateYear(year: number, values: ReadonlyMap<string, number>, population: ReadonlyMap<string, number>, members: readonly string[], method: AggregationMethod): GroupAggregate {
  let weighted = 0;
  let sum = 0;
  let n = 0;
  let popWithData = 0;
  let popAll = 0;
  for (const m of members) {
    const v = values.get(m);
    const p = population.get(m);
    if (p !== undefined) popAll += p;
    if (v === undefined) continue;
    if (method === 'mean') {
      sum += v;
      n++;
      if (p !== undefined) popWithData += p;
    } else if (p !== undefined) {
      weighted += v * p;
      popWithData += p;
      n++;
    }
  }
  const value = n === 0 ? null : method === 'mean' ? sum / n : weighted / popWithData;
  return { year, value, method, countriesWithData: n, members: members.length, populationCoverage: popAll > 0 ? popWithData / popAll : null };
}

/** Values by year, then by M49 code. */
export type YearTable = ReadonlyMap<number, ReadonlyMap<string, number>>;

const EMPTY = new Map<string, number>();

/** Aggregates for every year that has values, oldest first. */
export function aggregateSeries(values: YearTable, population: YearTable, members: readonly string[], method: AggregationMethod): GroupAggregate[] {
  return [...values.keys()]
    .sort((a, b) => a - b)
    .map((year) => aggregateYear(year, values.get(year)!, population.get(year) ?? EMPTY, members, method))
    .filter((a) => a.value !== null);
}

export interface GapPoint {
  year: number;
  group: number;
  world: number;
  /** Group minus world, in the indicator's unit (percentage points for percentages). */
  gap: number;
}

/** The gap between a group and the world for the years both have, and how it changed from the first to the last. */
export function gapOverTime(group: readonly GroupAggregate[], world: readonly GroupAggregate[]): { points: GapPoint[]; change: { from: number; to: number; gapChange: number } | null } {
  const worldBy = new Map(world.map((w) => [w.year, w.value]));
  const points = group
    .filter((g) => g.value !== null && worldBy.get(g.year) != null)
    .map((g) => ({ year: g.year, group: g.value!, world: worldBy.get(g.year)!, gap: g.value! - worldBy.get(g.year)! }));
  const first = points[0];
  const last = points[points.length - 1];
  return { points, change: first && last && first !== last ? { from: first.year, to: last.year, gapChange: last.gap - first.gap } : null };
}

export interface RankedCountry {
  m49: string;
  year: number;
  value: number;
  rank: number;
}

/** Each member's latest value, best first (highest, or lowest when lower is better); ties share a rank. */
export function rankLatest(latest: ReadonlyMap<string, { year: number; value: number }>, members: readonly string[], lowerIsBetter = false): RankedCountry[] {
  const rows = members
    .filter((m) => latest.has(m))
    .map((m) => ({ m49: m, ...latest.get(m)! }))
    .sort((a, b) => (lowerIsBetter ? a.value - b.value : b.value - a.value) || a.m49.localeCompare(b.m49));
  let rank = 0;
  return rows.map((r, i) => {
    if (i === 0 || r.value !== rows[i - 1]!.value) rank = i + 1;
    return { ...r, rank };
  });
}
