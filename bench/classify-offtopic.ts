// Off-topic probe: the DPG registry's non-SDG text fields (privacy, standards, do-no-harm, documentation answers of
// nominees/, archive/ and digitalpublicgoods/; shared data, read at run time) are software and compliance prose that
// seldom addresses a goal. Goals suggested per 100 texts, and the phrases behind them most often, show which terms
// fire on ordinary ICT wording ("training data", "open-source community", "data migration"). Compare two checkouts.
import { classify } from '../src/domain/classify/classify.ts';
import { readNominees } from './dpg-evidence.ts';

const texts = new Set<string>();
const walk = (v: unknown): void => {
  if (typeof v === 'string') { if (v.length > 80) texts.add(v.replace(/\s+/g, ' ')); }
  else if (Array.isArray(v)) v.forEach(walk);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'SDGs' && k !== 'evidenceText') walk(x);
};
for (const folder of ['digitalpublicgoods', 'nominees', 'archive']) readNominees(folder).forEach(walk);
let goals = 0;
const phrases = new Map<string, number>();
for (const t of texts) {
  for (const s of classify(t, { lang: 'en' }).sdgs.filter((x) => !x.target)) {
    goals++;
    const key = `${s.goal}: ${s.evidence[0]?.toLowerCase()}`;
    phrases.set(key, (phrases.get(key) ?? 0) + 1);
  }
}
console.log(`${texts.size} texts, ${goals} goal suggestions (${((100 * goals) / texts.size).toFixed(1)} per 100 texts)`);
console.log([...phrases].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([p, n]) => `${n} × ${p}`).join('\n'));
