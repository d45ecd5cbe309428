import { LANGS, pickText, type Lang } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { Initiative } from '../initiative/initiative.ts';
import type { Organisation } from '../organisation/organisation.ts';
import { ORGANISATION_TYPES } from '../organisation/organisation.ts';
import { claimedCodes, goalOf } from '../classification/classification.ts';
import type { FieldError } from '../errors.ts';
import type { ImportCandidate, OrganisationRef } from './candidate.ts';

// One CSV layout for export, the bulk-submission template and import: codes in one column, separated by
// ";", with their labels in the column after (`sdg_targets` = `9.c;17.8`, `sdg_targets_label`).
// Label columns and `url`, `updated_at`, `workflow_state` are written on export and ignored on import.

const TEXT_FIELDS = ['title', 'summary', 'description'] as const;
export const LIST = ';';

/** The columns of initiatives.csv, in order. */
export const INITIATIVE_COLUMNS = [
  'id',
  'url',
  'dpg_id',
  'iati_id',
  'original_lang',
  ...TEXT_FIELDS.flatMap((f) => LANGS.map((l) => `${f}_${l}`)),
  'kind',
  'status',
  'scope',
  'planned_start',
  'planned_end',
  'actual_start',
  'actual_end',
  'countries',
  'countries_label',
  'sdg_goals',
  'sdg_goals_label',
  'sdg_targets',
  'sdg_targets_label',
  'technologies',
  'technologies_label',
  'wsis',
  'wsis_label',
  'organisations',
  'organisations_label',
  'licence',
  'budget_amount',
  'budget_currency',
  'website',
  'updated_at',
] as const;

/** The columns of organisations.csv, in order. */
export const ORGANISATION_COLUMNS = ['id', 'name', 'name_lang', 'aliases', 'type', 'type_label', 'country', 'country_label', 'website', 'iati_id', 'updated_at'] as const;

export type Row = Record<string, string>;

/** A published initiative as one CSV row; labels in `lang`. */
export function initiativeRow(i: Initiative, vocab: Vocabulary, orgs: Map<string, Organisation>, publicUrl: string, lang: Lang = 'en'): Row {
  const iso3 = i.countries.map((m) => vocab.countryByM49.get(m)?.iso3 ?? m);
  const goals = [...new Set([...claimedCodes(i.classifications, 'sdg-goal')])];
  const targets = claimedCodes(i.classifications, 'sdg-target');
  const techs = claimedCodes(i.classifications, 'technology');
  const wsis = claimedCodes(i.classifications, 'wsis');
  const row: Row = {
    id: i.id,
    url: `${publicUrl}/${lang}/initiatives/${i.id}`,
    dpg_id: i.externalIds.dpg ?? '',
    iati_id: i.externalIds.iati ?? '',
    original_lang: i.originalLang,
    kind: i.kind,
    status: i.status,
    scope: i.scope ?? '',
    planned_start: i.dates.plannedStart ?? '',
    planned_end: i.dates.plannedEnd ?? '',
    actual_start: i.dates.actualStart ?? '',
    actual_end: i.dates.actualEnd ?? '',
    countries: iso3.join(LIST),
    countries_label: i.countries.map((m) => vocab.countryName(m, lang)).join(LIST),
    sdg_goals: goals.join(LIST),
    sdg_goals_label: goals.map((g) => vocab.goal(Number(g))?.short[lang] ?? g).join(LIST),
    sdg_targets: targets.join(LIST),
    // Until the official target texts are imported (`vocab import`), a target is labelled by its goal.
    sdg_targets_label: targets.map((t) => pickText(vocab.targets.get(t)?.title, lang)?.text ?? `${vocab.goal(goalOf(t))?.short[lang] ?? ''} (${t})`).join(LIST),
    technologies: techs.join(LIST),
    technologies_label: techs.map((t) => vocab.techBySlug.get(t)?.labels[lang] ?? t).join(LIST),
    wsis: wsis.join(LIST),
    wsis_label: wsis.map((w) => vocab.wsisByCode.get(w)?.labels[lang] ?? w).join(LIST),
    organisations: i.organisations.map((o) => `${o.organisationId}:${o.role}`).join(LIST),
    organisations_label: i.organisations.map((o) => pickText(orgs.get(o.organisationId)?.name, lang)?.text ?? o.organisationId).join(LIST),
    licence: i.licence ?? '',
    budget_amount: i.budget ? String(i.budget.amount) : '',
    budget_currency: i.budget?.currency ?? '',
    website: i.links.find((l) => l.kind === 'website')?.url ?? '',
    updated_at: i.updatedAt,
  };
  for (const f of TEXT_FIELDS) for (const l of LANGS) row[`${f}_${l}`] = i[f][l] ?? '';
  return row;
}

