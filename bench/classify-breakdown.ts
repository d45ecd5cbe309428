// A set with side files (.langs.txt and .kinds.txt, one line per data row) broken down by language and by kind of row
// (p/d: True by paraphrase / in plain words; n/r/o: False as a near miss / related goal / other goal): row accuracy per
// language, per kind and per language × kind, and average accuracy per language.
//   --set NAME        `hard-holdout` (default; a tuning set from session 4 on) or `blind-2` (blind: figures only)
//   --misses [l,…]    the wrong rows (of some languages only), with the goals suggested and their strongest phrases;
//                     refused for a blind set
//   --official [l,…]  the wrong rows of the official SDG texts in those languages (coverage gaps, not paraphrase)
// Example: node --import tsx bench/classify-breakdown.ts --misses ar,zh,ru
import { readFileSync } from 'node:fs';
import { classify, suggestedGoals } from '../src/domain/classify/classify.ts';
import { parseEvalCsv, type EvalRow } from '../src/domain/classify/eval-csv.ts';
import { evaluate } from '../src/domain/classify/evaluate.ts';
import { officialSdgRows } from './sdg-official-rows.ts';

const SIX = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
const KINDS = ['p', 'd', 'n', 'r', 'o'];
const BLIND = new Set(['blind-2']);
const file = (name: string): string => readFileSync(new URL(`../test/fixtures/classify/${name}`, import.meta.url), 'utf8');
const args = process.argv.slice(2);
/** The value after a flag, as a language list; every language when the flag stands alone; undefined when absent. */
const langsAfter = (flag: string): string[] | undefined => {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const next = args[at + 1];
  return next && !next.startsWith('--') ? next.split(',') : SIX;
};

const set = args.includes('--set') ? args[args.indexOf('--set') + 1]! : 'hard-holdout';
const missLangs = langsAfter('--misses');
if (missLangs && BLIND.has(set)) throw new Error(`${set} is a blind set: its misses are not listed (test/fixtures/classify/${set}.md)`);
const rows = parseEvalCsv(file(`${set}.csv`));
const langs = file(`${set}.langs.txt`).split('\n').filter(Boolean);
const kinds = file(`${set}.kinds.txt`).split('\n').filter(Boolean);
if (langs.length !== rows.length || kinds.length !== rows.length) throw new Error(`side files: ${langs.length}/${kinds.length} lines for ${rows.length} rows`);

const got = rows.map((r) => suggestedGoals(classify(r.text)));
const right = rows.map((r, i) => got[i].includes(r.sdg) === r.label);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const all = rows.map((_, i) => i);
const share = (idx: number[]): string => (idx.length ? `${Math.round((100 * idx.filter((i) => right[i]).length) / idx.length)}%` : '–');
const line = (label: string, idx: number[]): string => `${label.padEnd(6)} n=${String(idx.length).padStart(3)}  rows ${pct(idx.filter((i) => right[i]).length / idx.length)}`;

console.log(line('all', all));
for (const lang of [...new Set(langs)]) {
  const idx = all.filter((i) => langs[i] === lang);
  const avg = evaluate(idx.map((i) => rows[i]), (t) => suggestedGoals(classify(t))).average;
  console.log(`${line(lang, idx)}  avg ${pct(avg.accuracy)}  prec ${pct(avg.precision)}  rec ${pct(avg.recall)}`);
}
for (const kind of KINDS) console.log(line(`kind ${kind}`, all.filter((i) => kinds[i] === kind)));
console.log(`lang   ${KINDS.map((k) => k.padStart(6)).join('')}   (row accuracy per language × kind)`);
for (const lang of [...new Set(langs)]) console.log(`${lang.padEnd(6)} ${KINDS.map((k) => share(all.filter((i) => langs[i] === lang && kinds[i] === k)).padStart(6)).join('')}`);

/** A wrong row, with the goals suggested, their scores and strongest phrases. */
function miss(prefix: string, row: EvalRow): string {
  const result = classify(row.text);
  const why = result.sdgs.filter((s) => !s.target).map((s) => `${s.goal}:${s.score.toFixed(2)}[${s.evidence.slice(0, 4).join('|')}]`).join(' ');
  return `${prefix} ${row.label ? 'MISS  ' : 'FALSE+'} sdg ${row.sdg} got [${suggestedGoals(result)}] ${why}\n    ${row.text}`;
}
if (missLangs) for (const i of all) if (!right[i] && missLangs.includes(langs[i])) console.log(miss(`${langs[i]} ${kinds[i]}`, rows[i]));
for (const lang of langsAfter('--official') ?? []) {
  for (const row of officialSdgRows(lang)) if (suggestedGoals(classify(row.text)).includes(row.sdg) !== row.label) console.log(miss(`official-${lang}`, row));
}
