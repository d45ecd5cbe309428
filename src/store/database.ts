import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Database } from './schema.ts';
import { withStatementCache } from './sqlite-statements.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
/** Stores take either the database or a transaction, so one function works inside and outside one. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface Store {
  db: Db;
  dialect: Dialect;
  /** The database file, for extra read-only connections (search workers); undefined in memory and on PostgreSQL. */
  sqliteFile?: string;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (count(*)) and numeric as strings; we only count rows and store
// budgets as double precision, so parse int8 as a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens `sqlite:./path.db`, `sqlite::memory:` or `postgres://…`. */
export function openDatabase(url: string): Store {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    // With WAL, NORMAL syncs at checkpoints rather than at every commit: still never corrupt, and
    // a crash of the machine (not of the process) can lose only the last commits.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, dialect: 'sqlite', sqliteFile: file === ':memory:' ? undefined : resolve(file), close: () => db.destroy() };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle pooled connection the server ends (restart, failover, DROP DATABASE … FORCE) is reported as a
    // pool 'error' event; unhandled, it would crash the process. The pool drops that client and opens a new
    // one on the next query, which sees the real error if the server is still gone.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  throw new Error(`Unsupported DATABASE_URL ${JSON.stringify(url)}: use sqlite:./file.db or postgres://…`);
}

/** Throws when the database does not answer. */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
