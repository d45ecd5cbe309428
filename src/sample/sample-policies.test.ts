import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { PolicyInputSchema } from '../domain/policy/policy-input.ts';
import { ITU_REGIONS, countryByIso3 } from '../domain/vocabulary/country.ts';
import { groupsOf } from '../domain/vocabulary/country-group.ts';
import { LANGS } from '../domain/vocabulary/language.ts';

type Json = Record<string, any>;
const load = (name: string): Json[] => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
const policies = load('policies.json');
const initiativeKeys = new Set(load('initiatives.json').map((i) => i.key));

/** Sample policies are the input shape plus a `key`; relations name policies and initiatives by key. */
function asPolicyInput({ key: _key, ...rest }: Json): Json {
  if (rest.relatedPolicies) rest.relatedPolicies = rest.relatedPolicies.map(({ policy, ...r }: Json) => ({ id: policy, ...r }));
  if (rest.initiatives) rest.initiatives = rest.initiatives.map(({ initiative, ...r }: Json) => ({ id: initiative, ...r }));
  return rest;
}

test('every sample policy is a valid PolicyInput', () => {
  assert.ok(policies.length >= 30, `only ${policies.length} policies`);
  const problems = policies.flatMap((p, n) => [...Value.Errors(PolicyInputSchema, asPolicyInput(p))].map((e) => `policies[${n}] ${p.key}: ${e.path} ${e.message}`));
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('keys are unique, and relations name earlier policies and existing sample initiatives', () => {
  const keys = policies.map((p) => p.key);
  assert.deepEqual(keys.filter((k, n) => keys.indexOf(k) !== n), [], 'duplicate keys');
  const problems: string[] = [];
  policies.forEach((p, n) => {
    for (const r of p.relatedPolicies ?? []) if (!keys.slice(0, n).includes(r.policy)) problems.push(`${p.key} → ${r.policy} is not an earlier policy`);
    for (const r of p.initiatives ?? []) if (!initiativeKeys.has(r.initiative)) problems.push(`${p.key} → unknown initiative ${r.initiative}`);
  });
  assert.deepEqual(problems, [], problems.join('\n'));
  assert.ok(policies.filter((p) => p.relatedPolicies?.length).length >= 2, 'relations between policies are shown');
  assert.ok(policies.filter((p) => p.initiatives?.length).length >= 10, 'policies link to initiatives');
});

test('texts exist in the original language; official links and dates are well formed', () => {
  const problems: string[] = [];
  const today = '2026-11-28';
  for (const p of policies) {
    for (const field of ['title', 'summary', 'issuingBody']) if (!p[field]?.[p.originalLang]) problems.push(`${p.key}: ${field} has no ${p.originalLang} text`);
    if (!p.links?.length) problems.push(`${p.key}: no official link`);
    for (const l of p.links ?? []) if (!/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//.test(l.url)) problems.push(`${p.key}: odd link ${l.url}`);
    for (const [k, v] of Object.entries(p.dates ?? {})) if ((v as string) > today) problems.push(`${p.key}: ${k} in the future`);
    if (p.level === 'national' && !p.jurisdiction.country) problems.push(`${p.key}: national without a country`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('coverage: every level, national instruments in every ITU region and in LDCs, LLDCs and SIDS, originals in every language', () => {
  for (const level of ['national', 'regional', 'international']) assert.ok(policies.filter((p) => p.level === level).length >= 5, `fewer than 5 ${level} policies`);
  const national = policies.filter((p) => p.level === 'national').map((p) => p.jurisdiction.country as string);
  const regions = new Set(national.map((c) => countryByIso3(c)?.ituRegion));
  for (const r of ITU_REGIONS) assert.ok(regions.has(r), `no national policy in the ITU region ${r}`);
  for (const g of ['LDC', 'LLDC', 'SIDS']) assert.ok(national.some((c) => groupsOf(c).includes(g as never)), `no national policy in an ${g}`);
  for (const l of LANGS) assert.ok(policies.some((p) => p.originalLang === l), `no policy written originally in ${l}`);
  const types = new Set(policies.map((p) => p.type));
  for (const t of ['strategy', 'law', 'regulation', 'guideline', 'principles', 'standard', 'plan', 'governance-body']) assert.ok(types.has(t), `no ${t}`);
  assert.ok(policies.some((p) => p.status === 'consultation'), 'a draft shows a gap in coverage');
});
