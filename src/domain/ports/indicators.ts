import type { Observation, OfficialAggregate, SeriesInfo } from '../indicator/indicator.ts';

// Port of the observatory's indicator series, observations and official aggregates.

/** What to read of one indicator: one breakdown (dimsKey), optionally some countries and a year range. */
export interface ObservationQuery {
  indicatorCode: string;
  dims: string;
  m49?: string[];
  from?: number;
  to?: number;
}

export interface IndicatorCoverage {
  indicatorCode: string;
  observations: number;
  countries: number;
  firstYear: number | null;
  lastYear: number | null;
}

export interface IndicatorRepo {
  /** Inserts or replaces series, observations and published aggregates (re-import is idempotent). */
  upsertSeries(series: SeriesInfo[]): Promise<void>;
  upsertObservations(rows: Observation[]): Promise<void>;
  upsertOfficial(rows: OfficialAggregate[]): Promise<void>;
  series(indicatorCode?: string): Promise<SeriesInfo[]>;
  observations(q: ObservationQuery): Promise<Observation[]>;
  /** Every observation of one country, all indicators and breakdowns. */
  countryObservations(m49: string): Promise<Observation[]>;
  official(indicatorCode: string, dims: string): Promise<OfficialAggregate[]>;
  /** The breakdowns (dimsKey) an indicator has data for. */
  breakdowns(indicatorCode: string): Promise<string[]>;
  coverage(): Promise<IndicatorCoverage[]>;
}
