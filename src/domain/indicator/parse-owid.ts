import { ParseCollector, csvRecords, type ParseOptions, type ParseResult } from './parse-common.ts';

/** OWID grapher column titles we recognise, and the catalogue indicator each one is. */
const TITLES: [RegExp, string][] = [[/individuals using the internet/i, '17.8.1']];

/** OWID's own codes for places that are not ISO countries. */
const OWID_GROUPS: Record<string, string> = { OWID_WRL: 'WORLD' };

/**
 * Our World in Data grapher CSV: `Entity, Code, Year, <value column titled by the indicator>`, comma- or
 * semicolon-separated. Aggregates have an empty Code (regions, income groups) except World (OWID_WRL),
 * which becomes a published aggregate.
 */
export function parseOwid(text: string, opts: ParseOptions): ParseResult {
  const c = new ParseCollector('owid');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const records = csvRecords(text, c, delimiter);
  if (!records.length) return c.result();
  const columns = records[0]!.columns;
  if (!['Entity', 'Code', 'Year'].every((col) => columns.includes(col)) || columns.length < 4) {
    c.reject(1, 'not an Our World in Data grapher file: expected the columns Entity, Code, Year and a value column');
    return c.result();
  }
  const valueColumn = columns[3]!;
  const indicator = opts.indicator ?? TITLES.find(([re]) => re.test(valueColumn))?.[1];
  if (!indicator) {
    c.reject(1, `the column "${valueColumn}" is not an indicator of the catalogue: name one with --indicator`);
    return c.result();
  }
  for (const r of records) {
    c.rowsRead++;
    const code = r.get('Code');
    const base = { line: r.line, seriesKey: valueColumn, indicatorCode: indicator, year: r.get('Year'), dims: {}, value: r.get(valueColumn) };
    if (!code) {
      c.skip('aggregate without a code (region or income group as OWID or the World Bank define it)');
      continue;
    }
    if (OWID_GROUPS[code]) {
      c.accept({ ...base, area: { group: OWID_GROUPS[code]! } }, valueColumn);
      continue;
    }
    const m49 = opts.places.country(code);
    if (!m49) {
      c.reject(r.line, `${code} (${r.get('Entity')}) is not a UN M49 country or area`);
      continue;
    }
    c.accept({ ...base, area: { m49 } }, valueColumn);
  }
  return c.result();
}
