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

const TRUE_WORDS = new Set(['true', '1', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'no']);

/** Parses `text,sdg,label` CSV (header required; label True/False); throws EvalCsvError listing bad rows. */
export function parseEvalCsv(csv: string): EvalRow[] {
  let records: { record: string[]; line: number }[];
  try {
    records = (parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[])
      .map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    throw new EvalCsvError([(error as Error).message]);
  }
  const [header, ...rows] = records;
  const columns = header?.record.map((c) => c.trim().toLowerCase()) ?? [];
  const at = { text: columns.indexOf('text'), sdg: columns.indexOf('sdg'), label: columns.indexOf('label') };
  if (at.text < 0 || at.sdg < 0 || at.label < 0) throw new EvalCsvError([`line 1: header must name the columns text, sdg, label (found: ${columns.join(', ')})`]);
  const problems: string[] = [];
  const out: EvalRow[] = [];
  for (const { record, line } of rows) {
    const text = record[at.text]?.trim() ?? '';
    const sdgText = (record[at.sdg] ?? '').trim().replace(/^sdg[-_ ]?/i, '');
    const labelText = (record[at.label] ?? '').trim().toLowerCase();
    const sdg = Number(sdgText);
    if (!text) problems.push(`line ${line}: empty text`);
    else if (!/^\d+$/.test(sdgText) || sdg < 1 || sdg > 17) problems.push(`line ${line}: sdg ${JSON.stringify(record[at.sdg] ?? '')} is not a goal number 1–17`);
    else if (!TRUE_WORDS.has(labelText) && !FALSE_WORDS.has(labelText)) problems.push(`line ${line}: label ${JSON.stringify(record[at.label] ?? '')} is not True or False`);
    else out.push({ text, sdg, label: TRUE_WORDS.has(labelText) });
  }
  if (problems.length > 0) throw new EvalCsvError(problems);
  return out;
}
