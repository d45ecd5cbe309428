import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Marks a one-row statement whose parameters are a list of rows: it runs once per row, inside
 * whatever transaction is open, and `all` returns each run's RETURNING row. For bulk inserts
 * (bulk-insert.ts): one prepared single-row insert run per row costs SQLite about a fifth less than
 * multi-row `VALUES (…), (…)` statements, and one call from Kysely covers thousands of rows.
 */
export const EACH_ROW = '/* each row */ ';

/**
 * A better-sqlite3 connection for Kysely that keeps its prepared statements by SQL text (at most
 * `max`, least recently used dropped). Kysely prepares every query anew, and preparing is a large
 * share of a small query's cost, and of bulk inserts whose statements repeat batch after batch.
 */
export function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string) {
      const known = cache.get(source);
      // A statement still iterating (a streamed query) cannot run twice at once: prepare another.
      if (known && !(known as SQLite.Statement).busy) {
        cache.delete(source);
        cache.set(source, known);
        return known;
      }
      const statement = source.startsWith(EACH_ROW) ? eachRow(sqlite.prepare(source)) : sqlite.prepare(source);
      if (!known) {
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(source, statement);
      }
      return statement;
    },
  };
}

/** A statement run once per row of its parameters (see EACH_ROW). */
function eachRow(statement: SQLite.Statement): SqliteStatement {
  return {
    reader: statement.reader,
    all: (rows: ReadonlyArray<unknown>) => rows.map((row) => statement.get(row as unknown[])),
    run(rows: ReadonlyArray<unknown>) {
      let changes = 0;
      let lastInsertRowid: number | bigint = 0;
      for (const row of rows) {
        const result = statement.run(row as unknown[]);
        changes += result.changes;
        lastInsertRowid = result.lastInsertRowid;
      }
      return { changes, lastInsertRowid };
    },
    iterate: () => {
      throw new Error('A statement run once per row cannot be streamed');
    },
  };
}
