import type { FieldError } from '../errors.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { Lang } from '../vocabulary/language.ts';
import { isCalendarDate } from '../validation.ts';
import { classificationErrors, cleanLangMap, cleanText, mergeClassifications } from '../initiative/initiative-build.ts';
import type { Jurisdiction, Policy } from './policy.ts';
import type { PolicyInput, PolicyPatch } from './policy-input.ts';
import { resolveNulls } from '../patch.ts';

/** Ids that exist, for checking relations. */
export interface KnownIds {
  policies: Set<string>;
  initiatives: Set<string>;
}

/** M49 codes of a region, ITU region or country group, or undefined when the code is none of them. */
export function areaMembers(vocab: Vocabulary, code: string): string[] | undefined {
  return vocab.groupMembers(code) ?? vocab.countriesIn(code);
}

/**
 * Checks what the schema cannot: codes exist, dates are real and in order, relations point at records
 * that exist, and the jurisdiction fits the level. `current` is the record a patch applies to.
 */
export function policySemanticErrors(input: Partial<PolicyInput>, vocab: Vocabulary, known: KnownIds, current?: Policy): FieldError[] {
  const errors: FieldError[] = [];
  const err = (field: string, code: string, message: string) => errors.push({ field, code, message });
  for (const k of ['title', 'summary', 'issuingBody'] as const) {
    if (input[k] !== undefined && !Object.keys(cleanLangMap(input[k])).length) err(k, 'required', 'Give this text in at least one language');
  }
  if (input.originalLang && input.title && !cleanLangMap(input.title)[input.originalLang as Lang]) err('originalLang', 'no-text', 'The title must be given in the original language');
  const j = input.jurisdiction;
  if (j?.country && !vocab.countryByIso3.has(j.country)) err('jurisdiction.country', 'unknown-code', `${j.country} is not a known ISO alpha-3 country code`);
  if (j?.region && !areaMembers(vocab, j.region)) err('jurisdiction.region', 'unknown-code', `${j.region} is not an M49 region, an ITU region or a country group`);
  input.countries?.forEach((c, i) => {
    if (!vocab.countryByIso3.has(c)) err(`countries[${i}]`, 'unknown-code', `${c} is not a known ISO alpha-3 country code`);
  });
  const level = input.level ?? current?.level;
  const jurisdiction = j ?? current?.jurisdiction;
  if (input.level !== undefined || j !== undefined || input.countries !== undefined) {
    if (level === 'national' && !jurisdiction?.country) err('jurisdiction.country', 'required', 'A national instrument names its country');
    if (level === 'regional' && !jurisdiction?.region && !jurisdiction?.organisation && !(input.countries ?? current?.countries)?.length) {
      err('jurisdiction', 'required', 'A regional instrument names its region, its organisation or its member countries');
    }
  }
  errors.push(...classificationErrors(input, vocab));
  const dates = input.dates ?? {};
  for (const [k, v] of Object.entries(dates)) if (v && !isCalendarDate(v)) err(`dates.${k}`, 'invalid-date', `${v} is not a calendar date`);
  const start = dates.adopted ?? dates.proposed;
  if (start && dates.repealed && dates.repealed < start) err('dates.repealed', 'before-start', 'The repeal date is before the adoption');
  if (input.lastVerified && !isCalendarDate(input.lastVerified)) err('lastVerified', 'invalid-date', `${input.lastVerified} is not a calendar date`);
  input.relatedPolicies?.forEach((r, i) => {
    if (current && r.id === current.id) err(`relatedPolicies[${i}].id`, 'self', 'A policy cannot relate to itself');
    else if (!known.policies.has(r.id)) err(`relatedPolicies[${i}].id`, 'unknown-id', `No policy with id ${r.id}`);
  });
  input.initiatives?.forEach((r, i) => {
    if (!known.initiatives.has(r.id)) err(`initiatives[${i}].id`, 'unknown-id', `No initiative with id ${r.id}`);
  });
  return errors;
}

