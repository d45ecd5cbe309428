import type { Lang } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { Indicator, Observation, SeriesInfo } from '../indicator/indicator.ts';
import type { Row } from './csv-format.ts';

// An indicator's country observations as CSV: one row per country, year and breakdown, with the indicator,
// its unit, and the source series each value comes from (publisher, licence, address), so a row keeps its
// attribution when it leaves the file. Labels (country, unit) in the language asked for; codes beside them.

/** The columns of an indicator's observations CSV, in order. */
export const OBSERVATION_COLUMNS = ['indicator', 'country', 'country_label', 'm49', 'year', 'value', 'unit', 'breakdown', 'series', 'source', 'licence', 'source_url', 'note'] as const;

/** `{technology: '4G'}` as `technology=4G` (several joined with ";"); the headline total is empty. */
const breakdownText = (dims: Observation['dims']) =>
  Object.entries(dims)
    .map(([k, v]) => `${k}=${v}`)
    .join(';');

/** The observations as CSV rows, in the order given; `series` names where each value comes from. */
export function observationRows(indicator: Indicator, observations: Observation[], series: SeriesInfo[], vocab: Vocabulary, lang: Lang): Row[] {
  const byId = new Map(series.map((s) => [s.id, s]));
  const unit = indicator.unit[lang] || indicator.unit.en;
  return observations.map((o) => {
    const s = byId.get(o.seriesId);
    return {
      indicator: indicator.code,
      country: vocab.countryByM49.get(o.m49)?.iso3 ?? '',
      country_label: vocab.countryName(o.m49, lang),
      m49: o.m49,
      year: String(o.year),
      value: String(o.value),
      unit,
      breakdown: breakdownText(o.dims),
      series: o.seriesId,
      source: s?.source ?? indicator.source,
      licence: s?.licence ?? indicator.licence,
      source_url: s?.url ?? '',
      note: o.note ?? '',
    };
  });
}
