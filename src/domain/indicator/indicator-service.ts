import { authorize, type Actor } from '../access/access.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { IndicatorCoverage, UnitOfWork } from '../ports.ts';
import { COUNTRY_GROUP_CODES } from '../vocabulary/country-group.ts';
import { ITU_REGIONS } from '../vocabulary/country.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { aggregateSeries, gapOverTime, rankLatest, type AggregationMethod, type GroupAggregate, type YearTable } from './aggregate.ts';
import { INDICATORS, indicatorByCode } from './catalogue.ts';
import { DATA_VERSION_KEY, importIndicatorFile, type ImportInput } from './indicator-import.ts';
import { dimsKey, type Indicator, type Observation, type OfficialAggregate, type SeriesInfo } from './indicator.ts';

/** The groups the observatory compares: the world, the four UN groups, then ITU regions; M49 regions are accepted too. */
export const HEADLINE_GROUPS = ['WORLD', ...COUNTRY_GROUP_CODES, ...ITU_REGIONS] as const;

interface Tables {
  byYear: YearTable;
  latest: Map<string, { year: number; value: number }>;
  observations: Observation[];
}

/** Reads and imports indicator data; computes group aggregates, gaps and rankings from it. */
export class IndicatorService {
  private cache = new Map<string, Tables>();
  private cachedVersion = '';

  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Throws unless the actor may import indicator files (the admin import page asks before showing its form). */
  assertCanImport(actor: Actor): void {
    authorize(actor, 'indicator:import');
  }

  /** Imports one file in a source format (admins only); see indicator-import.ts. */
  async import(actor: Actor, input: ImportInput, onProgress?: (done: number, total: number) => void) {
    const report = await importIndicatorFile(this.uow, this.vocabulary.current(), actor, input, this.clock().toISOString(), onProgress);
    this.cache.clear();
    return report;
  }

  /** Changes with every import: caches of rendered charts and maps are keyed by it. */
  async dataVersion(): Promise<string> {
    return (await this.uow.settings.get(DATA_VERSION_KEY)) ?? 'empty';
  }

  /** The catalogue entry, or 404. */
  indicator(code: string): Indicator {
    const i = indicatorByCode(code);
    if (!i) throw new NotFoundError('indicator', code);
    return i;
  }

  /** Every indicator with how much data it has and where that came from. */
  async catalogue(): Promise<{ indicator: Indicator; coverage?: IndicatorCoverage; series: SeriesInfo[] }[]> {
    const [coverage, series] = await Promise.all([this.uow.indicators.coverage(), this.uow.indicators.series()]);
    return INDICATORS.map((indicator) => ({ indicator, coverage: coverage.find((c) => c.indicatorCode === indicator.code), series: series.filter((s) => s.indicatorCode === indicator.code) }));
  }

  /** The breakdowns (dimsKey) an indicator has data for. */
  async breakdowns(code: string): Promise<string[]> {
    return this.uow.indicators.breakdowns(code);
  }

  async series(code: string): Promise<SeriesInfo[]> {
    return this.uow.indicators.series(code);
  }

  /** The breakdown (dimsKey) asked for: a value of the indicator's dimension ('4G'), a full key, or the headline. */
  breakdownKey(indicator: Indicator, breakdown?: string): string {
    if (!breakdown) return dimsKey(indicator.headline);
    if (breakdown.includes('=')) return breakdown;
    if (!indicator.dimension) throw new ValidationError([{ field: 'breakdown', code: 'not-allowed', message: `${indicator.code} has no breakdown` }]);
    return dimsKey({ [indicator.dimension.key]: breakdown });
  }

  /** M49 codes of a group: WORLD, LDC, LLDC, SIDS, EIT, an ITU region (AFR…) or an M49 region ('002'). */
  members(group: string): string[] {
    const vocab = this.vocabulary.current();
    const members = group === 'WORLD' ? vocab.countries.map((c) => c.m49) : (vocab.groupMembers(group) ?? vocab.countriesIn(group));
    if (!members) throw new ValidationError([{ field: 'group', code: 'unknown-code', message: `${group} is not a group: use WORLD, LDC, LLDC, SIDS, EIT, an ITU region (AFR, AMS, ARB, ASP, CIS, EUR) or an M49 region code (e.g. 002)` }]);
    return members;
  }

