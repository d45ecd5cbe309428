import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import { OrganisationInputSchema } from '../domain/organisation/organisation-input.ts';
import { InitiativeInputSchema } from '../domain/initiative/initiative-input.ts';
import { LANGS } from '../domain/vocabulary/language.ts';

type Json = Record<string, any>;
const load = (name: string): Json[] => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
const organisations = load('organisations.json');
const initiatives = load('initiatives.json');

/** Sample records are the input shape plus a `key`; initiatives name organisations by key. */
function asOrganisationInput({ key: _key, ...rest }: Json): Json {
  return rest;
}
function asInitiativeInput({ key: _key, ...rest }: Json): Json {
  if (Array.isArray(rest.organisations)) {
    rest.organisations = rest.organisations.map(({ org, ...o }: Json) => ({ id: org, ...o }));
  }
  return rest;
}

function errorsOf(schema: TSchema, value: unknown): string[] {
  return [...Value.Errors(schema, value)].map((e) => `${e.path || '/'}: ${e.message}`);
}

const TECHNOLOGY_SLUGS = [
  '5g', 'artificial-intelligence', 'internet-of-things', 'big-data', 'ott', 'cloud-edge', 'blockchain',
  'satellite', 'digital-identity', 'digital-payments', 'open-data', 'cybersecurity', 'ar-vr', 'broadband',
];

// The 169 SDG targets (UN SDG framework; codes as in the Open SDG translation files).
const SDG_TARGETS = new Set(
  `1.1 1.2 1.3 1.4 1.5 1.a 1.b 2.1 2.2 2.3 2.4 2.5 2.a 2.b 2.c 3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 3.9 3.a 3.b 3.c 3.d
  4.1 4.2 4.3 4.4 4.5 4.6 4.7 4.a 4.b 4.c 5.1 5.2 5.3 5.4 5.5 5.6 5.a 5.b 5.c 6.1 6.2 6.3 6.4 6.5 6.6 6.a 6.b
  7.1 7.2 7.3 7.a 7.b 8.1 8.2 8.3 8.4 8.5 8.6 8.7 8.8 8.9 8.10 8.a 8.b 9.1 9.2 9.3 9.4 9.5 9.a 9.b 9.c
  10.1 10.2 10.3 10.4 10.5 10.6 10.7 10.a 10.b 10.c 11.1 11.2 11.3 11.4 11.5 11.6 11.7 11.a 11.b 11.c
  12.1 12.2 12.3 12.4 12.5 12.6 12.7 12.8 12.a 12.b 12.c 13.1 13.2 13.3 13.a 13.b
  14.1 14.2 14.3 14.4 14.5 14.6 14.7 14.a 14.b 14.c 15.1 15.2 15.3 15.4 15.5 15.6 15.7 15.8 15.9 15.a 15.b 15.c
  16.1 16.2 16.3 16.4 16.5 16.6 16.7 16.8 16.9 16.10 16.a 16.b
  17.1 17.2 17.3 17.4 17.5 17.6 17.7 17.8 17.9 17.10 17.11 17.12 17.13 17.14 17.15 17.16 17.17 17.18 17.19`.split(/\s+/),
);
assert.equal(SDG_TARGETS.size, 169);

const WSIS_CODES = new Set([
  ...Array.from({ length: 11 }, (_, i) => `C${i + 1}`),
  ...['government', 'business', 'learning', 'health', 'employment', 'environment', 'agriculture', 'science'].map((s) => `C7.e-${s}`),
]);

// LDC ∪ LLDC ∪ SIDS, ISO alpha-3, from the UN M49 table (LDC list after Bhutan's graduation in Dec 2023).
const LEFT_BEHIND = new Set(
  `ABW AFG AGO AIA ARM ASM ATG AZE BDI BEN BES BFA BGD BHS BLZ BOL BRB BTN BWA CAF COD COK COM CPV CUB CUW DJI DMA
  DOM ERI ETH FJI FSM GIN GMB GNB GRD GUM GUY HTI JAM KAZ KGZ KHM KIR KNA LAO LBR LCA LSO MDA MDG MDV MHL MKD MLI MMR
  MNG MNP MOZ MRT MSR MUS MWI NCL NER NIU NPL NRU PLW PNG PRI PRY PYF RWA SDN SEN SGP SLB SLE SOM SSD STP SUR SWZ SXM
  SYC TCD TGO TJK TKM TLS TON TTO TUV TZA UGA UZB VCT VGB VIR VUT WSM YEM ZMB ZWE`.split(/\s+/),
);

