import type { FieldError } from '../errors.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { LANGS, type Lang, type LangMap } from '../vocabulary/language.ts';
import type { ClassificationLink, ClassificationScheme } from '../classification/classification.ts';
import type { Initiative } from './initiative.ts';
import type { InitiativeInput, InitiativePatch } from './initiative-input.ts';
import { resolveNulls } from '../patch.ts';
import { isCalendarDate } from '../validation.ts';

/**
 * NFC-normalises a text and drops control characters (keeping tabs and line breaks) and the legacy bidi
 * embeddings and overrides U+202A–U+202E that can disguise text (isolates U+2066–U+2069 stay).
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E]/g, '')
    .trim();
}

/** A language map with every text cleaned and empty ones dropped. */
export function cleanLangMap(map: LangMap | undefined): LangMap {
  const out: LangMap = {};
  for (const l of LANGS) {
    const v = map?.[l] === undefined ? undefined : cleanText(map[l]!);
    if (v) out[l] = v;
  }
  return out;
}

/**
 * The record's links after an input. With `classifications` given, the shorthand arrays add to them;
 * without, each shorthand array replaces the links of its scheme, keeping the evidence of codes that stay.
 */
export function mergeClassifications(input: ClassificationInput, existing: ClassificationLink[] = []): ClassificationLink[] {
  // A link sent again with the same source keeps who confirmed it and when (a form re-sends every link).
  const confirmation = (scheme: string, code: string, source: string) => {
    const was = existing.find((l) => l.scheme === scheme && l.code === code && l.source === source);
    return was?.confirmedAt ? { confirmedBy: was.confirmedBy, confirmedAt: was.confirmedAt } : {};
  };
  const explicit = input.classifications?.map((c): ClassificationLink => ({
    ...c,
    scheme: c.scheme as ClassificationScheme,
    source: (c.source ?? 'self') as ClassificationLink['source'],
    evidenceText: c.evidenceText === undefined ? undefined : cleanText(c.evidenceText) || undefined,
    ...confirmation(c.scheme, c.code, c.source ?? 'self'),
  }));
  let links = explicit ?? [...existing];
  const shorthand: [ClassificationScheme, string[] | undefined][] = [
    ['sdg-goal', input.sdgGoals?.map(String)],
    ['sdg-target', input.sdgTargets],
    ['technology', input.technologies],
    ['wsis', input.wsis],
  ];
  for (const [scheme, codes] of shorthand) {
    if (!codes) continue;
    if (!explicit) links = links.filter((l) => l.scheme !== scheme || codes.includes(l.code));
    for (const code of codes) if (!links.some((l) => l.scheme === scheme && l.code === code)) links.push({ scheme, code, source: 'self' });
  }
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.scheme}:${l.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The classification fields every classified record accepts (initiatives, policies). */
export type ClassificationInput = Pick<Partial<InitiativeInput>, 'sdgGoals' | 'sdgTargets' | 'technologies' | 'wsis' | 'classifications' | 'trustMarkers'>;

/** Codes that are not in the vocabularies, and trust dimensions given twice. */
export function classificationErrors(input: ClassificationInput, vocab: Vocabulary): FieldError[] {
  const errors: FieldError[] = [];
  const err = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const known: Record<ClassificationScheme, (code: string) => boolean> = {
    'sdg-goal': (c) => vocab.goal(Number(c)) !== undefined && /^\d+$/.test(c),
    'sdg-target': (c) => vocab.targets.has(c),
    technology: (c) => vocab.techBySlug.has(c),
    wsis: (c) => vocab.wsisByCode.has(c),
  };
  const shorthandField: Record<ClassificationScheme, keyof ClassificationInput> = { 'sdg-goal': 'sdgGoals', 'sdg-target': 'sdgTargets', technology: 'technologies', wsis: 'wsis' };
  for (const [scheme, field] of Object.entries(shorthandField) as [ClassificationScheme, keyof ClassificationInput][]) {
    (input[field] as (string | number)[] | undefined)?.forEach((code, i) => {
      if (!known[scheme](String(code))) err(`${field}[${i}]`, 'unknown-code', `${code} is not a known ${scheme} code`);
    });
  }
  input.classifications?.forEach((c, i) => {
    if (!known[c.scheme](c.code)) err(`classifications[${i}].code`, 'unknown-code', `${c.code} is not a known ${c.scheme} code`);
  });
  const markers = new Set<string>();
  input.trustMarkers?.forEach((m, i) => {
    if (markers.has(m.dimension)) err(`trustMarkers[${i}].dimension`, 'duplicate', `${m.dimension} is given twice`);
    markers.add(m.dimension);
  });
  return errors;
}

/** Checks what the schema cannot: codes exist in the vocabularies, dates are real and in order, texts present. */
export function semanticErrors(
  input: Partial<InitiativeInput>,
  vocab: Vocabulary,
  knownOrganisationIds: Set<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  const err = (field: string, code: string, message: string) => errors.push({ field, code, message });
  if (input.title !== undefined && !Object.keys(cleanLangMap(input.title)).length) err('title', 'required', 'Give the title in at least one language');
  if (input.summary !== undefined && !Object.keys(cleanLangMap(input.summary)).length) err('summary', 'required', 'Give the summary in at least one language');
  if (input.originalLang && input.title && !cleanLangMap(input.title)[input.originalLang as Lang]) {
    err('originalLang', 'no-text', 'The title must be given in the original language');
  }
  input.countries?.forEach((c, i) => {
    if (!vocab.countryByIso3.has(c)) err(`countries[${i}]`, 'unknown-code', `${c} is not a known ISO alpha-3 country code`);
  });
  input.organisations?.forEach((o, i) => {
    if (!knownOrganisationIds.has(o.id)) err(`organisations[${i}].id`, 'unknown-id', `No organisation with id ${o.id}`);
  });
  errors.push(...classificationErrors(input, vocab));
  const dates = input.dates ?? {};
  for (const [k, v] of Object.entries(dates)) if (v && !isCalendarDate(v)) err(`dates.${k}`, 'invalid-date', `${v} is not a calendar date`);
  if (dates.plannedStart && dates.plannedEnd && dates.plannedEnd < dates.plannedStart) err('dates.plannedEnd', 'before-start', 'The planned end is before the planned start');
  if (dates.actualStart && dates.actualEnd && dates.actualEnd < dates.actualStart) err('dates.actualEnd', 'before-start', 'The actual end is before the actual start');
  if (input.lastVerified && !isCalendarDate(input.lastVerified)) err('lastVerified', 'invalid-date', `${input.lastVerified} is not a calendar date`);
  return errors;
}

/** What `null` in a patch sets each list, language map and group of the record to; other fields are removed. */
const CLEARED: Readonly<Record<string, unknown>> = {
  description: {},
  impact: {},
  partnerships: {},
  lessons: {},
  replicability: {},
  dates: {},
  externalIds: {},
  countries: [],
  organisations: [],
  sdgGoals: [],
  sdgTargets: [],
  technologies: [],
  wsis: [],
  classifications: [],
  trustMarkers: [],
  impactMetrics: [],
  links: [],
};

/** Applies a validated input (a full create body, or a patch where `null` clears a field) to a record. */
export function applyInput(base: Initiative, patch: InitiativePatch, vocab: Vocabulary): Initiative {
  const { input, removed } = resolveNulls<InitiativeInput>(patch, CLEARED);
  const next: Initiative = { ...base };
  for (const field of removed) delete (next as unknown as Record<string, unknown>)[field];
  if (input.title) next.title = cleanLangMap(input.title);
  if (input.summary) next.summary = cleanLangMap(input.summary);
  if (input.description) next.description = cleanLangMap(input.description);
  for (const k of ['impact', 'partnerships', 'lessons', 'replicability'] as const) if (input[k]) next[k] = cleanLangMap(input[k]);
  if (input.originalLang) next.originalLang = input.originalLang as Lang;
  else if (input.title && !next.title[next.originalLang]) next.originalLang = (Object.keys(next.title)[0] as Lang) ?? 'en';
  if (input.kind) next.kind = input.kind as Initiative['kind'];
  if (input.status) next.status = input.status as Initiative['status'];
  if (input.dates) next.dates = { ...input.dates };
  if (input.scope) next.scope = input.scope as Initiative['scope'];
  if (input.countries) next.countries = [...new Set(input.countries.map((c) => vocab.countryByIso3.get(c)!.m49))];
  if (input.organisations) next.organisations = input.organisations.map((o) => ({ organisationId: o.id, role: o.role as Initiative['organisations'][number]['role'] }));
  next.classifications = mergeClassifications(input, base.classifications);
  if (input.trustMarkers) next.trustMarkers = input.trustMarkers.map((m) => ({ ...m, dimension: m.dimension as Initiative['trustMarkers'][number]['dimension'], evidence: m.evidence === undefined ? undefined : cleanText(m.evidence) || undefined }));
  if (input.impactMetrics) next.impactMetrics = input.impactMetrics.map((m) => ({ ...m, label: cleanLangMap(m.label) }));
  if (input.budget) next.budget = { ...input.budget };
  if (input.links) next.links = input.links.map((l) => ({ ...l, title: l.title === undefined ? undefined : cleanText(l.title) || undefined }));
  if (input.licence) next.licence = input.licence;
  if (input.externalIds) next.externalIds = Object.fromEntries(Object.entries(input.externalIds).map(([k, v]) => [k, cleanText(v)]).filter(([, v]) => v));
  if (input.lastVerified) next.lastVerified = input.lastVerified;
  return next;
}
