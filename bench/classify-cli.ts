// End-to-end throughput of `npx leapfrog classify`: 20,000 JSON Lines (the dev and held-out texts repeated) piped
// through the CLI process, start-up included, against `cat` of the same input in the same run as a baseline.
// Prints the load average (the machine is shared) and texts per CPU-second of the CLI process as well as per
// wall-clock second: on a busy machine the wall-clock figure mostly measures the other processes.
// `taskset -c 0 node --import tsx bench/classify-cli.ts` keeps everything on one core.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseEvalCsv } from '../src/domain/classify/eval-csv.ts';

const fixture = (name: string) => parseEvalCsv(readFileSync(new URL(`../test/fixtures/classify/${name}`, import.meta.url), 'utf8'));
const unique = [...new Set([...fixture('dev.csv'), ...fixture('holdout.csv')].map((r) => r.text))];
const TOTAL = 20_000;
const input = Array.from({ length: TOTAL }, (_, i) => JSON.stringify({ id: i, text: unique[i % unique.length] })).join('\n') + '\n';
const bin = new URL('../bin/leapfrog.js', import.meta.url).pathname;
const cpuHook = new URL('./cpu-at-exit.ts', import.meta.url).pathname;

function run(command: string, args: string[], stdin: string): { seconds: number; cpu?: number; lines: number } {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { input: stdin, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, LOG_LEVEL: 'silent' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu = /cpu-seconds ([\d.]+)/.exec(r.stderr ?? '')?.[1];
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu: cpu ? Number(cpu) : undefined, lines: r.stdout.split('\n').filter(Boolean).length };
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`load average before: ${load()}`);
const baseline = run('cat', [], input);
run(process.execPath, [bin, 'classify'], '\n'); // warm tsx's transform cache, so both runs below start alike
const startup = run(process.execPath, ['--import', 'tsx', '--import', cpuHook, bin, 'classify'], `${JSON.stringify({ id: 0, text: unique[0] })}\n`);
const cli = run(process.execPath, ['--import', 'tsx', '--import', cpuHook, bin, 'classify'], input);
const perCpu = (n: number, cpu?: number) => (cpu ? (n / cpu).toFixed(0) : '?');
console.log(`${TOTAL} JSON lines through one process (start-up included)`);
console.log(`baseline cat:            ${(TOTAL / baseline.seconds).toFixed(0).padStart(9)} lines/s`);
console.log(`leapfrog classify:       ${(TOTAL / cli.seconds).toFixed(0).padStart(9)} texts/s wall-clock  (${cli.lines} results, ${cli.seconds.toFixed(2)} s, ${((baseline.seconds / cli.seconds) * 100).toFixed(2)}% of cat's speed)`);
console.log(`                         ${perCpu(TOTAL, cli.cpu).padStart(9)} texts per CPU-second, start-up included (${cli.cpu?.toFixed(2)} CPU-s)`);
console.log(`                         ${perCpu(TOTAL, cli.cpu && startup.cpu ? cli.cpu - startup.cpu : undefined).padStart(9)} texts per CPU-second after start-up (start-up alone: ${startup.cpu?.toFixed(2)} CPU-s)`);
console.log(`load average after: ${load()}`);
