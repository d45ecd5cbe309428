// npm run bench:generate — speed of `sample generate` on SQLite, with a baseline measured in the same
// run: the same rows written by raw better-sqlite3 (one prepared statement per table, one row per call,
// transactions of 5,000 records, documents built beforehand), the floor of what SQLite itself costs.
// Prints records/s (wall clock) and records per CPU second of both, and their ratio: on a shared
// machine the CPU figures and the ratio move far less than the wall clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openDatabase } from '../src/store/database.ts';
import { createServices } from '../src/services.ts';
import { CLI_ACTOR } from '../src/domain/access/access.ts';
import { syntheticInitiatives } from '../src/domain/sample/synthetic.ts';
import { initiativeDocument } from '../src/domain/search/search-document.ts';
import type { Initiative } from '../src/domain/initiative/initiative.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const BATCH = 5_000;

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

async function freshDatabase(dir: string, name: string) {
  const file = join(dir, name);
  const store = openDatabase(`sqlite:${file}`);
  const services = await createServices(store);
  return { file, store, services };
}

/** `sample generate` as the CLI runs it: the service, the store, the search index. */
async function generate(dir: string, round: number) {
  const { store, services } = await freshDatabase(dir, `generate-${round}.db`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await services.sample.generate(CLI_ACTOR, services.vocabulary.current(), RECORDS, 1);
  const result = { wall: (performance.now() - started) / 1000, cpu: cpuSeconds(cpu) };
  await services.close();
  await store.close();
  return result;
}

/** The same rows through raw better-sqlite3 statements (texts tokenised before the clock starts). */
async function rawBaseline(dir: string, round: number) {
  const { file, store, services } = await freshDatabase(dir, `raw-${round}.db`);
  const vocab = services.vocabulary.current();
  const now = new Date().toISOString();
  const records: Initiative[] = [];
  for (let done = 0; done < RECORDS; done += BATCH) records.push(...syntheticInitiatives(vocab, done, Math.min(BATCH, RECORDS - done), 1, now));
  const docs = records.map(initiativeDocument);
  await services.close();
  await store.close();
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const initiative = db.prepare(
    `insert into initiatives (id, title, summary, description, original_lang, kind, status, planned_start, scope, impact, impact_metrics, partnerships, lessons,
       replicability, links, external_ids, provenance, workflow_state, is_sample, created_by, created_at, updated_at, version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', '[]', '{}', '{}', '{}', '[]', '{}', ?, ?, 1, ?, ?, ?, 1)`,
  );
  const country = db.prepare('insert into initiative_countries (initiative_id, m49, position) values (?, ?, ?)');
  const link = db.prepare('insert into classification_links (record_type, record_id, scheme, code, source, position) values (?, ?, ?, ?, ?, ?)');
  const entry = db.prepare(
    'insert into search_documents (record_type, record_id, state, created_by, sort_date, title_key, facets) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const words = db.prepare('insert into search_fts (rowid, title, summary, description) values (?, ?, ?, ?)');
  const cpu = process.cpuUsage();
  const started = performance.now();
  const write = db.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const i = records[k]!;
      initiative.run(i.id, JSON.stringify(i.title), JSON.stringify(i.summary), JSON.stringify(i.description), i.originalLang, i.kind, i.status,
        i.dates.plannedStart ?? null, i.scope ?? null, JSON.stringify(i.provenance), i.workflowState, i.createdBy ?? null, i.createdAt, i.updatedAt);
      i.countries.forEach((m49, position) => country.run(i.id, m49, position));
      i.classifications.forEach((l, position) => link.run('initiative', i.id, l.scheme, l.code, l.source, position));
    }
    db.prepare("update search_state set version = version + 1 where key = 'index'").run();
    for (let k = from; k < to; k++) {
      const d = docs[k]!;
      const { lastInsertRowid } = entry.run(d.recordType, d.recordId, d.state, d.createdBy ?? null, d.sortDate, d.titleKey, JSON.stringify(d.facets));
      words.run(lastInsertRowid, d.title, d.summary, d.description);
    }
  });
  for (let done = 0; done < RECORDS; done += BATCH) write(done, Math.min(RECORDS, done + BATCH));
  const result = { wall: (performance.now() - started) / 1000, cpu: cpuSeconds(cpu) };
  db.close();
  return result;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'leapfrog-generate-'));
  const rate = (r: { wall: number; cpu: number }) =>
    `${Math.round(RECORDS / r.wall).toLocaleString('en')} records/s, ${Math.round(RECORDS / r.cpu).toLocaleString('en')} per CPU second (${r.wall.toFixed(1)} s, ${r.cpu.toFixed(1)} CPU s)`;
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const raw = await rawBaseline(dir, round);
      const gen = await generate(dir, round);
      console.log(`round ${round}, ${RECORDS.toLocaleString('en')} records`);
      console.log(`  raw better-sqlite3 (SQLite only): ${rate(raw)}`);
      console.log(`  sample generate:                  ${rate(gen)}`);
      console.log(`  generate CPU / raw CPU: ${(gen.cpu / raw.cpu).toFixed(2)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
