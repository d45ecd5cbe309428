import { parse } from 'csv-parse/sync';
import { ValidationError } from '../errors.ts';
import type { ImportLine } from './participation-service.ts';

/** The CSV columns, in the template's order, and the input field each one fills. */
export const CSV_COLUMNS = {
  body: 'body',
  meeting: 'meeting',
  country: 'country',
  organisation: 'organisation',
  stakeholder_type: 'stakeholderType',
  role: 'role',
  contributions: 'contributions',
} as const;

/** The CSV column an input field comes from ('stakeholderType' → 'stakeholder_type'), for reports about a file. */
export function csvColumnOf(field: string): string {
  const head = field.split(/[.[]/)[0]!;
  const column = Object.entries(CSV_COLUMNS).find(([, f]) => f === head)?.[0];
  return column ? column + field.slice(head.length) : field;
}

const REQUIRED = ['body', 'meeting', 'country', 'organisation', 'stakeholder_type', 'role'];

/**
 * Reads a participation CSV (UTF-8, header row, comma-separated) into import lines numbered as in the file.
 * A missing or unknown column is an error about the whole file; bad values are left for row validation.
 */
export function readParticipationCsv(text: string): ImportLine[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, info: true, trim: true, relax_column_count: false });
  } catch (err) {
    throw new ValidationError([{ field: '(file)', code: 'invalid', message: `Not a readable CSV file: ${(err as Error).message}` }]);
  }
  const header = records[0] ? Object.keys(records[0].record) : (text.split(/\r?\n/)[0] ?? '').split(',').map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !(c in CSV_COLUMNS));
  if (missing.length || unknown.length) {
    throw new ValidationError([
      ...missing.map((c) => ({ field: c, code: 'required', message: `The column ${c} is missing` })),
      ...unknown.map((c) => ({ field: c, code: 'unknown-field', message: `The column ${c} is not one of: ${Object.keys(CSV_COLUMNS).join(', ')}` })),
    ]);
  }
  return records.map(({ record, info }) => {
    const values: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(CSV_COLUMNS)) {
      const v = record[column];
      if (v === undefined || v === '') continue;
      // Numbers are converted only when they are whole numbers; anything else stays text and fails validation.
      values[field] = field === 'contributions' && /^\d+$/.test(v) ? Number(v) : v;
    }
    return { line: info.lines, values };
  });
}
