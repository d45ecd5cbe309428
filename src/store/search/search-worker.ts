// A search worker thread: its own read-only SQLite connection, so a search never blocks the
// server's event loop and two searches run on two cores. Started by search-pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { Kysely, SqliteDialect } from 'kysely';
import SQLite from 'better-sqlite3';
import type { Database } from '../schema.ts';
import { vocabularyStore } from '../vocabulary-store.ts';
import { countryAreas } from '../../domain/search/facets.ts';
import { searchEngine } from './search-engine.ts';
import { withStatementCache } from '../sqlite-statements.ts';

const { file } = workerData as { file: string };
const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('cache_size = -65536');
// Searches read word lists and entries all over the file: mapped pages spare a system call per page.
sqlite.pragma('mmap_size = 1073741824');
const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
const areas = countryAreas(await vocabularyStore(db).load());
const engine = searchEngine(db, () => areas);
// Every entry is read before the first search, so no search pays for loading them.
await engine.warm();

parentPort!.on('message', async (msg: { id: number; kind: 'search' | 'similar'; req: never }) => {
  try {
    const result = msg.kind === 'search' ? await engine.search(msg.req) : await engine.similar(msg.req);
    parentPort!.postMessage({ id: msg.id, result });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
