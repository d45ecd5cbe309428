import { parse } from 'csv-parse/sync';

/** One evaluation row: does `text` address SDG `sdg`? */
export interface EvalRow {
  text: string;
  sdg: number;
  label: boolean;
}

/** A CSV that cannot be evaluated; `problems` lists each bad row with its line number and reason. */
export class EvalCsvError extends Error {
  readonly code = 'EVAL_CSV_INVALID';
  constructor(readonly problems: string[]) {
    super(`Evaluation file has ${problems.length} bad row(s):\n${problems.slice(0, 20).join('\n')}`);
    this.name = 'EvalCsvError';
  }
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 't', 'y', '1.0']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'f', 'n', '0.0']);

/** Parses `text,sdg,label` CSV (label True/False); throws EvalCsvError listing every bad row. */
export function parseEvalCsv(csv: string): EvalRow[] {
  const { rows, problems } = readEvalCsv(csv);
  if (problems.length > 0) throw new EvalCsvError(problems);
  return rows;
}

/**
 * Reads `text,sdg,label` CSV, keeping the good rows and naming each bad one by line ("line 7: label \"maybe\" is
 * not True or False"). The header names the columns in any order; a file without a header whose first row is
 * already data is read as text, sdg, label. Throws EvalCsvError only when the file cannot be read as CSV at all.
 */
export function readEvalCsv(csv: string): { rows: EvalRow[]; problems: string[] } {
  let records: { record: string[]; line: number }[];
  try {
    records = (parse(csv, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[])
      .map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    throw new EvalCsvError([(error as Error).message]);
  }
  const columns = records[0]?.record.map((c) => c.trim().toLowerCase()) ?? [];
  let at = { text: columns.indexOf('text'), sdg: columns.indexOf('sdg'), label: columns.indexOf('label') };
  let data = records.slice(1);
  if (at.text < 0 || at.sdg < 0 || at.label < 0) {
    const first = records[0]?.record ?? [];
    const looksLikeData = first.length >= 3 && goalNumber(first[1]) !== undefined && labelOf(first[2]) !== undefined;
    if (!looksLikeData) throw new EvalCsvError([`line 1: header must name the columns text, sdg, label (found: ${columns.join(', ')})`]);
    at = { text: 0, sdg: 1, label: 2 };
    data = records;
  }
  const problems: string[] = [];
  const rows: EvalRow[] = [];
  for (const { record, line } of data) {
    const text = record[at.text]?.trim() ?? '';
    const sdg = goalNumber(record[at.sdg]);
    const label = labelOf(record[at.label]);
    if (!text) problems.push(`line ${line}: empty text`);
    else if (sdg === undefined) problems.push(`line ${line}: sdg ${JSON.stringify(record[at.sdg] ?? '')} is not a goal number 1–17`);
    else if (label === undefined) problems.push(`line ${line}: label ${JSON.stringify(record[at.label] ?? '')} is not True or False`);
    else rows.push({ text, sdg, label });
  }
  return { rows, problems };
}

// '9', 'SDG 9', 'sdg-9', 'SDG_09', '9.0' → 9
function goalNumber(value: string | undefined): number | undefined {
  const m = /^(?:sdg|goal)?[-_ ]?0*(\d{1,2})(?:\.0+)?$/i.exec((value ?? '').trim());
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 17 ? n : undefined;
}

function labelOf(value: string | undefined): boolean | undefined {
  const word = (value ?? '').trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
}
