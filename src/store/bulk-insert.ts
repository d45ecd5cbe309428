import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Executor } from './database.ts';
import { EACH_ROW } from './sqlite-statements.ts';

// Inserts of many rows for the bulk paths (sample generation; the search index of many records).
// Rows arrive as arrays of values in column order, and the SQL text is built once per table and
// shape, so the connection reuses its prepared statement. Building each batch through Kysely's
// query builder instead compiles a tree of one node per value, batch after batch.
// SQLite: one single-row insert run once per row in one call (sqlite-statements.ts, EACH_ROW).
// PostgreSQL: multi-row `VALUES (…), (…)` statements of a fixed number of rows (one round trip each).

/** A column, optionally with a cast applied to its placeholder (PostgreSQL: `tsvector`). */
export type BulkColumn = string | { name: string; cast: string };

/** PostgreSQL: bound values per statement, under its limit of 65,535. */
const MAX_VALUES = 30_000;
/** PostgreSQL: rows per statement at most; longer statements gain nothing. */
const MAX_ROWS = 500;

const texts = new Map<string, string>();

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

function statement(pg: boolean, table: string, columns: readonly BulkColumn[], rows: number, returning: readonly string[]): string {
  const key = `${pg}\u0000${table}\u0000${columns.map((c) => (typeof c === 'string' ? c : `${c.name}::${c.cast}`)).join(',')}\u0000${rows}\u0000${returning.join(',')}`;
  let text = texts.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    let n = 0;
    for (let r = 0; r < rows; r++) {
      const values = columns.map((c) => {
        const slot = pg ? `$${++n}` : '?';
        return typeof c === 'string' || !pg ? slot : `${slot}::${c.cast}`;
      });
      tuples.push(`(${values.join(', ')})`);
    }
    const names = columns.map((c) => quoteName(typeof c === 'string' ? c : c.name)).join(', ');
    text = `${pg ? '' : EACH_ROW}insert into ${quoteName(table)} (${names}) values ${tuples.join(', ')}${returning.length ? ` returning ${returning.map(quoteName).join(', ')}` : ''}`;
    // Bounded: PostgreSQL's last chunk of each call has its own length.
    if (texts.size >= 200) texts.clear();
    texts.set(key, text);
  }
  return text;
}

function check(table: string, columns: readonly BulkColumn[], rows: readonly (readonly unknown[])[]): void {
  for (const row of rows) if (row.length !== columns.length) throw new Error(`bulkInsert into ${table}: a row has ${row.length} values for ${columns.length} columns`);
}

/**
 * Inserts `rows` (each an array of values in the order of `columns`) into `table` and returns the
 * `returning` columns of every inserted row.
 */
export async function bulkInsert<R = Record<string, unknown>>(
  db: Executor,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
  returning: readonly string[] = [],
): Promise<R[]> {
  if (!rows.length) return [];
  check(table, columns, rows);
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    return (await db.executeQuery<R>(CompiledQuery.raw(statement(false, table, columns, 1, returning), rows as unknown[]))).rows;
  }
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / columns.length)));
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.length - i < perStatement ? rows.slice(i) : rows.slice(i, i + perStatement);
    const params: unknown[] = [];
    for (const row of chunk) for (const v of row) params.push(v);
    const result = await db.executeQuery<R>(CompiledQuery.raw(statement(true, table, columns, chunk.length, returning), params));
    if (returning.length) for (const r of result.rows) out.push(r);
  }
  return out;
}
