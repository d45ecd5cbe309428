// Sweeps the goal threshold and the relative-to-top share over the sets we tune on (dev.csv + DPG nominees/),
// printing average accuracy per set for each pair, so thresholds are chosen without touching held-out sets.
// `--also NAME` adds one held-out set (policy, archive) — use once, after the choice.
import { readFileSync } from 'node:fs';
import { classify, suggestedGoals } from '../src/domain/classify/classify.ts';
import { parseEvalCsv, type EvalRow } from '../src/domain/classify/eval-csv.ts';
import { evaluate } from '../src/domain/classify/evaluate.ts';
import { dpgEvidenceRows } from './dpg-evidence.ts';

const fixture = (name: string): EvalRow[] => parseEvalCsv(readFileSync(new URL(`../test/fixtures/classify/${name}`, import.meta.url), 'utf8'));
const sets: [string, EvalRow[]][] = [['dev', fixture('dev.csv')], ['nominees', dpgEvidenceRows(['nominees'])]];
const also = process.argv.includes('--also') ? process.argv[process.argv.indexOf('--also') + 1] : undefined;
if (also === 'policy') sets.push(['policy', fixture('policy-holdout.csv')]);
if (also === 'archive') sets.push(['archive', dpgEvidenceRows(['archive'])]);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
for (const goalThreshold of [0.2, 0.25, 0.3, 0.35]) {
  for (const relativeToTop of [0, 0.1, 0.15, 0.25, 0.35]) {
    const goals = (t: string): number[] => suggestedGoals(classify(t, { settings: { goalThreshold, relativeToTop } }));
    const parts = sets.map(([name, rows]) => {
      const r = evaluate(rows, goals);
      return `${name} ${pct(r.average.accuracy)} (9: ${pct(r.perSdg.get(9)?.accuracy ?? 0)}, 17: ${pct(r.perSdg.get(17)?.accuracy ?? 0)})`;
    });
    console.log(`t=${goalThreshold} rel=${relativeToTop}  ${parts.join('  ')}`);
  }
}
