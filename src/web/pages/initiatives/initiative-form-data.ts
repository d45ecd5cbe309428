import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { TRUST_DIMENSIONS } from '../../../domain/classification/trust-marker.ts';
import type { Lang } from '../../../domain/vocabulary/language.ts';
import {
  blank,
  classificationsToForm,
  classificationsToInput,
  codesToInput,
  dropUndefined,
  langMapToForm,
  langMapsToInput,
  linksToForm,
  linksToInput,
  numberOf,
  rowsFor,
  rowsToForm,
  rowsToInput,
  valueOf,
  valuesOf,
  type Converted,
  type FormBody,
  type PathMap,
} from '../record-form/form-data.ts';

// The initiative form's own fields, converted to the API's input and back. The shared parts (language
// maps, classification links, links, rows, error paths) live in record-form/form-data.ts. Pure: no I/O.

export { formErrors, intentOf, type FormBody } from '../record-form/form-data.ts';

/** Language-map fields of the record, each a textarea per language. */
export const TEXT_FIELDS = ['title', 'summary', 'description', 'impact', 'partnerships', 'lessons', 'replicability'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Repeating row groups of the form, and how many rows a new form shows. */
export const ROW_GROUPS = { organisations: 2, targets: 3, impactMetrics: 2, links: 2 } as const;
export type RowGroup = keyof typeof ROW_GROUPS;

const DATE_FIELDS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const EXTERNAL_IDS = ['wsis', 'dpg', 'iati'] as const;

/** Rows to render for each group: what was submitted (or the defaults), plus more when "add a row" asked for them. */
export function rowsToShow(body: FormBody): Record<RowGroup, number> {
  return rowsFor(body, ROW_GROUPS);
}

/**
 * Form fields → the API's initiative input. Blank rows are dropped; every list is sent whole, so an update
 * replaces it; an emptied optional field (scope, licence, budget) is sent as null when editing, which clears it. `existing` (when editing) keeps what the form does not show: each link's source and
 * confidence, the evidence of goal, technology and WSIS links, and impact-metric labels in other languages.
 */
export function formToInput(body: FormBody, existing?: Initiative): Converted {
  const input: Record<string, unknown> = {};
  const paths: PathMap = {};
  const originalLang = valueOf(body, 'originalLang');
  langMapsToInput(body, TEXT_FIELDS, input, paths);
  for (const f of ['kind', 'status'] as const) if (!blank(valueOf(body, f))) input[f] = valueOf(body, f).trim();
  // An optional field emptied on the edit form is sent as null, which clears it; a new record just leaves it out.
  const optional = (value: unknown, isBlank: boolean) => (!isBlank ? value : existing ? null : undefined);
  for (const f of ['scope', 'licence'] as const) input[f] = optional(valueOf(body, f).trim(), blank(valueOf(body, f)));

  const dates: Record<string, string> = {};
  for (const d of DATE_FIELDS) if (!blank(valueOf(body, `dates.${d}`))) dates[d] = valueOf(body, `dates.${d}`).trim();
  input.dates = dates;
  input.countries = codesToInput(body, 'countries', paths);

  const rows = rowsToShow({ ...body, 'add-row': '' });
  input.organisations = rowsToInput(body, 'organisations', rows.organisations, ['id', 'role'], paths, 'organisations', (v) => ({ id: v.id!, role: v.role! }));
  input.classifications = classificationsToInput(body, rows.targets, paths, existing?.classifications);

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
  input.impactMetrics = rowsToInput(body, 'impactMetrics', rows.impactMetrics, ['label', 'value', 'unit', 'year'], paths, 'impactMetrics', ({ label, value, unit, year }, r) => {
    const labels = { ...(existing?.impactMetrics[r]?.label ?? {}) } as Partial<Record<Lang, string>>;
    if (blank(label!)) delete labels[labelLang];
    else labels[labelLang] = label!;
    return { label: labels, value: blank(value!) ? undefined : numberOf(value!), ...(blank(unit!) ? {} : { unit: unit!.trim() }), ...(blank(year!) ? {} : { year: numberOf(year!) }) };
  });

  const amount = valueOf(body, 'budget.amount');
  const currency = valueOf(body, 'budget.currency');
  input.budget = optional({ amount: blank(amount) ? undefined : numberOf(amount), currency: currency.trim().toUpperCase() }, blank(amount) && blank(currency));
  input.links = linksToInput(body, rows.links, paths);

  const externalIds: Record<string, string> = {};
  for (const k of EXTERNAL_IDS) if (!blank(valueOf(body, `externalIds.${k}`))) externalIds[k] = valueOf(body, `externalIds.${k}`).trim();
  input.externalIds = externalIds;
  return { input: dropUndefined(input), paths };
}

/** A record as form fields, for the edit page. `iso3Of` turns the record's M49 country codes into the form's ISO codes. */
export function recordToForm(i: Initiative, iso3Of: (m49: string) => string | undefined): FormBody {
  const body: FormBody = { originalLang: i.originalLang, kind: i.kind, status: i.status, scope: i.scope ?? '', licence: i.licence ?? '' };
  for (const f of TEXT_FIELDS) langMapToForm(body, f, i[f]);
  for (const d of DATE_FIELDS) body[`dates.${d}`] = i.dates[d] ?? '';
  body.countries = i.countries.map((m) => iso3Of(m) ?? m);
  rowsToForm(body, 'organisations', ROW_GROUPS.organisations, i.organisations, { id: (o) => o.organisationId, role: (o) => o.role });
  classificationsToForm(body, i.classifications, ROW_GROUPS.targets);
  for (const m of i.trustMarkers) {
    body[`trustMarkers.${m.dimension}.significance`] = String(m.significance);
    body[`trustMarkers.${m.dimension}.evidence`] = m.evidence ?? '';
  }
  rowsToForm(body, 'impactMetrics', ROW_GROUPS.impactMetrics, i.impactMetrics, {
    label: (m) => m.label[i.originalLang] ?? Object.values(m.label)[0] ?? '',
    value: (m) => String(m.value),
    unit: (m) => m.unit,
    year: (m) => (m.year === undefined ? '' : String(m.year)),
  });
  body['budget.amount'] = i.budget ? String(i.budget.amount) : '';
  body['budget.currency'] = i.budget?.currency ?? '';
  linksToForm(body, i.links, ROW_GROUPS.links);
  for (const k of EXTERNAL_IDS) body[`externalIds.${k}`] = i.externalIds[k] ?? '';
  return body;
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
