// A set with side files (.langs.txt and .kinds.txt, one line per data row) broken down by language and by kind of row:
// row accuracy per language, per kind, and average accuracy per language. `--set NAME` (default `hard-holdout`, a
// tuning set from session 4 on; `blind-2` is blind: figures only). `--misses [lang,…]` lists the wrong rows
// (optionally of some languages only), never for a blind set.
import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify/classify.ts';
import { parseEvalCsv } from '../src/domain/classify/eval-csv.ts';
import { evaluate } from '../src/domain/classify/evaluate.ts';

const file = (name: string): string => readFileSync(new URL(`../test/fixtures/classify/${name}`, import.meta.url), 'utf8');
const args = process.argv.slice(2);
const set = args.includes('--set') ? args[args.indexOf('--set') + 1]! : 'hard-holdout';
const BLIND = new Set(['blind-2']);
const rows = parseEvalCsv(file(`${set}.csv`));
const langs = file(`${set}.langs.txt`).split('\n').filter(Boolean);
const kinds = file(`${set}.kinds.txt`).split('\n').filter(Boolean);
if (langs.length !== rows.length || kinds.length !== rows.length) throw new Error(`side files: ${langs.length}/${kinds.length} lines for ${rows.length} rows`);

const missesAt = args.indexOf('--misses');
if (missesAt >= 0 && BLIND.has(set)) throw new Error(`${set} is a blind set: its misses are not listed (test/fixtures/classify/${set}.md)`);
const missLangs = missesAt >= 0 ? (args[missesAt + 1]?.startsWith('--') || !args[missesAt + 1] ? undefined : args[missesAt + 1].split(',')) : undefined;
const goalsOf = (text: string): number[] => classify(text).sdgs.filter((s) => !s.target).map((s) => s.goal);
const got = rows.map((r) => goalsOf(r.text));
const right = rows.map((r, i) => got[i].includes(r.sdg) === r.label);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function line(label: string, idx: number[]): string {
  const ok = idx.filter((i) => right[i]).length;
  return `${label.padEnd(6)} n=${String(idx.length).padStart(3)}  rows ${pct(ok / idx.length)}`;
}
const all = rows.map((_, i) => i);
console.log(line('all', all));
for (const lang of [...new Set(langs)]) {
  const idx = all.filter((i) => langs[i] === lang);
  const avg = evaluate(idx.map((i) => rows[i]), (t) => goalsOf(t)).average;
  console.log(`${line(lang, idx)}  avg ${pct(avg.accuracy)}  prec ${pct(avg.precision)}  rec ${pct(avg.recall)}`);
}
for (const kind of ['p', 'd', 'n', 'r', 'o']) console.log(line(`kind ${kind}`, all.filter((i) => kinds[i] === kind)));
// row accuracy per language × kind (p d n r o)
console.log(`lang   ${['p', 'd', 'n', 'r', 'o'].map((k) => k.padStart(6)).join('')}`);
for (const lang of [...new Set(langs)]) {
  const cells = ['p', 'd', 'n', 'r', 'o'].map((kind) => {
    const idx = all.filter((i) => langs[i] === lang && kinds[i] === kind);
    return `${Math.round((100 * idx.filter((i) => right[i]).length) / idx.length)}%`.padStart(6);
  });
  console.log(`${lang.padEnd(6)} ${cells.join('')}`);
}
if (missesAt >= 0) {
  for (const i of all) {
    if (right[i] || (missLangs && !missLangs.includes(langs[i]))) continue;
    console.log(`${rows[i].label ? 'MISS' : 'FALSE+'} ${langs[i]} ${kinds[i]} sdg ${rows[i].sdg} got [${got[i]}] ${rows[i].text}`);
  }
}
