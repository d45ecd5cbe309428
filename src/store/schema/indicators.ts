// Rows of the observatory: indicator series, observations and official aggregates.

export interface IndicatorSeriesRow {
  id: string;
  indicator_code: string;
  format: string;
  source_series: string;
  source: string;
  licence: string;
  url: string | null;
  imported_at: string;
  row_count: number;
}
export interface IndicatorObservationRow {
  indicator_code: string;
  m49: string;
  year: number;
  dims: string;
  value: number;
  series_id: string;
  note: string | null;
}
export interface IndicatorOfficialAggregateRow {
  indicator_code: string;
  group_code: string;
  year: number;
  dims: string;
  value: number;
  series_id: string;
}
