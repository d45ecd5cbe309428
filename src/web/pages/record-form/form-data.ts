import type { FieldError } from '../../../domain/errors.ts';
import type { ClassificationLink, ClassificationScheme } from '../../../domain/classification/classification.ts';
import { LANGS, type Lang } from '../../../domain/vocabulary/language.ts';

// What every record form (initiatives, policies) shares: flat named fields (`title.fr`, `links[1].url`,
// `countries` repeated) read from a urlencoded body, repeating row groups, the conversion of the shared
// parts (language maps, classification links, links) to the API's input, and the mapping of the
// service's field errors (API paths) back onto the inputs that produced them. Pure: no I/O.

/** A parsed urlencoded body: repeated names arrive as arrays. */
export type FormBody = Record<string, string | string[] | undefined>;

/** How many rows "add a row" adds. */
const ADDED_ROWS = 2;
/** A form never grows past this many rows per group (the schema's limits are higher, pages stay light). */
export const MAX_ROWS = 30;

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

/** True for an empty or all-space text. */
export const blank = (s: string) => s.trim() === '';

/** A number when the text is one (spaces and thin spaces ignored), else the text itself so validation names it. */
export function numberOf(s: string): number | string {
  const compact = s.replace(/[\s\u202f]/g, '');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : s;
}

