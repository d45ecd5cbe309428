// End-to-end throughput of `npx leapfrog classify`: 20,000 JSON Lines (the dev and held-out texts repeated) piped
// through the CLI process, start-up included, against `cat` of the same input in the same run as a baseline.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseEvalCsv } from '../src/domain/classify/eval-csv.ts';

const fixture = (name: string) => parseEvalCsv(readFileSync(new URL(`../test/fixtures/classify/${name}`, import.meta.url), 'utf8'));
const unique = [...new Set([...fixture('dev.csv'), ...fixture('holdout.csv')].map((r) => r.text))];
const TOTAL = 20_000;
const input = Array.from({ length: TOTAL }, (_, i) => JSON.stringify({ id: i, text: unique[i % unique.length] })).join('\n') + '\n';
const bin = new URL('../bin/leapfrog.js', import.meta.url).pathname;

function run(command: string, args: string[]): { seconds: number; lines: number } {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, LOG_LEVEL: 'silent' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, lines: r.stdout.split('\n').filter(Boolean).length };
}

const baseline = run('cat', []);
const cli = run(process.execPath, [bin, 'classify']);
console.log(`${TOTAL} JSON lines through one process (start-up included)`);
console.log(`baseline cat:            ${(TOTAL / baseline.seconds).toFixed(0).padStart(9)} lines/s`);
console.log(`leapfrog classify:       ${(TOTAL / cli.seconds).toFixed(0).padStart(9)} texts/s  (${cli.lines} results, ${(cli.seconds).toFixed(2)} s, ${(baseline.seconds / cli.seconds * 100).toFixed(2)}% of cat's speed)`);
