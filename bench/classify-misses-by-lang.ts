// Row accuracy of the hard set (hard-holdout.csv joined with its .langs.txt and .kinds.txt side files) per
// language and per kind of row (p/d = True by paraphrase / plain words; n/r/o = False near miss / related / other
// goal), and optionally the wrong rows of some languages, with the goals suggested and their strongest evidence.
// Usage: node --import tsx bench/classify-misses-by-lang.ts [--langs ar,zh,ru] [--misses] [--official]
//   --official also lists the wrong rows of official-xx for the languages given (coverage gaps, not paraphrase).
// The hard set became a tuning set in session 4 (see docs/classifier.md, "Sixth round"); a blind set replaces it.
import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify/classify.ts';
import { parseEvalCsv } from '../src/domain/classify/eval-csv.ts';
import { officialSdgRows } from './sdg-official-rows.ts';

const file = (name: string): string => readFileSync(new URL(`../test/fixtures/classify/${name}`, import.meta.url), 'utf8');
const rows = parseEvalCsv(file('hard-holdout.csv'));
const langs = file('hard-holdout.langs.txt').trim().split('\n');
const kinds = file('hard-holdout.kinds.txt').trim().split('\n');
if (langs.length !== rows.length || kinds.length !== rows.length) throw new Error(`side files: ${langs.length}/${kinds.length} lines for ${rows.length} rows`);

const args = process.argv.slice(2);
const wanted = args.includes('--langs') ? args[args.indexOf('--langs') + 1].split(',') : ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
const pct = (a: number, n: number): string => (n ? `${((a / n) * 100).toFixed(1)}%` : '–').padStart(6);

function explain(text: string): { goals: number[]; why: string } {
  const result = classify(text);
  const goals = result.sdgs.filter((s) => !s.target).map((s) => s.goal);
  const why = result.sdgs.filter((s) => !s.target).map((s) => `${s.goal}:${s.score.toFixed(2)}[${s.evidence.slice(0, 4).join('|')}]`).join(' ');
  return { goals, why };
}

const KINDS = ['p', 'd', 'n', 'r', 'o'];
const table = new Map<string, Map<string, [number, number]>>(); // lang → kind → [right, n]
const misses: string[] = [];
rows.forEach((row, i) => {
  const lang = langs[i];
  if (!wanted.includes(lang)) return;
  const { goals, why } = explain(row.text);
  const right = goals.includes(row.sdg) === row.label;
  const byKind = table.get(lang) ?? new Map<string, [number, number]>();
  table.set(lang, byKind);
  for (const k of [kinds[i], 'all']) {
    const cell = byKind.get(k) ?? [0, 0];
    cell[0] += right ? 1 : 0;
    cell[1] += 1;
    byKind.set(k, cell);
  }
  if (!right) misses.push(`${lang} ${kinds[i]} ${row.label ? 'MISS  ' : 'FALSE+'} sdg ${row.sdg} got [${goals}] ${why}\n    ${row.text}`);
});

console.log(`lang      all      p      d      n      r      o   (row accuracy; n rows)`);
for (const lang of wanted) {
  const byKind = table.get(lang);
  if (!byKind) continue;
  const cell = (k: string): string => pct(...(byKind.get(k) ?? [0, 0]));
  console.log(`${lang.padEnd(4)} ${cell('all')} ${KINDS.map(cell).join(' ')}   n=${byKind.get('all')![1]}`);
}
if (args.includes('--misses')) for (const m of misses) console.log(m);
if (args.includes('--official')) {
  for (const lang of wanted) {
    for (const row of officialSdgRows(lang)) {
      const { goals, why } = explain(row.text);
      if (goals.includes(row.sdg) !== row.label) console.log(`official-${lang} ${row.label ? 'MISS  ' : 'FALSE+'} sdg ${row.sdg} got [${goals}] ${why}\n    ${row.text}`);
    }
  }
}
