import { parse } from 'csv-parse/sync';
import type { Dims, ImportFormat } from './indicator.ts';
import type { SeriesTarget } from './catalogue.ts';
import { indicatorByCode } from './catalogue.ts';

// What every parser returns: rows keyed by country (M49) or by one of our groups, the lines it refused
// with the reason, and the rows it deliberately left out (known series or aggregates we do not carry).

/** Where a row belongs: a country (M49 code) or a group whose published aggregate this is (WORLD, LDC, …). */
export type Area = { m49: string } | { group: string };

export interface ParsedRow {
  line: number;
  seriesKey: string; // source series code, e.g. 'i992b' or 'SP.POP.TOTL'
  indicatorCode: string;
  area: Area;
  year: number;
  dims: Dims;
  value: number;
  note?: string;
}

export interface ParsedSeries {
  key: string;
  indicatorCode: string;
  name?: string;
}

export interface Reject {
  line: number;
  reason: string;
}

export interface ParseResult {
  format: ImportFormat;
  rowsRead: number;
  rows: ParsedRow[];
  rejects: Reject[];
  /** Rows left out on purpose, counted by reason. */
  skipped: Record<string, number>;
  series: ParsedSeries[];
}

/** Turns the codes a source uses for places into ours. Built from the vocabulary by the service. */
export interface PlaceCodes {
  /** M49 code of a country given its ISO alpha-3, alpha-2 or M49 code; undefined when unknown. */
  country(code: string): string | undefined;
}

export interface ParseOptions {
  places: PlaceCodes;
  /** The catalogue indicator every row belongs to, when the file does not say. */
  indicator?: string;
}

/** Collects rows, rejects and skips while a parser walks a file. */
export class ParseCollector {
  readonly rows: ParsedRow[] = [];
  readonly rejects: Reject[] = [];
  readonly skipped: Record<string, number> = {};
  private readonly series = new Map<string, ParsedSeries>();
  rowsRead = 0;

  constructor(private readonly format: ImportFormat) {}

  reject(line: number, reason: string): void {
    this.rejects.push({ line, reason });
  }

  skip(reason: string): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
  }

  /** Accepts a row after checking its year and value; the series is remembered for provenance. */
  accept(row: Omit<ParsedRow, 'year' | 'value'> & { year: string | number; value: string | number }, seriesName?: string): void {
    const year = Number(row.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2100) return this.reject(row.line, `year "${row.year}" is not a year between 1900 and 2100`);
    const value = typeof row.value === 'number' ? row.value : parseNumber(row.value);
    if (value === undefined) return this.reject(row.line, row.value === '' ? 'no value' : `value "${row.value}" is not a number`);
    const indicator = indicatorByCode(row.indicatorCode)!;
    if (indicator.scale === 'percent' && (value < 0 || value > 100)) return this.reject(row.line, `value ${value} is outside 0–100 for a percentage`);
    if (value < 0) return this.reject(row.line, `value ${value} is negative`);
    this.rows.push({ ...row, year, value });
    if (!this.series.has(row.seriesKey)) this.series.set(row.seriesKey, { key: row.seriesKey, indicatorCode: row.indicatorCode, name: seriesName });
  }

  result(): ParseResult {
    return { format: this.format, rowsRead: this.rowsRead, rows: this.rows, rejects: this.rejects, skipped: this.skipped, series: [...this.series.values()] };
  }
}

/** '3.18885e+007' → 31888500, '12.5' → 12.5; '', '..' and other text → undefined. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Applies a series table: the target, a skip (counted) or undefined for an unknown series. */
export function resolveSeries(table: Record<string, SeriesTarget>, code: string, c: ParseCollector, override?: string): { indicator: string; dims: Dims } | undefined | 'skipped' {
  const target = table[code];
  if (target && 'skip' in target) {
    c.skip(`${code}: ${target.skip}`);
    return 'skipped';
  }
  if (target) return target;
  if (override) return { indicator: override, dims: {} };
  return undefined;
}

/** Strips a UTF-8 byte-order mark (ITU DataHub exports start with one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The records of a CSV text as objects keyed by header, each with its line number (1 = the header).
 * Malformed records are rejected with csv-parse's reason and the walk goes on.
 */
export function csvRecords(text: string, c: ParseCollector, delimiter = ','): { line: number; get: (column: string) => string; has: (column: string) => boolean; columns: string[] }[] {
  const records = parse(stripBom(text), {
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (err) c.reject(Number((err as { lines?: number }).lines ?? 0), `malformed CSV: ${err.message}`);
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (!records.length) return [];
  const header = records[0]!.record.map((h) => h.trim());
  const index = new Map(header.map((h, i) => [h, i]));
  return records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    columns: header,
    has: (column: string) => index.has(column),
    get: (column: string) => (record[index.get(column) ?? -1] ?? '').trim(),
  }));
}
