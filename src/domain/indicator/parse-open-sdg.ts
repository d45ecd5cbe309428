import type { Dims } from './indicator.ts';
import { SDG_SERIES, indicatorByCode } from './catalogue.ts';
import { ParseCollector, csvRecords, resolveSeries, type ParseOptions, type ParseResult } from './parse-common.ts';

/** GeoCodes that are M49 group codes: their rows are published aggregates. */
const GROUP_GEOCODES: Record<string, string> = { '001': 'WORLD', '199': 'LDC', '432': 'LLDC', '722': 'SIDS' };
/** Columns that describe a row rather than break it down. */
const NOT_DIMENSIONS = new Set(['year', 'units', 'series', 'geocode', 'value', 'reporting type', 'nature', 'observation status', 'unit multiplier', 'footnote', 'source', 'time detail', 'geoareaname', 'comment_obs']);
/** Open SDG / SDMX spellings of "all of them": the row is the total for that column. */
const TOTALS = new Set(['', '_T', '_Z', 'ALLAGE', 'BOTHSEX', 'ALLAREA', 'TOTAL', 'ALL']);
const KEY_ALIASES: Record<string, string> = { 'type-of-skill': 'skill', 'type-of-speed': 'speed', 'mobile-technology': 'technology' };

/** 'indicator_17-8-1.csv' → '17.8.1' (Open SDG names its data files after the indicator). */
export function indicatorFromFileName(name: string | undefined): string | undefined {
  const m = /indicator_(\d{1,2})-(\w{1,2})-(\d{1,2})\.csv$/i.exec(name ?? '');
  return m ? `${m[1]}.${m[2]!.toLowerCase()}.${m[3]}` : undefined;
}

function dimensionsOf(get: (col: string) => string, columns: string[]): Dims {
  const dims: Dims = {};
  for (const col of columns) {
    if (NOT_DIMENSIONS.has(col.toLowerCase())) continue;
    const raw = get(col);
    if (TOTALS.has(raw.toUpperCase())) continue;
    const key = col.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    dims[KEY_ALIASES[key] ?? key] = key === 'sex' ? raw.toLowerCase() : raw;
  }
  return dims;
}

/**
 * Open SDG data CSV: `Year, <disaggregation columns…>, Units, Series, GeoCode, Value`. The indicator comes
 * from the Series code (UN Global SDG Database), else the option, else the file name. GeoCode is an M49 or
 * ISO code of a country, or an M49 group code (001 World, 199 LDC, 432 LLDC, 722 SIDS) for a published aggregate.
 */
export function parseOpenSdg(text: string, opts: ParseOptions & { fileName?: string }): ParseResult {
  const c = new ParseCollector('open-sdg');
  const records = csvRecords(text, c);
  if (!records.length) return c.result();
  const first = records[0]!;
  if (!first.has('Year') || !first.has('Value')) {
    c.reject(1, 'not an Open SDG data file: expected at least the columns Year and Value');
    return c.result();
  }
  const fallback = opts.indicator ?? indicatorFromFileName(opts.fileName);
  if (fallback && !indicatorByCode(fallback)) {
    c.reject(1, `indicator ${fallback} is not in the catalogue`);
    return c.result();
  }
  for (const r of records) {
    c.rowsRead++;
    const series = r.get('Series');
    const target = resolveSeries(SDG_SERIES, series, c, fallback);
    if (target === 'skipped') continue;
    if (!target) {
      c.reject(r.line, `series ${series || '(empty)'} is not in the catalogue, and the file does not name its indicator (indicator_17-8-1.csv)`);
      continue;
    }
    const geo = r.get('GeoCode');
    const padded = /^\d{1,3}$/.test(geo) ? geo.padStart(3, '0') : geo;
    const base = { line: r.line, seriesKey: series || target.indicator, indicatorCode: target.indicator, year: r.get('Year'), dims: { ...dimensionsOf(r.get, r.columns), ...target.dims }, value: r.get('Value') };
    if (!geo) {
      c.reject(r.line, 'no GeoCode: the row does not say which country it is about');
      continue;
    }
    if (GROUP_GEOCODES[padded]) {
      c.accept({ ...base, area: { group: GROUP_GEOCODES[padded]! } });
      continue;
    }
    const m49 = opts.places.country(padded);
    if (!m49) c.reject(r.line, `GeoCode ${geo} is not a UN M49 country or area`);
    else c.accept({ ...base, area: { m49 } });
  }
  return c.result();
}