/** The countries an instrument applies to, from its level, jurisdiction and explicit member list. */
function applicableCountries(vocab: Vocabulary, level: Policy['level'], j: Jurisdiction, explicit: string[] | undefined): string[] {
  if (level === 'national') return j.country ? [j.country] : [];
  if (explicit?.length) return explicit;
  return level === 'regional' && j.region ? (areaMembers(vocab, j.region) ?? []) : [];
}

/** What `null` in a patch sets each list and group of the record to; other fields (lastVerified) are removed. */
const CLEARED: Readonly<Record<string, unknown>> = {
  countries: [],
  dates: {},
  themes: [],
  sdgGoals: [],
  sdgTargets: [],
  technologies: [],
  wsis: [],
  classifications: [],
  trustMarkers: [],
  links: [],
  relatedPolicies: [],
  initiatives: [],
};

/** A patch with its nulls resolved (see domain/patch.ts): what to apply, and the single values to remove. */
export function resolvePolicyPatch(patch: PolicyPatch): { input: Partial<PolicyInput>; removed: string[] } {
  return resolveNulls<PolicyInput>(patch, CLEARED);
}

/** Applies a validated input (a full create body, or a patch where `null` clears a field) to a record. */
export function applyPolicyInput(base: Policy, patch: PolicyPatch, vocab: Vocabulary): Policy {
  const { input, removed } = resolvePolicyPatch(patch);
  const next: Policy = { ...base };
  for (const field of removed) delete (next as unknown as Record<string, unknown>)[field];
  if (input.title) next.title = cleanLangMap(input.title);
  if (input.summary) next.summary = cleanLangMap(input.summary);
  if (input.issuingBody) next.issuingBody = cleanLangMap(input.issuingBody);
  if (input.originalLang) next.originalLang = input.originalLang as Lang;
  else if (input.title && !next.title[next.originalLang]) next.originalLang = (Object.keys(next.title)[0] as Lang) ?? 'en';
  if (input.type) next.type = input.type as Policy['type'];
  if (input.level) next.level = input.level as Policy['level'];
  if (input.jurisdiction) {
    const j = input.jurisdiction;
    next.jurisdiction = {
      country: j.country ? vocab.countryByIso3.get(j.country)!.m49 : undefined,
      region: j.region,
      organisation: j.organisation ? cleanLangMap(j.organisation) : undefined,
    };
  }
  if (input.level || input.jurisdiction || input.countries) {
    const explicit = input.countries?.map((c) => vocab.countryByIso3.get(c)!.m49) ?? (input.level || input.jurisdiction ? undefined : base.countries);
    next.countries = [...new Set(applicableCountries(vocab, next.level, next.jurisdiction, explicit))];
  }
  if (input.status) next.status = input.status as Policy['status'];
  if (input.dates) next.dates = { ...input.dates };
  if (input.themes) next.themes = [...new Set(input.themes)] as Policy['themes'];
  next.classifications = mergeClassifications(input, base.classifications);
  if (input.trustMarkers) next.trustMarkers = input.trustMarkers.map((m) => ({ ...m, dimension: m.dimension as Policy['trustMarkers'][number]['dimension'], evidence: m.evidence === undefined ? undefined : cleanText(m.evidence) || undefined }));
  if (input.links) next.links = input.links.map((l) => ({ ...l, kind: l.kind as Policy['links'][number]['kind'] }));
  if (input.relatedPolicies) next.relatedPolicies = input.relatedPolicies.map((r) => ({ policyId: r.id, relation: r.relation as Policy['relatedPolicies'][number]['relation'] }));
  if (input.initiatives) next.initiatives = input.initiatives.map((r) => ({ initiativeId: r.id, relation: r.relation as Policy['initiatives'][number]['relation'] }));
  if (input.lastVerified) next.lastVerified = input.lastVerified;
  return next;
}
