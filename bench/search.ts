// npm run bench:search — search at scale: 100,000 synthetic initiatives on SQLite, 600 distinct
// queries in six languages (some with filters; every answer has facets), autocannon over loopback
// at 10 and 50 connections, against a bare Fastify route measured in the same run.
// Every load run is bounded in time (DURATION) and in requests (MAX_REQUESTS).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { openDatabase } from '../src/store/database.ts';
import { createServices } from '../src/services.ts';
import { CLI_ACTOR } from '../src/domain/access/access.ts';
import { benchmarkQueries } from './search-queries.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const MAX_REQUESTS = 200_000;
const root = new URL('..', import.meta.url).pathname;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function start(script: string, env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = fork(join(root, script), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env, PORT: String(port) }, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        await res.arrayBuffer();
        return resolve(child);
      } catch {
        if (Date.now() > deadline) return reject(new Error(`${script} did not start`));
        setTimeout(poll, 200);
      }
    };
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    void poll();
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function load(port: number, connections: number, paths: string[]) {
  const times: number[] = [];
  let next = 0;
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: DURATION,
        amount: undefined,
        requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[next++ % paths.length] }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_c: unknown, status: number, _b: number, ms: number) => {
      times.push(ms);
      if (status !== 200) errors++;
      if (times.length >= MAX_REQUESTS) instance.stop();
    });
  });
  times.sort((a, b) => a - b);
  return { rps: result.requests.average, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), n: times.length, errors };
}

async function main() {
  // BENCH_DB=sqlite:/path/file.db reuses a generated file (`npx leapfrog sample generate --initiatives N`).
  const dir = process.env.BENCH_DB ? undefined : mkdtempSync(join(tmpdir(), 'leapfrog-bench-'));
  const url = process.env.BENCH_DB ?? `sqlite:${join(dir!, 'bench.db')}`;
  const children: ChildProcess[] = [];
  try {
    const store = openDatabase(url);
    const services = await createServices(store);
    if (dir) {
      const t0 = Date.now();
      const cpu0 = process.cpuUsage();
      await services.sample.generate(CLI_ACTOR, services.vocabulary.current(), RECORDS, 1);
      const cpu = process.cpuUsage(cpu0);
      const secs = (Date.now() - t0) / 1000;
      console.log(`Generated ${RECORDS} synthetic initiatives in ${secs.toFixed(1)} s: ${Math.round(RECORDS / secs)} records/s (${Math.round(RECORDS / ((cpu.user + cpu.system) / 1e6))} per CPU second)`);
    }
    // BENCH_FACET_LIMIT=N asks every search for the top N values per facet (as the results page does).
    const facetLimit = process.env.BENCH_FACET_LIMIT ? `&facetLimit=${Number(process.env.BENCH_FACET_LIMIT)}` : '';
    const paths = benchmarkQueries(services.vocabulary.current()).map((p) => p + facetLimit);
    await services.close();
    await store.close();

    const [searchPort, coldPort, barePort] = [await freePort(), await freePort(), await freePort()];
    // Rate limits off: the benchmark is one client sending thousands of requests a second.
    const env = { DATABASE_URL: url, HOST: '127.0.0.1', LOG_LEVEL: 'silent', LEAPFROG_SAMPLE: 'false', LEAPFROG_RATE_LIMIT_READS: '1000000000', LEAPFROG_SEARCH_WORKERS: process.env.LEAPFROG_SEARCH_WORKERS ?? '2' };
    children.push(await start('src/main.ts', env, searchPort));
    // The same search without the result cache: what each search costs when it is not a repeat.
    children.push(await start('src/main.ts', { ...env, LEAPFROG_SEARCH_CACHE: '0' }, coldPort));
    children.push(await start('bench/bare-server.ts', {}, barePort));
    const totals: number[] = [];
    for (const p of paths.slice(0, 40)) totals.push(((await (await fetch(`http://127.0.0.1:${searchPort}${p}`)).json()) as { total: number }).total);
    totals.sort((a, b) => a - b);
    console.log(`${paths.length} distinct queries; results of the first 40: median ${totals[20]}, max ${totals.at(-1)}`);
    for (const port of [searchPort, coldPort]) await load(port, 10, paths.slice(0, 50)); // warm-up: JIT, page cache

    console.log('\nconnections  target        req/s     p50 ms  p95 ms  p99 ms  requests  non-200');
    for (const connections of [10, 50]) {
      const bare = await load(barePort, connections, ['/']);
      const search = await load(searchPort, connections, paths);
      const cold = await load(coldPort, connections, paths);
      for (const [name, r] of [['bare route', bare], ['search', search], ['no cache', cold]] as const) {
        console.log(`${String(connections).padStart(11)}  ${name.padEnd(12)} ${r.rps.toFixed(0).padStart(7)}  ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)}  ${String(r.n).padStart(8)}  ${r.errors}`);
      }
      console.log(`${String(connections).padStart(11)}  ratio: search throughput is ${((100 * search.rps) / bare.rps).toFixed(2)} % of the bare route (target ≥ 5 %); p95 ${search.p95.toFixed(1)} ms${connections === 10 ? ' (target ≤ 50 ms)' : ''}; without the cache ${((100 * cold.rps) / bare.rps).toFixed(2)} %, p95 ${cold.p95.toFixed(1)} ms`);
    }
  } finally {
    for (const c of children) c.kill('SIGTERM');
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