/** An organisation as one CSV row. */
export function organisationRow(o: Organisation, vocab: Vocabulary, lang: Lang = 'en'): Row {
  const name = pickText(o.name, lang, o.originalLang as Lang);
  return {
    id: o.id,
    name: name?.text ?? '',
    name_lang: name?.lang ?? '',
    aliases: o.aliases.join(LIST),
    type: o.type,
    type_label: ORGANISATION_TYPES[o.type],
    country: o.country ? (vocab.countryByM49.get(o.country)?.iso3 ?? '') : '',
    country_label: o.country ? vocab.countryName(o.country, lang) : '',
    website: o.website ?? '',
    iati_id: o.iatiId ?? '',
    updated_at: o.updatedAt,
  };
}

const list = (v: string | undefined) => (v ?? '').split(LIST).map((s) => s.trim()).filter(Boolean);

/**
 * A CSV row (header → value) as a candidate. `organisations` holds `id:role` pairs of organisations
 * already in Leapfrog, or `name:role` for others (found by exact name or created).
 */
export function csvCandidate(file: string, line: number, row: Row, knownColumns: readonly string[] = INITIATIVE_COLUMNS): ImportCandidate {
  const errors: FieldError[] = [];
  const notes: string[] = [];
  for (const col of Object.keys(row)) if (!knownColumns.includes(col)) errors.push({ field: col, code: 'unknown-field', message: `${col} is not a column of the template` });
  const input: Record<string, unknown> = {};
  for (const f of TEXT_FIELDS) {
    const map = Object.fromEntries(LANGS.map((l) => [l, row[`${f}_${l}`]?.trim()]).filter(([, v]) => v));
    if (Object.keys(map).length || f !== 'description') input[f] = map;
  }
  const set = (key: string, value: unknown) => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) input[key] = value;
  };
  set('originalLang', row.original_lang?.trim());
  set('kind', row.kind?.trim());
  set('status', row.status?.trim());
  set('scope', row.scope?.trim());
  const dates = Object.fromEntries(
    (['planned_start', 'planned_end', 'actual_start', 'actual_end'] as const).map((c) => [c.replace(/_(\w)/, (_, x: string) => x.toUpperCase()), row[c]?.trim()]).filter(([, v]) => v),
  );
  if (Object.keys(dates).length) input.dates = dates;
  set('countries', list(row.countries).map((c) => c.toUpperCase()));
  const goals = list(row.sdg_goals);
  set('sdgGoals', goals.map((g) => (/^\d+$/.test(g) ? Number(g) : g)));
  set('sdgTargets', list(row.sdg_targets));
  set('technologies', list(row.technologies));
  set('wsis', list(row.wsis));
  set('licence', row.licence?.trim());
  if (row.budget_amount?.trim() || row.budget_currency?.trim()) {
    const amount = Number(row.budget_amount);
    if (!Number.isFinite(amount)) errors.push({ field: 'budget_amount', code: 'invalid', message: `${row.budget_amount} is not a number` });
    else input.budget = { amount, currency: row.budget_currency?.trim() ?? '' };
  }
  if (row.website?.trim()) input.links = [{ kind: 'website', url: row.website.trim() }];
  const externalIds = Object.fromEntries([['dpg', row.dpg_id?.trim()], ['iati', row.iati_id?.trim()]].filter(([, v]) => v));
  if (Object.keys(externalIds).length) input.externalIds = externalIds;
  const organisationRefs: OrganisationRef[] = [];
  for (const pair of list(row.organisations)) {
    const at = pair.lastIndexOf(':');
    const role = pair.slice(at + 1).trim();
    if (at < 1 || !['lead', 'implementing', 'funding', 'partner'].includes(role)) {
      errors.push({ field: 'organisations', code: 'invalid', message: `"${pair}": write id:role or name:role with role lead, implementing, funding or partner` });
      continue;
    }
    organisationRefs.push({ name: pair.slice(0, at).trim(), role: role as OrganisationRef['role'] });
  }
  const ext = externalIds.dpg ? { scheme: 'dpg' as const, value: externalIds.dpg } : externalIds.iati ? { scheme: 'iati' as const, value: externalIds.iati } : undefined;
  return { file, locator: `line ${line}`, externalId: ext, existingId: row.id?.trim() || undefined, input, organisationRefs, provenance: { source: 'import:csv' }, errors, notes };
}

/** The API field an error names → the CSV column a person fixes ('countries[1]' → 'countries', 'title.fr' → 'title_fr'). */
export function csvColumn(field: string): string {
  const top = field.split('[')[0]!;
  const map: Record<string, string> = { sdgGoals: 'sdg_goals', sdgTargets: 'sdg_targets', originalLang: 'original_lang', links: 'website', 'budget.currency': 'budget_currency', 'budget.amount': 'budget_amount' };
  if (map[top]) return map[top]!;
  if (/^(title|summary|description)\.\w+$/.test(top)) return top.replace('.', '_');
  if (top.startsWith('dates.')) return top.slice(6).replace(/[A-Z]/, (c) => `_${c.toLowerCase()}`);
  if (top.startsWith('externalIds.')) return `${top.slice(12)}_id`;
  return top;
}
