// Accuracy only (no throughput): one summary line per evaluation set — average accuracy, precision, recall,
// SDG 9 and SDG 17 — for quick comparisons while tuning. `--sets tune` runs only the sets we tune on
// (dev, DPG nominees/, hard), `--sets a,b` the named ones; `--full` also prints the per-SDG tables; `--misses NAME` lists the wrong rows of a set.
// The held-out sets (policy-holdout.csv, DPG archive/ and excluded-nominees/) are meant to be run rarely: see
// docs/classifier.md. `hard` was the first blind set; since session 4 it is tuned on. `blind2` is the blind set now
// (test/fixtures/classify/blind-2.md): `all` leaves it out; run it by name once per session, at the end, never with --misses.
// bench/classify-breakdown.ts gives `hard` per language and kind of row.
// official-xx: the official SDG target and indicator texts in one language (coverage per language).
import { readFileSync } from 'node:fs';
import { classify, suggestedGoals } from '../src/domain/classify/classify.ts';
import { parseEvalCsv, type EvalRow } from '../src/domain/classify/eval-csv.ts';
import { evaluate, formatEvaluation } from '../src/domain/classify/evaluate.ts';
import { dpgEvidenceRows } from './dpg-evidence.ts';
import { officialSdgRows } from './sdg-official-rows.ts';

const fixture = (name: string): EvalRow[] => parseEvalCsv(readFileSync(new URL(`../test/fixtures/classify/${name}`, import.meta.url), 'utf8'));
const SETS: Record<string, { tuned: boolean; blind?: boolean; rows: () => EvalRow[] }> = {
  dev: { tuned: true, rows: () => fixture('dev.csv') },
  holdout: { tuned: false, rows: () => fixture('holdout.csv') },
  nominees: { tuned: true, rows: () => dpgEvidenceRows(['nominees']) },
  policy: { tuned: false, rows: () => fixture('policy-holdout.csv') },
  archive: { tuned: false, rows: () => dpgEvidenceRows(['archive']) },
  excluded: { tuned: false, rows: () => dpgEvidenceRows(['excluded-nominees']) },
  multilingual: { tuned: false, rows: () => fixture('dev-multilingual.csv') },
  hard: { tuned: true, rows: () => fixture('hard-holdout.csv') },
  blind2: { tuned: false, blind: true, rows: () => fixture('blind-2.csv') },
  ...Object.fromEntries(['en', 'fr', 'es', 'ar', 'zh', 'ru'].map((lang) => [`official-${lang}`, { tuned: false, rows: () => officialSdgRows(lang) }])),
};

const args = process.argv.slice(2);
const only = args.includes('--sets') ? args[args.indexOf('--sets') + 1] : 'all';
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
const goals = (t: string): number[] => suggestedGoals(classify(t));
if (missesOf && SETS[missesOf]?.blind) throw new Error(`${missesOf} is a blind set: its misses are not listed (test/fixtures/classify/blind-2.md)`);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

for (const [name, set] of Object.entries(SETS)) {
  if (only === 'tune' && !set.tuned) continue;
  if (set.blind && !only.split(',').includes(name)) continue; // a blind set runs only when named: `--sets blind2`
  if (only !== 'all' && only !== 'tune' && !only.split(',').includes(name)) continue;
  if (missesOf && missesOf !== name) continue;
  const rows = set.rows();
  const result = evaluate(rows, goals);
  const m = result.average;
  const per = (sdg: number): string => (result.perSdg.has(sdg) ? pct(result.perSdg.get(sdg)!.accuracy) : '–');
  console.log(`${name.padEnd(9)} n=${String(rows.length).padStart(4)}  avg ${pct(m.accuracy)}  prec ${pct(m.precision)}  rec ${pct(m.recall)}  SDG9 ${per(9)}  SDG17 ${per(17)}`);
  if (args.includes('--full')) console.log(formatEvaluation(result));
  if (missesOf) {
    for (const row of rows) {
      const got = goals(row.text);
      if (got.includes(row.sdg) !== row.label) console.log(`${row.label ? 'MISS' : 'FALSE+'} sdg ${row.sdg} got [${got}] ${row.text.slice(0, 220)}`);
    }
  }
}
