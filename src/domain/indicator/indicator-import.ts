import { authorize, type Actor } from '../access/access.ts';
import { ValidationError, type FieldError } from '../errors.ts';
import type { UnitOfWork } from '../ports.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { indicatorByCode } from './catalogue.ts';
import { IMPORT_FORMATS, type ImportFormat, type Observation, type OfficialAggregate, type SeriesInfo } from './indicator.ts';
import { parseIndicatorFile } from './parse.ts';
import type { PlaceCodes, Reject } from './parse-common.ts';

/** What an import is given: the file's text in a source format, and optional provenance overrides. */
export interface ImportInput {
  format: string;
  text: string;
  fileName?: string;
  indicator?: string;
  source?: string;
  licence?: string;
  url?: string;
}

export interface ImportReport {
  format: ImportFormat;
  fileName?: string;
  rowsRead: number;
  accepted: number;
  /** Of the accepted rows, those that are published group aggregates (kept apart from country data). */
  officialAggregates: number;
  rejected: Reject[];
  skipped: { reason: string; rows: number }[];
  series: SeriesInfo[];
  importedAt: string;
}

/** Provenance each format gets unless the importer names another. */
const DEFAULT_PROVENANCE: Record<ImportFormat, { source: string; licence: string; url?: string }> = {
  'itu-datahub': { source: 'ITU DataHub export', licence: 'ITU terms of use: free to use with attribution "Source: ITU"', url: 'https://datahub.itu.int/' },
  'open-sdg': { source: 'Open SDG data file', licence: 'not stated' },
  worldbank: { source: 'World Bank, World Development Indicators', licence: 'CC-BY-4.0', url: 'https://data.worldbank.org/' },
  owid: { source: 'Our World in Data (from ITU via the World Bank)', licence: 'CC-BY-4.0', url: 'https://ourworldindata.org/' },
};

export const DATA_VERSION_KEY = 'indicators.data-version';
const PROGRESS_STEP = 2000;

/** ISO3, ISO2 or M49 → M49, from the vocabulary. */
export function placeCodes(vocab: Vocabulary): PlaceCodes {
  const byIso2 = new Map(vocab.countries.map((c) => [c.iso2, c.m49]));
  return {
    country: (code) => {
      const c = code.trim().toUpperCase();
      return vocab.countryByIso3.get(c)?.m49 ?? byIso2.get(c) ?? (vocab.countryByM49.has(c) ? c : undefined);
    },
  };
}

function validate(input: ImportInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!(IMPORT_FORMATS as readonly string[]).includes(input.format)) errors.push({ field: 'format', code: 'not-allowed', message: `Expected one of: ${IMPORT_FORMATS.join(', ')}` });
  if (input.indicator && !indicatorByCode(input.indicator)) errors.push({ field: 'indicator', code: 'unknown-code', message: `${input.indicator} is not an indicator of the catalogue` });
  if (typeof input.text !== 'string' || !input.text.trim()) errors.push({ field: 'file', code: 'required', message: 'The file is empty' });
  for (const f of ['source', 'licence', 'url'] as const) if (input[f] !== undefined && (typeof input[f] !== 'string' || input[f]!.length > 500)) errors.push({ field: f, code: 'invalid', message: 'Expected a text of at most 500 characters' });
  return errors;
}

/**
 * Parses a file and writes its series, observations and published aggregates in one transaction.
 * Re-importing the same file changes nothing but the import date; a newer file replaces values in place.
 */
export async function importIndicatorFile(uow: UnitOfWork, vocab: Vocabulary, actor: Actor, input: ImportInput, now: string, onProgress?: (done: number, total: number) => void): Promise<ImportReport> {
  authorize(actor, 'indicator:import');
  const errors = validate(input);
  if (errors.length) throw new ValidationError(errors);
  const format = input.format as ImportFormat;
  const parsed = parseIndicatorFile(format, input.text, { places: placeCodes(vocab), indicator: input.indicator, fileName: input.fileName });
  const provenance = { ...DEFAULT_PROVENANCE[format], ...Object.fromEntries(Object.entries({ source: input.source, licence: input.licence, url: input.url }).filter(([, v]) => v)) };
  const idOf = (key: string) => `${format}:${key}`;
  const counts = new Map<string, number>();
  for (const r of parsed.rows) counts.set(r.seriesKey, (counts.get(r.seriesKey) ?? 0) + 1);
  const series: SeriesInfo[] = parsed.series.map((s) => ({ id: idOf(s.key), indicatorCode: s.indicatorCode, format, sourceSeries: s.key, ...provenance, importedAt: now, rows: counts.get(s.key) ?? 0 }));
  const observations: Observation[] = [];
  const official: OfficialAggregate[] = [];
  for (const r of parsed.rows) {
    const base = { indicatorCode: r.indicatorCode, year: r.year, dims: r.dims, value: r.value, seriesId: idOf(r.seriesKey) };
    if ('m49' in r.area) observations.push({ ...base, m49: r.area.m49, note: r.note });
    else official.push({ ...base, group: r.area.group });
  }
  const total = observations.length + official.length;
  await uow.transaction(async (stores) => {
    await stores.indicators.upsertSeries(series);
    for (let i = 0; i < observations.length; i += PROGRESS_STEP) {
      await stores.indicators.upsertObservations(observations.slice(i, i + PROGRESS_STEP));
      onProgress?.(Math.min(i + PROGRESS_STEP, observations.length), total);
    }
    await stores.indicators.upsertOfficial(official);
    onProgress?.(total, total);
    if (total) await stores.settings.set(DATA_VERSION_KEY, now);
  });
  return {
    format,
    fileName: input.fileName,
    rowsRead: parsed.rowsRead,
    accepted: parsed.rows.length,
    officialAggregates: official.length,
    rejected: parsed.rejects,
    skipped: Object.entries(parsed.skipped).map(([reason, rows]) => ({ reason, rows })),
    series,
    importedAt: now,
  };
}
