import { ITU_SERIES } from './catalogue.ts';
import { ParseCollector, csvRecords, resolveSeries, type ParseOptions, type ParseResult } from './parse-common.ts';

const REQUIRED = ['seriesCode', 'entityIso', 'dataValue', 'dataYear'];

/**
 * ITU DataHub CSV export (UTF-8 with BOM, every field quoted, one row per economy, series and year).
 * The unit is taken from the series code, never from `seriesUnits`: the export labels the per-100 rates
 * `count` and the counts `per 100 people`, and every price series `% GNI per capita`.
 */
export function parseItuDataHub(text: string, opts: ParseOptions): ParseResult {
  const c = new ParseCollector('itu-datahub');
  const records = csvRecords(text, c);
  const missing = REQUIRED.filter((col) => records.length && !records[0]!.has(col));
  if (missing.length) {
    c.reject(1, `not an ITU DataHub export: missing column(s) ${missing.join(', ')}`);
    return c.result();
  }
  for (const r of records) {
    c.rowsRead++;
    const code = r.get('seriesCode');
    const target = resolveSeries(ITU_SERIES, code, c, opts.indicator);
    if (target === 'skipped') continue;
    if (!target) {
      c.reject(r.line, `series ${code || '(empty)'} is not in the catalogue`);
      continue;
    }
    const iso = r.get('entityIso');
    const m49 = opts.places.country(iso);
    if (!m49) {
      c.reject(r.line, `${iso || '(empty)'} (${r.get('entityName')}) is not a UN M49 country or area`);
      continue;
    }
    const note = [r.get('dataNote'), r.get('dataSource')].filter(Boolean).join(' — ') || undefined;
    c.accept({ line: r.line, seriesKey: code, indicatorCode: target.indicator, area: { m49 }, year: r.get('dataYear'), dims: target.dims, value: r.get('dataValue'), note }, r.get('seriesName'));
  }
  return c.result();
}
