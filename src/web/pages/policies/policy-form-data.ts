import type { Policy } from '../../../domain/policy/policy.ts';
import {
  blank,
  classificationsToForm,
  classificationsToInput,
  codesToInput,
  dropUndefined,
  langMapOf,
  langMapToForm,
  langMapsToInput,
  linksToForm,
  linksToInput,
  rowsFor,
  rowsToForm,
  rowsToInput,
  valueOf,
  type Converted,
  type FormBody,
  type PathMap,
} from '../record-form/form-data.ts';

// The policy form's fields, converted to the API's policy input and back. The shared parts (language maps,
// classification links, links, rows, error paths) live in record-form/form-data.ts. Pure: no I/O.

/** Language-map fields of the record, a text per language. */
export const POLICY_TEXT_FIELDS = ['title', 'summary', 'issuingBody'] as const;

/** Repeating row groups of the form, and how many rows a new form shows. */
export const POLICY_ROW_GROUPS = { targets: 2, links: 2, relatedPolicies: 2, initiatives: 2 } as const;
export type PolicyRowGroup = keyof typeof POLICY_ROW_GROUPS;

export const POLICY_DATE_FIELDS = ['proposed', 'adopted', 'inForce', 'revised', 'repealed'] as const;

/** Rows to render for each group: what was submitted (or the defaults), plus more when "add a row" asked for them. */
export function policyRowsToShow(body: FormBody): Record<PolicyRowGroup, number> {
  return rowsFor(body, POLICY_ROW_GROUPS);
}

/**
 * Form fields → the API's policy input. Blank rows are dropped; every list is sent whole, so an update
 * replaces it; dates all emptied are sent as null when editing, which clears them. `existing` (when editing) keeps the source, confidence and evidence of classification
 * links the form does not show; trust markers and the last-verified date are not in the form and stay.
 */
export function policyFormToInput(body: FormBody, existing?: Policy): Converted {
  const input: Record<string, unknown> = {};
  const paths: PathMap = {};
  langMapsToInput(body, POLICY_TEXT_FIELDS, input, paths);
  for (const f of ['type', 'level', 'status'] as const) if (!blank(valueOf(body, f))) input[f] = valueOf(body, f).trim();

  const jurisdiction: Record<string, unknown> = {};
  for (const f of ['country', 'region'] as const) if (!blank(valueOf(body, `jurisdiction.${f}`))) jurisdiction[f] = valueOf(body, `jurisdiction.${f}`).trim();
  const organisation = langMapOf(body, 'jurisdiction.organisation');
  if (Object.keys(organisation).length) jurisdiction.organisation = organisation;
  input.jurisdiction = jurisdiction;
  input.countries = codesToInput(body, 'countries', paths);

  const dates: Record<string, string> = {};
  for (const d of POLICY_DATE_FIELDS) if (!blank(valueOf(body, `dates.${d}`))) dates[d] = valueOf(body, `dates.${d}`).trim();
  // Dates all emptied on the edit form are sent as null, which clears them; a new record just leaves them out.
  input.dates = Object.keys(dates).length ? dates : existing ? null : undefined;
  input.themes = codesToInput(body, 'themes', paths);

  const rows = policyRowsToShow({ ...body, 'add-row': '' });
  input.classifications = classificationsToInput(body, rows.targets, paths, existing?.classifications);
  input.links = linksToInput(body, rows.links, paths);
  input.relatedPolicies = rowsToInput(body, 'relatedPolicies', rows.relatedPolicies, ['id', 'relation'], paths, 'relatedPolicies', (v) => ({ id: v.id!.trim(), relation: v.relation! }));
  input.initiatives = rowsToInput(body, 'initiatives', rows.initiatives, ['id', 'relation'], paths, 'initiatives', (v) => ({ id: v.id!.trim(), relation: v.relation! }));
  return { input: dropUndefined(input), paths };
}

/**
 * A policy as form fields, for the edit page. `iso3Of` turns the record's M49 country codes into the form's
 * ISO codes; `membersOf` gives the M49 members of a region or group.
 */
export function policyToForm(p: Policy, iso3Of: (m49: string) => string | undefined, membersOf: (region: string) => string[] | undefined = () => undefined): FormBody {
  const body: FormBody = { originalLang: p.originalLang, type: p.type, level: p.level, status: p.status };
  for (const f of POLICY_TEXT_FIELDS) langMapToForm(body, f, p[f]);
  body['jurisdiction.country'] = p.jurisdiction.country ? (iso3Of(p.jurisdiction.country) ?? p.jurisdiction.country) : '';
  body['jurisdiction.region'] = p.jurisdiction.region ?? '';
  langMapToForm(body, 'jurisdiction.organisation', p.jurisdiction.organisation);
  // A national instrument's countries follow from its country; a regional one's are its members, shown
  // only when they were chosen one by one (not simply the members of its region, which follow the region).
  const members = p.jurisdiction.region ? new Set(membersOf(p.jurisdiction.region) ?? []) : undefined;
  const followsRegion = members !== undefined && members.size === p.countries.length && p.countries.every((m) => members.has(m));
  body.countries = p.level === 'regional' && !followsRegion ? p.countries.map((m) => iso3Of(m) ?? m) : [];
  for (const d of POLICY_DATE_FIELDS) body[`dates.${d}`] = p.dates[d] ?? '';
  body.themes = [...p.themes];
  classificationsToForm(body, p.classifications, POLICY_ROW_GROUPS.targets);
  linksToForm(body, p.links, POLICY_ROW_GROUPS.links);
  rowsToForm(body, 'relatedPolicies', POLICY_ROW_GROUPS.relatedPolicies, p.relatedPolicies, { id: (r) => r.policyId, relation: (r) => r.relation });
  rowsToForm(body, 'initiatives', POLICY_ROW_GROUPS.initiatives, p.initiatives, { id: (r) => r.initiativeId, relation: (r) => r.relation });
  return body;
}
