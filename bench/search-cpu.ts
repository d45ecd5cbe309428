// npm run bench:search-cpu — CPU per search in one process, which a loaded machine changes far less than
// latency: the 600 benchmark queries against a SQLite file, without workers and without the answer cache,
// through the whole API (app.inject: routing, the search, the records of the page, snippets, JSON).
// BENCH_DB=sqlite:/path/file.db reuses a generated file (`npx leapfrog sample generate --initiatives N`);
// otherwise BENCH_RECORDS (default 100,000) are generated into a temporary file first.
// Prints CPU ms per search for the first round (every word new) and a second round (words seen).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/store/database.ts';
import { createServices } from '../src/services.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { CLI_ACTOR } from '../src/domain/access/access.ts';
import { benchmarkQueries } from './search-queries.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);

async function main() {
  const dir = process.env.BENCH_DB ? undefined : mkdtempSync(join(tmpdir(), 'leapfrog-cpu-'));
  const url = process.env.BENCH_DB ?? `sqlite:${join(dir!, 'bench.db')}`;
  try {
    const store = openDatabase(url);
    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', LEAPFROG_SAMPLE: 'false', LEAPFROG_RATE_LIMIT_READS: '1000000000', LEAPFROG_SEARCH_CACHE: '0', LEAPFROG_SEARCH_WORKERS: '0' });
    const services = await createServices(store, { config, searchWorkers: 0, searchCache: 0 });
    if (dir) await services.sample.generate(CLI_ACTOR, services.vocabulary.current(), RECORDS, 1);
    const app = await buildApp(config, services);
    const facetLimit = process.env.BENCH_FACET_LIMIT ? `&facetLimit=${Number(process.env.BENCH_FACET_LIMIT)}` : '';
    const paths = benchmarkQueries(services.vocabulary.current()).map((p) => p + facetLimit);
    // The snapshot is read before measuring (a worker reads it at boot).
    await app.inject({ method: 'GET', url: '/api/v1/search?q=zzzz' });
    let bytes = 0;
    for (const round of ['first round (new words)', 'second round (words seen)']) {
      const times: number[] = [];
      const c0 = process.cpuUsage();
      for (const path of paths) {
        const c = process.cpuUsage();
        const res = await app.inject({ method: 'GET', url: path });
        if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        bytes += res.rawPayload.length;
        const d = process.cpuUsage(c);
        times.push((d.user + d.system) / 1000);
      }
      const all = process.cpuUsage(c0);
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
      console.log(`${round}: ${paths.length} searches, CPU per search mean ${((all.user + all.system) / 1000 / paths.length).toFixed(2)} ms, p50 ${pct(50)}, p95 ${pct(95)}, max ${pct(100)}; answer ${Math.round(bytes / paths.length / 1024)} KB on average`);
      bytes = 0;
    }
    await app.close();
    await services.close();
    await store.close();
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
