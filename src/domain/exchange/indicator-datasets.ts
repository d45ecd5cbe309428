import type { Indicator, SeriesInfo } from '../indicator/indicator.ts';
import type { IndicatorCoverage } from '../ports.ts';
import type { DatasetInfo } from './dcat.ts';
import { M49_IRI, SDG_IRI } from './json-ld.ts';

// The observatory's indicator series as DCAT datasets: one per indicator of the catalogue, distributed as a
// CSV file (a download URL) and through the indicator API (JSON, an access URL), with the custodian as source, the years and countries it covers,
// and the source series imported (each with its own publisher and licence).

/** The indicator catalogue as IndicatorService.catalogue() gives it. */
export type IndicatorCatalogue = { indicator: Indicator; coverage?: IndicatorCoverage; series: SeriesInfo[] }[];

/** One DCAT dataset per indicator series of the observatory. */
export function indicatorDatasets(catalogue: IndicatorCatalogue): DatasetInfo[] {
  return catalogue.map(({ indicator: i, coverage, series }) => {
    const imported = series.map((s) => s.importedAt).sort().at(-1);
    return {
      id: `indicator-${i.code}`,
      title: i.names.en,
      description: `${i.definition} Unit: ${i.unit.en}. Country observations by year${i.dimension ? ` and ${i.dimension.key}` : ''}, as published by the source${series.length ? ` (${series.map((s) => s.sourceSeries).join(', ')})` : ''}.`,
      keywords: ['indicator', 'SDG', ...(i.sdgIndicator ? [`SDG ${i.sdgIndicator}`] : [])],
      modified: imported,
      landingPage: `/en/observatory/${i.code}`,
      publisher: i.source,
      sources: [...new Set(series.map((s) => s.url).filter((u): u is string => !!u))],
      licence: i.licence,
      ...(i.sdgIndicator ? { subject: SDG_IRI(i.sdgIndicator) } : {}),
      ...(coverage?.firstYear != null && coverage.lastYear != null ? { temporal: { start: String(coverage.firstYear), end: String(coverage.lastYear) } } : {}),
      // Observations are by country, worldwide.
      spatial: M49_IRI('001'),
      distributions: [
        { path: `/api/v1/indicators/${i.code}/observations.csv`, mediaType: 'text/csv', format: 'CSV' },
        { path: `/api/v1/indicators/${i.code}/observations`, mediaType: 'application/json', format: 'JSON (Leapfrog indicator API)', isService: true },
        { path: `/api/v1/indicators/${i.code}`, mediaType: 'application/json', format: 'JSON (indicator metadata and series)', isService: true },
      ],
    };
  });
}
