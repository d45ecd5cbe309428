// Does the learned model help, and from how much data? Trains `train()` the way the product does — one example per
// record (its name, description and SDG evidence), its claimed goals as accepted links — on the first N DPG
// nominees/ (shared data, read at run time), then evaluates DPG archive/ rows (never trained on) with the lexicon
// alone and with the model blended in. `node --import tsx bench/classify-model.ts [--shares 0.5,0.25]`
import { classify, suggestedGoals } from '../src/domain/classify/classify.ts';
import { evaluate } from '../src/domain/classify/evaluate.ts';
import { train, type TrainingExample } from '../src/domain/classify/model.ts';
import { DEFAULT_SETTINGS } from '../src/domain/classify/settings.ts';
import { dpgEvidenceRows, readNominees } from './dpg-evidence.ts';

function nomineeExamples(): TrainingExample[] {
  return readNominees('nominees').map((n) => {
    const sdgs = (n.SDGs ?? []).filter((s) => typeof s.SDGNumber === 'number');
    const text = [n.name, n.description, ...sdgs.map((s) => s.evidenceText)].filter(Boolean).join('. ');
    return { text, lang: 'en', labels: sdgs.map((s) => ({ scheme: 'sdg' as const, code: String(s.SDGNumber), accepted: true })) };
  });
}

const args = process.argv.slice(2);
const shares = (args.includes('--shares') ? args[args.indexOf('--shares') + 1]! : '0.5,0.25,0.1').split(',').map(Number);
const examples = nomineeExamples();
const rows = dpgEvidenceRows(['archive']);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (label: string, goals: (t: string) => number[]): void => {
  const r = evaluate(rows, goals);
  const per = (sdg: number): string => pct(r.perSdg.get(sdg)?.accuracy ?? 0);
  console.log(`${label.padEnd(34)} avg ${pct(r.average.accuracy)}  prec ${pct(r.average.precision)}  rec ${pct(r.average.recall)}  SDG9 ${per(9)}  SDG17 ${per(17)}`);
};

console.log(`archive/ rows: ${rows.length}; nominees/ examples: ${examples.length}`);
line('lexicon alone', (t) => suggestedGoals(classify(t)));
for (const n of [25, 50, 100, examples.length]) {
  const model = train(examples.slice(0, n));
  for (const share of shares) {
    const settings = { ...DEFAULT_SETTINGS, modelShare: share };
    line(`model on ${n} records, share ${share}`, (t) => suggestedGoals(classify(t, { model, settings })));
  }
}
