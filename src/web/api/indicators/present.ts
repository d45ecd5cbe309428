import type { Indicator, Observation, OfficialAggregate, SeriesInfo } from '../../../domain/indicator/indicator.ts';
import type { IndicatorCoverage } from '../../../domain/ports.ts';
import type { GroupAggregate } from '../../../domain/indicator/aggregate.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';
import { sdgIndicatorIri } from '../../../domain/vocabulary/sdg-indicator.ts';

/** Provenance of a source series, as every answer that uses it lists it. */
export function presentSeries(s: SeriesInfo) {
  return { id: s.id, indicator: s.indicatorCode, format: s.format, sourceSeries: s.sourceSeries, source: s.source, licence: s.licence, url: s.url ?? null, importedAt: s.importedAt, rows: s.rows };
}

/** A catalogue entry with its metadata, the SDG indicator it belongs to, its coverage and its series. */
export function presentIndicator(i: Indicator, coverage: IndicatorCoverage | undefined, series: SeriesInfo[], publicUrl: string) {
  return {
    code: i.code,
    url: `${publicUrl}/en/observatory/${i.code}`,
    names: i.names,
    unit: i.unit,
    scale: i.scale,
    definition: i.definition,
    source: i.source,
    licence: i.licence,
    sdgIndicator: i.sdgIndicator ? { code: i.sdgIndicator, iri: sdgIndicatorIri(i.sdgIndicator) } : null,
    breakdown: i.dimension ? { dimension: i.dimension.key, values: i.dimension.values, headline: i.headline[i.dimension.key] ?? null } : null,
    lowerIsBetter: i.lowerIsBetter ?? false,
    coverage: { observations: coverage?.observations ?? 0, countries: coverage?.countries ?? 0, firstYear: coverage?.firstYear ?? null, lastYear: coverage?.lastYear ?? null },
    series: series.map(presentSeries),
  };
}

/** A country observation: countries by ISO alpha-3 (M49 beside it), the series it came from. */
export function presentObservation(o: Observation, vocab: Vocabulary) {
  return { country: vocab.countryByM49.get(o.m49)?.iso3 ?? null, m49: o.m49, year: o.year, value: o.value, breakdown: o.dims, series: o.seriesId, note: o.note ?? null };
}

/** A computed aggregate, its coverage rounded for reading (the value is kept exact). */
export function presentAggregate(group: string, a: GroupAggregate) {
  return { group, year: a.year, value: a.value, method: a.method, countriesWithData: a.countriesWithData, members: a.members, populationCoverage: a.populationCoverage === null ? null : Math.round(a.populationCoverage * 1000) / 1000 };
}

export function presentOfficial(o: OfficialAggregate) {
  return { group: o.group, year: o.year, value: o.value, breakdown: o.dims, series: o.seriesId };
}