// ITU regions of the countries the samples use (enough to check that every region is covered).
const ITU_REGION: Record<string, string> = {};
const regionMembers: Record<string, string> = {
  Africa: 'BFA BDI BEN CIV CMR CPV ETH GHA GMB KEN MDG MLI MOZ MWI NER NGA RWA SEN SLE TCD TGO TZA UGA ZAF ZMB ZWE',
  Americas: 'BOL BRA COL DMA GTM HND HTI JAM MEX NIC PER PRY SLV',
  'Arab States': 'COM DJI DZA EGY JOR LBN MAR MRT OMN SDN SOM TUN',
  'Asia-Pacific': 'AFG BGD CHN FJI IDN IND KHM KIR LAO MNG NPL PAK PHL PNG SLB TLS TON TUV VNM VUT WSM',
  CIS: 'ARM AZE BLR KAZ KGZ RUS TJK TKM UZB',
  Europe: 'ALB BIH MKD MNE SRB',
};
for (const [region, members] of Object.entries(regionMembers)) for (const c of members.split(' ')) ITU_REGION[c] = region;

const classificationsOf = (i: Json, scheme: string): string[] => [
  ...((i.classifications ?? []) as Json[]).filter((c) => c.scheme === scheme).map((c) => String(c.code)),
  ...((scheme === 'sdg-goal' ? i.sdgGoals : scheme === 'sdg-target' ? i.sdgTargets : scheme === 'technology' ? i.technologies : i.wsis) ?? []).map(String),
];
const goalsOf = (i: Json): Set<number> =>
  new Set([...classificationsOf(i, 'sdg-goal'), ...classificationsOf(i, 'sdg-target')].map((c) => Number(c.split('.')[0])));

