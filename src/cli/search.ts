import type { Command } from 'commander';
import { CLI_ACTOR } from '../domain/access/access.ts';
import { UsageError, withServices } from './context.ts';

/** `search reindex`: rebuilds the search index from the records. */
export function searchCommands(program: Command): void {
  program
    .command('search')
    .description('the search index')
    .command('reindex')
    .description('rebuild the search index from every record (writes keep it current; use this after a restore or an upgrade)')
    .action(async () => {
      const started = Date.now();
      const n = await withServices((s) => s.search.reindex(CLI_ACTOR));
      process.stdout.write(`Indexed ${n} records in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    });
}

/** `sample generate --initiatives N`: synthetic initiatives for load tests. */
export function sampleGenerateCommand(sample: Command): void {
  sample
    .command('generate')
    .description('add N synthetic multilingual initiatives (labelled synthetic, removed by `sample remove`) for load tests')
    .requiredOption('--initiatives <n>', 'how many initiatives to add')
    .option('--seed <n>', 'seed of the generator (same seed, same records)', '1')
    .action(async (opts: { initiatives: string; seed: string }) => {
      const n = Number(opts.initiatives);
      const seed = Number(opts.seed);
      if (!Number.isInteger(n) || n < 1 || n > 10_000_000) throw new UsageError(`--initiatives must be a whole number from 1 to 10,000,000, not ${JSON.stringify(opts.initiatives)}`);
      if (!Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, not ${JSON.stringify(opts.seed)}`);
      const started = Date.now();
      const cpu = process.cpuUsage();
      await withServices((s) => s.sample.generate(CLI_ACTOR, s.vocabulary.current(), n, seed));
      const seconds = (Date.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      // CPU time too: on a shared machine the wall clock also measures the neighbours.
      process.stdout.write(`Generated ${n} synthetic initiatives in ${seconds.toFixed(1)} s (${Math.round(n / seconds)} records/s; ${Math.round(n / cpuSeconds)} records per CPU second).\n`);
    });
}