/** How many rows of `group` the submitted form had (the highest row index + 1). */
function submittedRows(body: FormBody, group: string): number {
  let n = 0;
  const re = new RegExp(`^${group}\\[(\\d+)\\]\\.`);
  for (const key of Object.keys(body)) {
    const m = re.exec(key);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

/** Rows to render for each group: what was submitted (or the defaults), plus more when "add a row" asked for them. */
export function rowsFor<G extends string>(body: FormBody, defaults: Record<G, number>): Record<G, number> {
  const add = valueOf(body, 'add-row');
  const rows = {} as Record<G, number>;
  for (const group of Object.keys(defaults) as G[]) {
    const n = submittedRows(body, group) || defaults[group];
    rows[group] = Math.min(MAX_ROWS, n + (add === group ? ADDED_ROWS : 0));
  }
  return rows;
}

/** Rows an edit form shows for a list of `n` items: the items and one empty row, at least the default. */
export function rowsForRecord(defaultRows: number, n: number): number {
  return Math.min(MAX_ROWS, Math.max(defaultRows, n + 1));
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

/** The texts of `field.{lang}` as a language map, blanks left out. */
export function langMapOf(body: FormBody, field: string): Partial<Record<Lang, string>> {
  const map: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) {
    const v = valueOf(body, `${field}.${l}`);
    if (!blank(v)) map[l] = v;
  }
  return map;
}

/** A language map as form fields `field.{lang}`. */
export function langMapToForm(body: FormBody, field: string, map: Partial<Record<Lang, string>> | undefined): void {
  for (const [l, v] of Object.entries(map ?? {})) body[`${field}.${l}`] = v;
}

/** Language maps, with "give the title" errors (they name the whole map) shown on the text in the original language. */
export function langMapsToInput(body: FormBody, fields: readonly string[], input: Record<string, unknown>, paths: PathMap): void {
  const originalLang = valueOf(body, 'originalLang');
  for (const f of fields) input[f] = langMapOf(body, f);
  if (!originalLang) return;
  input.originalLang = originalLang;
  for (const f of fields) wholeMapOnOriginal(paths, f, originalLang);
}

/**
 * An error on a whole language map (`title`: give it in one language) lands on its text in the original
 * language; an error on one language (`title.ar`: too long) stays on that language.
 */
export function wholeMapOnOriginal(paths: PathMap, field: string, originalLang: string): void {
  paths[field] = { to: `${field}.${originalLang}`, keepRest: false };
  for (const l of LANGS) paths[`${field}.${l}`] = { to: `${field}.${l}`, keepRest: false };
}

/** A repeated field sent as a list of codes; an error on any item lands on the field. */
export function codesToInput(body: FormBody, name: string, paths: PathMap): string[] {
  const codes = valuesOf(body, name);
  codes.forEach((_, i) => (paths[`${name}[${i}]`] = { to: name, keepRest: false }));
  return codes;
}

/**
 * The non-blank rows of a group as input items, each remembered in `paths` so its errors land on its row.
 * `read` gets the row's values by field name and returns the item, or undefined for a blank row.
 */
export function rowsToInput<T>(body: FormBody, group: string, count: number, fields: readonly string[], paths: PathMap, apiName: string, read: (v: Record<string, string>, row: number) => T | undefined): T[] {
  const items: T[] = [];
  for (let r = 0; r < count; r++) {
    const values = Object.fromEntries(fields.map((f) => [f, valueOf(body, `${group}[${r}].${f}`)]));
    if (Object.values(values).every(blank)) continue;
    const item = read(values, r);
    if (item === undefined) continue;
    paths[`${apiName}[${items.length}]`] = { to: `${group}[${r}]`, keepRest: true };
    items.push(item);
  }
  return items;
}

/** Items of a list as rows of a group (`group[r].field`), padded with one empty row. */
export function rowsToForm<T>(body: FormBody, group: string, defaultRows: number, items: T[], fields: Record<string, (item: T) => string | undefined>): void {
  for (let r = 0; r < rowsForRecord(defaultRows, items.length); r++) {
    const item = items[r];
    for (const [f, get] of Object.entries(fields)) body[`${group}[${r}].${f}`] = item === undefined ? '' : (get(item) ?? '');
  }
}

/** Goal, technology and WSIS links are checkboxes; targets are rows with evidence. */
export const CHECKBOX_SCHEMES: [string, ClassificationScheme][] = [
  ['sdgGoals', 'sdg-goal'],
  ['technologies', 'technology'],
  ['wsis', 'wsis'],
];
const TARGET_FIELDS = ['code', 'evidenceText', 'evidenceUrl'] as const;

/**
 * The classification links the form describes. `existing` links keep what the form does not show: their
 * source and confidence, and the evidence of goal, technology and WSIS links.
 */
export function classificationsToInput(body: FormBody, targetRows: number, paths: PathMap, existing: ClassificationLink[] = []): Record<string, unknown>[] {
  const keep = (scheme: ClassificationScheme, code: string): Partial<ClassificationLink> => {
    const was = existing.find((l) => l.scheme === scheme && l.code === code);
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
  for (let r = 0; r < targetRows; r++) {
    const [code, evidenceText, evidenceUrl] = TARGET_FIELDS.map((f) => valueOf(body, `targets[${r}].${f}`)) as [string, string, string];
    if (blank(code) && blank(evidenceText) && blank(evidenceUrl)) continue;
    paths[`classifications[${classifications.length}]`] = { to: `targets[${r}]`, keepRest: true };
    classifications.push({ scheme: 'sdg-target', code: code.trim(), ...keep('sdg-target', code.trim()), ...(blank(evidenceText) ? {} : { evidenceText }), ...(blank(evidenceUrl) ? {} : { evidenceUrl: evidenceUrl.trim() }) });
  }
  return classifications;
}

/** Classification links as the form's checkboxes and target rows. */
export function classificationsToForm(body: FormBody, links: ClassificationLink[], targetRows: number): void {
  for (const [field, scheme] of CHECKBOX_SCHEMES) body[field] = links.filter((l) => l.scheme === scheme).map((l) => l.code);
  rowsToForm(body, 'targets', targetRows, links.filter((l) => l.scheme === 'sdg-target'), { code: (l) => l.code, evidenceText: (l) => l.evidenceText, evidenceUrl: (l) => l.evidenceUrl });
}

/** Link rows (kind, address, title) as the API's links; a row without a kind is a website. */
export function linksToInput(body: FormBody, count: number, paths: PathMap): Record<string, unknown>[] {
  return rowsToInput(body, 'links', count, ['kind', 'url', 'title'], paths, 'links', (v) =>
    blank(v.url!) && blank(v.title!) ? undefined : { kind: v.kind || 'website', url: v.url!.trim(), ...(blank(v.title!) ? {} : { title: v.title }) },
  );
}

/** Links as the form's rows. */
export function linksToForm(body: FormBody, links: { kind: string; url: string; title?: string }[], defaultRows: number): void {
  rowsToForm(body, 'links', defaultRows, links, { kind: (l) => l.kind, url: (l) => l.url, title: (l) => l.title });
}

/** Undefined values would read as "missing" to the schema anyway; dropping them keeps error paths right. */
export function dropUndefined<T>(v: T): T {
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

/** What the form's buttons ask for. "Add a row" and "suggest" (machine suggestions) re-render; preview validates without saving. */
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
