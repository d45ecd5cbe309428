import { WORLD_BANK_SERIES } from './catalogue.ts';
import { ParseCollector, csvRecords, resolveSeries, stripBom, type ParseOptions, type ParseResult } from './parse-common.ts';

/** World Bank aggregate codes: two are our groups (their figures become published aggregates), the rest are skipped. */
const WB_GROUPS: Record<string, string> = { WLD: 'WORLD', LDC: 'LDC' };
const WB_AGGREGATES = new Set(
  `AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX LAC LCN LDC LIC LMC LMY LTE MEA MIC MNA NAC
   OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD INX`.split(/\s+/),
);
/** The long CSV of the datasets/population package has no indicator column: it is SP.POP.TOTL. */
const DEFAULT_SERIES = 'SP.POP.TOTL';

interface WbRow {
  line: number;
  series: string;
  code: string;
  name: string;
  year: string;
  value: string;
}

/**
 * World Bank data in its three usual shapes: the API's JSON (`[meta, [{indicator, country, countryiso3code,
 * date, value}]]`, positions count as lines), the long CSV `Country Name, Country Code, Year, Value`, and
 * the wide CSV of the data portal (a few lines of notes, then one column per year).
 */
export function parseWorldBank(text: string, opts: ParseOptions): ParseResult {
  const c = new ParseCollector('worldbank');
  const body = stripBom(text).trimStart();
  const rows = body.startsWith('[') ? jsonRows(body, c) : csvRows(body, c);
  for (const r of rows) {
    c.rowsRead++;
    const target = resolveSeries(WORLD_BANK_SERIES, r.series, c, opts.indicator);
    if (target === 'skipped') continue;
    if (!target) {
      c.reject(r.line, `World Bank indicator ${r.series || '(empty)'} is not in the catalogue`);
      continue;
    }
    const base = { line: r.line, seriesKey: r.series, indicatorCode: target.indicator, year: r.year, dims: target.dims, value: r.value };
    if (r.value === '') {
      c.skip('empty value (the World Bank writes every year, with or without data)');
      continue;
    }
    const m49 = opts.places.country(r.code);
    if (m49) c.accept({ ...base, area: { m49 } }, r.series);
    else if (WB_GROUPS[r.code]) c.accept({ ...base, area: { group: WB_GROUPS[r.code]! } }, r.series);
    else if (WB_AGGREGATES.has(r.code)) c.skip('World Bank aggregate (region, income or lending group) that is not one of our groups');
    else c.reject(r.line, `${r.code || '(empty)'} (${r.name}) is not a UN M49 country or area`);
  }
  return c.result();
}

function jsonRows(text: string, c: ParseCollector): WbRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    c.reject(1, `not valid JSON: ${(err as Error).message}`);
    return [];
  }
  const records = Array.isArray(data) && Array.isArray(data[1]) ? (data[1] as Record<string, any>[]) : undefined;
  if (!records) {
    c.reject(1, 'not a World Bank API answer: expected [metadata, [records]]');
    return [];
  }
  return records.map((r, i) => ({
    line: i + 1,
    series: String(r?.indicator?.id ?? ''),
    code: String(r?.countryiso3code || r?.country?.id || ''),
    name: String(r?.country?.value ?? ''),
    year: String(r?.date ?? ''),
    value: r?.value === null || r?.value === undefined ? '' : String(r.value),
  }));
}

function csvRows(text: string, c: ParseCollector): WbRow[] {
  // The portal's wide CSV starts with notes ("Data Source", "Last Updated Date") before its header.
  const lines = text.split('\n');
  const headerAt = Math.max(0, lines.findIndex((l) => /^"?Country Name"?,/.test(l)));
  const records = csvRecords(lines.slice(headerAt).join('\n'), c).map((r) => ({ ...r, line: r.line + headerAt }));
  if (!records.length) return [];
  const first = records[0]!;
  if (!first.has('Country Code')) {
    c.reject(headerAt + 1, 'not a World Bank file: expected a "Country Code" column');
    return [];
  }
  if (first.has('Year') && first.has('Value')) {
    return records.map((r) => ({ line: r.line, series: r.has('Indicator Code') ? r.get('Indicator Code') : DEFAULT_SERIES, code: r.get('Country Code'), name: r.get('Country Name'), year: r.get('Year'), value: r.get('Value') }));
  }
  const years = first.columns.filter((col) => /^\d{4}$/.test(col));
  return records.flatMap((r) =>
    years.map((year) => ({ line: r.line, series: r.get('Indicator Code'), code: r.get('Country Code'), name: r.get('Country Name'), year, value: r.get(year) })),
  );
}
