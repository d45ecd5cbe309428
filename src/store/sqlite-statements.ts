import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * A better-sqlite3 connection for Kysely that keeps its prepared statements by SQL text (at most
 * `max`, least recently used dropped). Kysely prepares every query anew, and preparing is a large
 * share of a small query's cost, and of bulk inserts whose statements repeat batch after batch.
 */
export function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string) {
      const known = cache.get(source);
      // A statement still iterating (a streamed query) cannot run twice at once: prepare another.
      if (known && !known.busy) {
        cache.delete(source);
        cache.set(source, known);
        return known;
      }
      const statement = sqlite.prepare(source);
      if (!known) {
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(source, statement);
      }
      return statement;
    },
  };
}