test('every sample organisation is a valid OrganisationInput', () => {
  assert.ok(organisations.length >= 15, `only ${organisations.length} organisations`);
  const problems = organisations.flatMap((o, n) => errorsOf(OrganisationInputSchema, asOrganisationInput(o)).map((e) => `organisations[${n}] ${o.key}: ${e}`));
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('every sample initiative is a valid InitiativeInput', () => {
  assert.ok(initiatives.length >= 35, `only ${initiatives.length} initiatives`);
  const problems = initiatives.flatMap((i, n) => errorsOf(InitiativeInputSchema, asInitiativeInput(i)).map((e) => `initiatives[${n}] ${i.key}: ${e}`));
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('keys are unique kebab-case and every organisation reference resolves', () => {
  for (const [name, list] of [['organisations', organisations], ['initiatives', initiatives]] as const) {
    const keys = list.map((r) => r.key);
    const dup = keys.filter((k, n) => keys.indexOf(k) !== n);
    assert.deepEqual(dup, [], `duplicate ${name} keys`);
    const bad = keys.filter((k) => typeof k !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(k));
    assert.deepEqual(bad, [], `${name} keys not kebab-case`);
  }
  const orgKeys = new Set(organisations.map((o) => o.key));
  const missing = initiatives.flatMap((i) => ((i.organisations ?? []) as Json[]).filter((o) => !orgKeys.has(o.org)).map((o) => `${i.key} → ${o.org}`));
  assert.deepEqual(missing, [], `unknown organisation keys:\n${missing.join('\n')}`);
  const used = new Set(initiatives.flatMap((i) => ((i.organisations ?? []) as Json[]).map((o) => o.org)));
  assert.deepEqual([...orgKeys].filter((k) => !used.has(k)), [], 'organisations no initiative refers to');
});

test('codes are real: technologies, SDG goals and targets, WSIS lines, trust dimensions', () => {
  const problems: string[] = [];
  for (const i of initiatives) {
    for (const t of classificationsOf(i, 'technology')) if (!TECHNOLOGY_SLUGS.includes(t)) problems.push(`${i.key}: technology ${t}`);
    for (const t of classificationsOf(i, 'sdg-target')) if (!SDG_TARGETS.has(t)) problems.push(`${i.key}: SDG target ${t}`);
    for (const g of classificationsOf(i, 'sdg-goal')) if (!/^([1-9]|1[0-7])$/.test(g)) problems.push(`${i.key}: SDG goal ${g}`);
    for (const w of classificationsOf(i, 'wsis')) if (!WSIS_CODES.has(w)) problems.push(`${i.key}: WSIS line ${w}`);
    const dims = ((i.trustMarkers ?? []) as Json[]).map((m) => m.dimension);
    if (new Set(dims).size !== dims.length) problems.push(`${i.key}: a trust dimension appears twice`);
    const codes = ((i.classifications ?? []) as Json[]).map((c) => `${c.scheme}:${c.code}`);
    if (new Set(codes).size !== codes.length) problems.push(`${i.key}: a classification appears twice`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('texts exist in the original language, dates are consistent and not in the future', () => {
  const problems: string[] = [];
  const today = '2026-11-28';
  for (const i of initiatives) {
    if (!i.originalLang) problems.push(`${i.key}: no originalLang`);
    for (const field of ['title', 'summary', 'description', 'impact', 'partnerships', 'lessons', 'replicability']) {
      if (i[field] && !i[field][i.originalLang]) problems.push(`${i.key}: ${field} has no ${i.originalLang} text`);
    }
    const d = i.dates ?? {};
    if (d.plannedStart && d.plannedEnd && d.plannedStart > d.plannedEnd) problems.push(`${i.key}: planned start after end`);
    if (d.actualStart && d.actualEnd && d.actualStart > d.actualEnd) problems.push(`${i.key}: actual start after end`);
    if (d.actualEnd && d.actualEnd > today) problems.push(`${i.key}: actual end in the future`);
    if (d.actualStart && d.actualStart > today) problems.push(`${i.key}: actual start in the future`);
    if (i.status === 'closed' && !d.actualEnd) problems.push(`${i.key}: closed without actualEnd`);
    if (i.status === 'pipeline' && d.actualStart) problems.push(`${i.key}: pipeline with actualStart`);
    if (i.lastVerified && i.lastVerified > today) problems.push(`${i.key}: lastVerified in the future`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('coverage: technologies, SDGs, languages, statuses, regions, left-behind countries', () => {
  const techCount = new Map(TECHNOLOGY_SLUGS.map((t) => [t, 0]));
  for (const i of initiatives) for (const t of new Set(classificationsOf(i, 'technology'))) techCount.set(t, (techCount.get(t) ?? 0) + 1);
  const thin = [...techCount].filter(([, n]) => n < 2);
  assert.deepEqual(thin, [], `technologies used fewer than twice: ${thin.map(([t, n]) => `${t}=${n}`).join(', ')}`);

  const goals = new Set(initiatives.flatMap((i) => [...goalsOf(i)]));
  assert.ok(goals.size >= 12, `only ${goals.size} SDG goals covered: ${[...goals].sort((a, b) => a - b).join(', ')}`);
  for (const g of [4, 5, 9, 17]) {
    const n = initiatives.filter((i) => goalsOf(i).has(g)).length;
    assert.ok(n >= 5, `SDG ${g} is linked by only ${n} initiatives`);
  }
  const withEvidence = initiatives.filter((i) => ((i.classifications ?? []) as Json[]).some((c) => c.evidenceText)).length;
  assert.ok(withEvidence >= initiatives.length / 2, `only ${withEvidence} initiatives give evidence for their classifications`);

  const byLang = (l: string) => initiatives.filter((i) => i.originalLang === l).length;
  for (const l of LANGS) assert.ok(byLang(l) >= 1, `no initiative written originally in ${l}`);
  assert.ok(byLang('zh') >= 4, `only ${byLang('zh')} initiatives written originally in Chinese`);
  assert.ok(byLang('ar') >= 3, `only ${byLang('ar')} initiatives written originally in Arabic`);
  // Records in another language than English with no translation exercise the "shown in the original language" note.
  const originalOnly = initiatives.filter(
    (i) => i.originalLang !== 'en' && Object.keys(i.title).length === 1 && Object.keys(i.summary).length === 1,
  );
  assert.ok(originalOnly.length >= 3, `only ${originalOnly.length} non-English records exist only in their original language`);
  const translated = initiatives.filter((i) => i.originalLang !== 'en' && i.title.en && i.summary.en).length;
  assert.ok(translated >= 12, `only ${translated} non-English records have an English title and summary`);

  const statuses = new Set(initiatives.map((i) => i.status));
  for (const s of ['pipeline', 'implementation', 'finalisation', 'closed', 'cancelled', 'suspended']) assert.ok(statuses.has(s), `no ${s} initiative`);

  const regions = new Set(initiatives.flatMap((i) => ((i.countries ?? []) as string[]).map((c) => ITU_REGION[c]).filter(Boolean)));
  for (const r of Object.keys(regionMembers)) assert.ok(regions.has(r), `no initiative in the ITU region ${r}`);

  const leftBehind = initiatives.filter((i) => ((i.countries ?? []) as string[]).some((c) => LEFT_BEHIND.has(c)));
  assert.ok(leftBehind.length >= 10, `only ${leftBehind.length} initiatives run in an LDC, LLDC or SIDS`);
});