  private async tables(code: string, dims: string): Promise<Tables> {
    const version = await this.dataVersion();
    if (version !== this.cachedVersion) {
      this.cache.clear();
      this.cachedVersion = version;
    }
    const key = `${code}|${dims}`;
    let t = this.cache.get(key);
    if (!t) {
      const observations = await this.uow.indicators.observations({ indicatorCode: code, dims });
      const byYear = new Map<number, Map<string, number>>();
      const latest = new Map<string, { year: number; value: number }>();
      for (const o of observations) {
        if (!byYear.has(o.year)) byYear.set(o.year, new Map());
        byYear.get(o.year)!.set(o.m49, o.value);
        if ((latest.get(o.m49)?.year ?? -1) < o.year) latest.set(o.m49, { year: o.year, value: o.value });
      }
      t = { byYear, latest, observations };
      this.cache.set(key, t);
    }
    return t;
  }

  /** Country observations of one breakdown, filtered by countries (M49) and years. */
  async observations(code: string, q: { m49?: string[]; year?: number; from?: number; to?: number; breakdown?: string }): Promise<Observation[]> {
    const indicator = this.indicator(code);
    const dims = this.breakdownKey(indicator, q.breakdown);
    return this.uow.indicators.observations({ indicatorCode: code, dims, m49: q.m49, from: q.year ?? q.from, to: q.year ?? q.to });
  }

  /** A group's computed aggregate for every year with data (or one year), and the published figures beside it. */
  async aggregates(code: string, q: { group: string; method?: AggregationMethod; year?: number; breakdown?: string }): Promise<{ computed: GroupAggregate[]; official: OfficialAggregate[] }> {
    const indicator = this.indicator(code);
    const members = this.members(q.group);
    const dims = this.breakdownKey(indicator, q.breakdown);
    const method = q.method ?? 'population-weighted';
    const [values, population, official] = await Promise.all([this.tables(code, dims), this.tables('population', ''), this.uow.indicators.official(code, dims)]);
    const onlyYear = (y: { year: number }) => q.year === undefined || y.year === q.year;
    const table = q.year === undefined ? values.byYear : new Map([...values.byYear].filter(([y]) => y === q.year));
    return {
      computed: aggregateSeries(table, population.byYear, members, method),
      official: official.filter((o) => o.group === q.group && onlyYear(o)),
    };
  }

  /** A group against the world, population-weighted, year by year, and how the gap changed. */
  async gap(code: string, group: string, breakdown?: string) {
    const [g, w] = await Promise.all([this.aggregates(code, { group, breakdown }), this.aggregates(code, { group: 'WORLD', breakdown })]);
    return gapOverTime(g.computed, w.computed);
  }

  /** The group's countries ranked by their latest value, each with its year. */
  async ranking(code: string, group: string, breakdown?: string) {
    const indicator = this.indicator(code);
    const t = await this.tables(code, this.breakdownKey(indicator, breakdown));
    return rankLatest(t.latest, this.members(group), indicator.lowerIsBetter);
  }

  /** Every country's value for one year (for a map), or each country's latest value when no year is given. */
  async valuesByCountry(code: string, year: number | undefined, breakdown?: string): Promise<{ values: Map<string, number>; years: number[]; countsByYear: Map<number, number> }> {
    const t = await this.tables(code, this.breakdownKey(this.indicator(code), breakdown));
    const years = [...t.byYear.keys()].sort((a, b) => a - b);
    const countsByYear = new Map(years.map((y) => [y, t.byYear.get(y)!.size]));
    const values = year === undefined ? new Map([...t.latest].map(([m, v]) => [m, v.value])) : new Map(t.byYear.get(year) ?? []);
    return { values, years, countsByYear };
  }

  /** One country's latest headline value per indicator, with the world aggregate of the same year. */
  async countryPanel(m49: string) {
    const all = await this.uow.indicators.countryObservations(m49);
    const rows = [];
    for (const indicator of INDICATORS) {
      if (indicator.code === 'population') continue;
      const dims = dimsKey(indicator.headline);
      const own = all.filter((o) => o.indicatorCode === indicator.code && dimsKey(o.dims) === dims);
      const last = own[own.length - 1];
      if (!last) continue;
      const world = (await this.aggregates(indicator.code, { group: 'WORLD', year: last.year })).computed[0];
      rows.push({ indicator, year: last.year, value: last.value, world: world?.value ?? null, trend: own.map((o) => ({ year: o.year, value: o.value })) });
    }
    return rows;
  }
}
