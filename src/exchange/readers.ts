import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Services } from '../services.ts';
import { dpgCandidate, type DpgScreening } from '../domain/exchange/dpg-format.ts';
import { iatiCandidates } from '../domain/exchange/iati-import.ts';
import { csvCandidate } from '../domain/exchange/csv-format.ts';
import { jsonCandidates } from '../domain/exchange/json-format.ts';
import { rejectedCandidate, type ImportCandidate } from '../domain/exchange/candidate.ts';

// Files → import candidates, for `leapfrog import` and the bulk-submission page.

export const IMPORT_FORMATS = ['csv', 'json', 'iati', 'dpg'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file the reader cannot find: the caller turns it into a usage error. */
export class MissingFileError extends Error {}

/** Reads the files of one format into candidates (no database needed). */
export function readCandidates(format: ImportFormat, files: string[], services: Services): ImportCandidate[] {
  const vocab = services.vocabulary.current();
  return files.flatMap((file): ImportCandidate[] => {
    if (!existsSync(file)) throw new MissingFileError(`No such file: ${file}`);
    const text = readFileSync(file, 'utf8');
    const name = basename(file);
    switch (format) {
      case 'iati':
        return iatiCandidates(name, text, vocab);
      case 'json':
        return jsonCandidates(name, text);
      case 'csv':
        return csvCandidates(name, text);
      case 'dpg': {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (err) {
          return [rejectedCandidate(name, 'file', [{ field: '(file)', code: 'invalid-json', message: (err as Error).message }])];
        }
        const slug = name.replace(/\.json$/, '');
        // The DPG Standard screening file of the same product names its countries: ../digitalpublicgoods/<slug>.json
        const screeningFile = join(dirname(file), '..', 'digitalpublicgoods', name);
        const screening = existsSync(screeningFile) ? (JSON.parse(readFileSync(screeningFile, 'utf8')) as DpgScreening) : undefined;
        return [dpgCandidate(name, slug, json, screening, vocab)];
      }
    }
  });
}

/** CSV text (the export's and the template's layout) → candidates, one per data line, with line numbers. */
export function csvCandidates(name: string, text: string): ImportCandidate[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, info: true, relax_column_count: false, trim: false });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return [rejectedCandidate(name, line ? `line ${line}` : 'file', [{ field: '(file)', code: 'invalid-csv', message: (err as Error).message }])];
  }
  return records.map(({ record, info }) => {
    return csvCandidate(name, info.lines, record);
  });
}

