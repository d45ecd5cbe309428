// Throughput of the classifier on one thread: the dev and held-out texts repeated to 20,000 texts, against a
// baseline (lower-case + split on spaces) over the same texts in the same run. With --accuracy it also prints
// the evaluation of the dev set, the held-out set and the DPG registry's evidence texts (shared data).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { classify, suggestedGoals } from '../src/domain/classify/classify.ts';
import { parseEvalCsv } from '../src/domain/classify/eval-csv.ts';
import { evaluate, formatEvaluation } from '../src/domain/classify/evaluate.ts';
import { createFastTextDetector } from '../src/domain/classify/fasttext-detector.ts';
import { dpgEvidenceRows } from './dpg-evidence.ts';

const fixture = (name: string) => parseEvalCsv(readFileSync(new URL(`../test/fixtures/classify/${name}`, import.meta.url), 'utf8'));
const dev = fixture('dev.csv');
const holdout = fixture('holdout.csv');
const unique = [...new Set([...dev, ...holdout].map((r) => r.text))];
const TOTAL = 20_000;
const texts = Array.from({ length: TOTAL }, (_, i) => unique[i % unique.length]);

// Texts per wall-clock second, and per CPU-second of this process (the machine is shared: CPU time is steadier).
const cpuRates: number[] = [];
function timeIt(run: (text: string) => unknown): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const t of texts) sink += run(t) ? 1 : 0;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  cpuRates.push(TOTAL / ((used.user + used.system) / 1e6));
  if (sink < 0) console.log(sink);
  return TOTAL / seconds;
}

console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

classify(unique[0]); // compile the English lexicon outside the timed loop (others compile on first use, inside it)
const baseline = timeIt((t) => t.toLowerCase().split(/\s+/).length);
const heuristic = timeIt((t) => classify(t).sdgs.length);
const detect = await createFastTextDetector();
const withFastText = timeIt((t) => classify(t, { detect }).sdgs.length);
const chars = texts.reduce((s, t) => s + t.length, 0) / TOTAL;
console.log(`${TOTAL} texts (${unique.length} distinct, ${chars.toFixed(0)} chars on average), one thread`);
const cpu = (i: number) => `${cpuRates[i]!.toFixed(0).padStart(9)} per CPU-s`;
console.log(`baseline lower-case + split:        ${baseline.toFixed(0).padStart(9)} texts/s ${cpu(0)}`);
console.log(`classify (script/stop-word lang):   ${heuristic.toFixed(0).padStart(9)} texts/s ${cpu(1)}  (${(baseline / heuristic).toFixed(0)}x slower than baseline)`);
console.log(`classify (fastText lang for Latin): ${withFastText.toFixed(0).padStart(9)} texts/s ${cpu(2)}  (${(baseline / withFastText).toFixed(0)}x slower than baseline)`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

if (process.argv.includes('--accuracy')) {
  const goals = (t: string) => suggestedGoals(classify(t));
  const sets: [string, () => ReturnType<typeof fixture>][] = [
    ['dev.csv (team-written, tuned on)', () => dev],
    ['holdout.csv (team-written, not tuned on)', () => holdout],
    ['policy-holdout.csv (policy/report paragraphs, written before the broad lexicon, not tuned on)', () => fixture('policy-holdout.csv')],
    ['DPG evidence texts, nominees/ (tuned on)', () => dpgEvidenceRows(['nominees'])],
    ['DPG evidence texts, archive/ (not tuned on)', () => dpgEvidenceRows(['archive'])],
  ];
  for (const [name, rows] of sets) console.log(`\n${name}\n${formatEvaluation(evaluate(rows(), goals))}`);
}
