import type { FieldError } from '../../../domain/errors.ts';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { ClassificationLink, ClassificationScheme } from '../../../domain/classification/classification.ts';
import { TRUST_DIMENSIONS } from '../../../domain/classification/trust-marker.ts';
import { LANGS, type Lang } from '../../../domain/vocabulary/language.ts';

// The initiative form posts flat, named fields (`title.fr`, `organisations[1].role`, `countries` repeated).
// This module turns them into the API's input shape, turns a record back into form fields, and maps the
// service's field errors (API paths) back onto the inputs that produced them. Pure: no I/O.

/** A parsed urlencoded body: repeated names arrive as arrays. */
export type FormBody = Record<string, string | string[] | undefined>;

/** Language-map fields of the record, each a textarea per language. */
export const TEXT_FIELDS = ['title', 'summary', 'description', 'impact', 'partnerships', 'lessons', 'replicability'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Repeating row groups of the form, and how many rows a new form shows. */
export const ROW_GROUPS = { organisations: 2, targets: 3, impactMetrics: 2, links: 2 } as const;
export type RowGroup = keyof typeof ROW_GROUPS;

/** How many rows "add a row" adds. */
const ADDED_ROWS = 2;
/** A form never grows past this many rows per group (the schema's limits are higher, pages stay light). */
const MAX_ROWS = 30;

const DATE_FIELDS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const EXTERNAL_IDS = ['wsis', 'dpg', 'iati'] as const;
const CHECKBOX_SCHEMES: [string, ClassificationScheme][] = [
  ['sdgGoals', 'sdg-goal'],
  ['technologies', 'technology'],
  ['wsis', 'wsis'],
];

/** The first value of a field, as typed ('' when absent). */
export function valueOf(body: FormBody, name: string): string {
  const v = body[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

/** Every value of a repeated field (checkboxes, multiple selects), blanks dropped. */
export function valuesOf(body: FormBody, name: string): string[] {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => x.trim() !== '');
}

const blank = (s: string) => s.trim() === '';

/** A number when the text is one (spaces and thin spaces ignored), else the text itself so validation names it. */
function numberOf(s: string): number | string {
  const compact = s.replace(/[\s\u202f]/g, '');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : s;
}

/** How many rows of `group` the submitted form had (the highest row index + 1). */
function submittedRows(body: FormBody, group: RowGroup): number {
  let n = 0;
  const re = new RegExp(`^${group}\\[(\\d+)\\]\\.`);
  for (const key of Object.keys(body)) {
    const m = re.exec(key);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

/** Rows to render for each group: what was submitted (or the defaults), plus more when "add a row" asked for them. */
export function rowsToShow(body: FormBody): Record<RowGroup, number> {
  const add = valueOf(body, 'add-row');
  const rows = {} as Record<RowGroup, number>;
  for (const group of Object.keys(ROW_GROUPS) as RowGroup[]) {
    const n = submittedRows(body, group) || ROW_GROUPS[group];
    rows[group] = Math.min(MAX_ROWS, n + (add === group ? ADDED_ROWS : 0));
  }
  return rows;
}

/** Where an API field path came from in the form: `keepRest` appends the rest of the path (row fields). */
interface PathTarget {
  to: string;
  keepRest: boolean;
}
export type PathMap = Record<string, PathTarget>;

/** The API input the form describes, and where each of its list items came from in the form. */
export interface Converted {
  input: Record<string, unknown>;
  paths: PathMap;
}

/** The texts `field.<lang>` of a form as a language map, blank languages left out. */
export const langMapOf = (body: FormBody, field: string, base: Partial<Record<Lang, string>> = {}) => {
  const map: Partial<Record<Lang, string>> = { ...base };
  for (const l of LANGS) {
    const v = valueOf(body, `${field}.${l}`);
    if (blank(v)) delete map[l];
    else map[l] = v;
  }
  return map;
};

/**
 * Form fields → the API's initiative input. Blank rows are dropped; every list is sent whole, so an update
 * replaces it; an emptied optional field (scope, licence, budget) is sent as null when editing, which clears it. `existing` (when editing) keeps what the form does not show: each link's source and
 * confidence, the evidence of goal, technology and WSIS links, and impact-metric labels in other languages.
 */
export function formToInput(body: FormBody, existing?: Initiative): Converted {
  const input: Record<string, unknown> = {};
  const paths: PathMap = {};
  const originalLang = valueOf(body, 'originalLang');
  for (const f of TEXT_FIELDS) input[f] = langMapOf(body, f);
  if (originalLang) {
    input.originalLang = originalLang;
    // "Give the title" errors name the whole map: show them on the text in the original language.
    for (const f of TEXT_FIELDS) paths[f] = { to: `${f}.${originalLang}`, keepRest: false };
  }
  for (const f of ['kind', 'status'] as const) if (!blank(valueOf(body, f))) input[f] = valueOf(body, f).trim();
  // An optional field emptied on the edit form is sent as null, which clears it; a new record just leaves it out.
  const optional = (value: unknown, isBlank: boolean) => (!isBlank ? value : existing ? null : undefined);
  for (const f of ['scope', 'licence'] as const) input[f] = optional(valueOf(body, f).trim(), blank(valueOf(body, f)));

  const dates: Record<string, string> = {};
  for (const d of DATE_FIELDS) if (!blank(valueOf(body, `dates.${d}`))) dates[d] = valueOf(body, `dates.${d}`).trim();
  input.dates = dates;

  input.countries = valuesOf(body, 'countries');
  (input.countries as string[]).forEach((_, i) => (paths[`countries[${i}]`] = { to: 'countries', keepRest: false }));

  const rows = rowsToShow({ ...body, 'add-row': '' });
  const organisations: Record<string, string>[] = [];
  for (let r = 0; r < rows.organisations; r++) {
    const id = valueOf(body, `organisations[${r}].id`);
    const role = valueOf(body, `organisations[${r}].role`);
    if (blank(id) && blank(role)) continue;
    paths[`organisations[${organisations.length}]`] = { to: `organisations[${r}]`, keepRest: true };
    organisations.push({ id, role });
  }
  input.organisations = organisations;

  const keep = (scheme: ClassificationScheme, code: string): Partial<ClassificationLink> => {
    const was = existing?.classifications.find((l) => l.scheme === scheme && l.code === code);
    if (!was) return {};
    const kept: Partial<ClassificationLink> = { source: was.source };
    if (was.confidence !== undefined) kept.confidence = was.confidence;
    if (scheme !== 'sdg-target') {
      if (was.evidenceText) kept.evidenceText = was.evidenceText;
      if (was.evidenceUrl) kept.evidenceUrl = was.evidenceUrl;
    }
    return kept;
  };
  const classifications: Record<string, unknown>[] = [];
  for (const [field, scheme] of CHECKBOX_SCHEMES) {
    for (const code of valuesOf(body, field)) {
      paths[`classifications[${classifications.length}]`] = { to: field, keepRest: false };
      classifications.push({ scheme, code, ...keep(scheme, code) });
    }
  }
  for (let r = 0; r < rows.targets; r++) {
    const code = valueOf(body, `targets[${r}].code`);
    const evidenceText = valueOf(body, `targets[${r}].evidenceText`);
    const evidenceUrl = valueOf(body, `targets[${r}].evidenceUrl`);
    if (blank(code) && blank(evidenceText) && blank(evidenceUrl)) continue;
    paths[`classifications[${classifications.length}]`] = { to: `targets[${r}]`, keepRest: true };
    classifications.push({ scheme: 'sdg-target', code: code.trim(), ...keep('sdg-target', code.trim()), ...(blank(evidenceText) ? {} : { evidenceText }), ...(blank(evidenceUrl) ? {} : { evidenceUrl: evidenceUrl.trim() }) });
  }
  input.classifications = classifications;

  const trustMarkers: Record<string, unknown>[] = [];
  for (const d of TRUST_DIMENSIONS) {
    const significance = valueOf(body, `trustMarkers.${d}.significance`);
    const evidence = valueOf(body, `trustMarkers.${d}.evidence`);
    if (blank(significance) && blank(evidence)) continue;
    paths[`trustMarkers[${trustMarkers.length}]`] = { to: `trustMarkers.${d}`, keepRest: true };
    trustMarkers.push({ dimension: d, significance: numberOf(significance), ...(blank(evidence) ? {} : { evidence }) });
  }
  input.trustMarkers = trustMarkers;

  const labelLang = (originalLang || existing?.originalLang || 'en') as Lang;
  const impactMetrics: Record<string, unknown>[] = [];
  for (let r = 0; r < rows.impactMetrics; r++) {
    const [label, value, unit, year] = ['label', 'value', 'unit', 'year'].map((k) => valueOf(body, `impactMetrics[${r}].${k}`)) as [string, string, string, string];
    if ([label, value, unit, year].every(blank)) continue;
    paths[`impactMetrics[${impactMetrics.length}]`] = { to: `impactMetrics[${r}]`, keepRest: true };
    const labels = { ...(existing?.impactMetrics[r]?.label ?? {}) } as Partial<Record<Lang, string>>;
    if (blank(label)) delete labels[labelLang];
    else labels[labelLang] = label;
    impactMetrics.push({ label: labels, value: blank(value) ? undefined : numberOf(value), ...(blank(unit) ? {} : { unit: unit.trim() }), ...(blank(year) ? {} : { year: numberOf(year) }) });
  }
  input.impactMetrics = impactMetrics;

  const amount = valueOf(body, 'budget.amount');
  const currency = valueOf(body, 'budget.currency');
  input.budget = optional({ amount: blank(amount) ? undefined : numberOf(amount), currency: currency.trim().toUpperCase() }, blank(amount) && blank(currency));

  const links: Record<string, unknown>[] = [];
  for (let r = 0; r < rows.links; r++) {
    const [kind, url, title] = ['kind', 'url', 'title'].map((k) => valueOf(body, `links[${r}].${k}`)) as [string, string, string];
    if (blank(url) && blank(title)) continue;
    paths[`links[${links.length}]`] = { to: `links[${r}]`, keepRest: true };
    links.push({ kind: kind || 'website', url: url.trim(), ...(blank(title) ? {} : { title }) });
  }
  input.links = links;

  const externalIds: Record<string, string> = {};
  for (const k of EXTERNAL_IDS) if (!blank(valueOf(body, `externalIds.${k}`))) externalIds[k] = valueOf(body, `externalIds.${k}`).trim();
  input.externalIds = externalIds;
  return { input: dropUndefined(input), paths };
}

/** Undefined values would read as "missing" to the schema anyway; dropping them keeps error paths right. */
function dropUndefined<T>(v: T): T {
  if (Array.isArray(v)) return v.map(dropUndefined) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, dropUndefined(x)])) as T;
  return v;
}

/** The service's field errors renamed to the form inputs that produced them (`classifications[3].code` → `targets[1].code`). */
export function formErrors(errors: FieldError[], paths: PathMap): FieldError[] {
  return errors.map((e) => {
    if (paths[e.field]) return { ...e, field: paths[e.field]!.to };
    let best = '';
    for (const p of Object.keys(paths)) if (p.length > best.length && (e.field.startsWith(`${p}.`) || e.field.startsWith(`${p}[`))) best = p;
    if (!best) return e;
    const target = paths[best]!;
    return { ...e, field: target.keepRest ? target.to + e.field.slice(best.length) : target.to };
  });
}

/** A record as form fields, for the edit page. `iso3Of` turns the record's M49 country codes into the form's ISO codes. */
export function recordToForm(i: Initiative, iso3Of: (m49: string) => string | undefined): FormBody {
  const body: FormBody = { originalLang: i.originalLang, kind: i.kind, status: i.status, scope: i.scope ?? '', licence: i.licence ?? '' };
  for (const f of TEXT_FIELDS) for (const [l, v] of Object.entries(i[f])) body[`${f}.${l}`] = v;
  for (const d of DATE_FIELDS) body[`dates.${d}`] = i.dates[d] ?? '';
  body.countries = i.countries.map((m) => iso3Of(m) ?? m);
  const pad = (group: RowGroup, n: number) => Math.min(MAX_ROWS, Math.max(ROW_GROUPS[group], n + 1));
  for (let r = 0; r < pad('organisations', i.organisations.length); r++) {
    const o = i.organisations[r];
    body[`organisations[${r}].id`] = o?.organisationId ?? '';
    body[`organisations[${r}].role`] = o?.role ?? '';
  }
  for (const [field, scheme] of CHECKBOX_SCHEMES) body[field] = i.classifications.filter((l) => l.scheme === scheme).map((l) => l.code);
  const targets = i.classifications.filter((l) => l.scheme === 'sdg-target');
  for (let r = 0; r < pad('targets', targets.length); r++) {
    body[`targets[${r}].code`] = targets[r]?.code ?? '';
    body[`targets[${r}].evidenceText`] = targets[r]?.evidenceText ?? '';
    body[`targets[${r}].evidenceUrl`] = targets[r]?.evidenceUrl ?? '';
  }
  for (const m of i.trustMarkers) {
    body[`trustMarkers.${m.dimension}.significance`] = String(m.significance);
    body[`trustMarkers.${m.dimension}.evidence`] = m.evidence ?? '';
  }
  for (let r = 0; r < pad('impactMetrics', i.impactMetrics.length); r++) {
    const m = i.impactMetrics[r];
    body[`impactMetrics[${r}].label`] = m ? (m.label[i.originalLang] ?? Object.values(m.label)[0] ?? '') : '';
    body[`impactMetrics[${r}].value`] = m ? String(m.value) : '';
    body[`impactMetrics[${r}].unit`] = m?.unit ?? '';
    body[`impactMetrics[${r}].year`] = m?.year === undefined ? '' : String(m.year);
  }
  body['budget.amount'] = i.budget ? String(i.budget.amount) : '';
  body['budget.currency'] = i.budget?.currency ?? '';
  for (let r = 0; r < pad('links', i.links.length); r++) {
    body[`links[${r}].kind`] = i.links[r]?.kind ?? '';
    body[`links[${r}].url`] = i.links[r]?.url ?? '';
    body[`links[${r}].title`] = i.links[r]?.title ?? '';
  }
  for (const k of EXTERNAL_IDS) body[`externalIds.${k}`] = i.externalIds[k] ?? '';
  return body;
}

/** What the form's buttons ask for. "Add a row" re-renders; preview validates without saving. */
export type FormIntent = { kind: 'add-row' } | { kind: 'suggest' } | { kind: 'preview' } | { kind: 'draft' } | { kind: 'submit'; notDuplicate: boolean };

/** The button that sent the form (a form sent by pressing Enter counts as "Save draft", nothing is lost). */
export function intentOf(body: FormBody): FormIntent {
  if (valueOf(body, 'add-row')) return { kind: 'add-row' };
  const intent = valueOf(body, 'intent');
  if (intent === 'suggest') return { kind: 'suggest' };
  if (intent === 'preview') return { kind: 'preview' };
  if (intent === 'submit') return { kind: 'submit', notDuplicate: valueOf(body, 'notDuplicate') === 'yes' };
  return { kind: 'draft' };
}

/** The machine suggestions the form offered (hidden `machineOffered` fields) and the ones the submitter ticked. */
export function suggestionChoicesOf(body: FormBody): { offered: string[]; accepted: string[] } {
  return { offered: valuesOf(body, 'machineOffered'), accepted: valuesOf(body, 'machineAccepted') };
}

/** The text the classifier reads in the form, as it does on a saved record: title, summary, description, impact in the original language. */
export function formText(body: FormBody): { text: string; lang: string } {
  const lang = valueOf(body, 'originalLang') || 'en';
  const text = ['title', 'summary', 'description', 'impact'].map((f) => valueOf(body, `${f}.${lang}`).trim()).filter(Boolean).join('\n');
  return { text, lang };
}
