import { LANGS, pickText, type Lang } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { POLICY_THEME_LABELS } from '../vocabulary/policy-theme.ts';
import type { Policy } from '../policy/policy.ts';
import { claimedCodes, goalOf, sdgGoalsOf } from '../classification/classification.ts';
import { areaOf } from './area.ts';
import { LIST, type Row } from './csv-format.ts';

// Policies in the CSV layout of the dumps: codes in one column, several separated by ";", their labels in
// the next column. Type, level and status codes are English words already and carry no label column.

const TEXT_FIELDS = ['title', 'summary', 'issuingBody'] as const;
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The columns of policies.csv, in order. */
export const POLICY_COLUMNS = [
  'id',
  'url',
  'original_lang',
  ...TEXT_FIELDS.flatMap((f) => LANGS.map((l) => `${snake(f)}_${l}`)),
  'type',
  'level',
  'jurisdiction_country',
  'jurisdiction_country_label',
  'jurisdiction_region',
  'jurisdiction_region_label',
  'jurisdiction_organisation',
  'countries',
  'countries_label',
  'status',
  'proposed',
  'adopted',
  'in_force',
  'revised',
  'repealed',
  'themes',
  'themes_label',
  'technologies',
  'technologies_label',
  'sdg_goals',
  'sdg_goals_label',
  'sdg_targets',
  'sdg_targets_label',
  'related_policies',
  'initiatives',
  'links',
  'updated_at',
] as const;

/** A published policy as one CSV row; labels in `lang`. */
export function policyRow(p: Policy, vocab: Vocabulary, publicUrl: string, lang: Lang = 'en'): Row {
  const iso3 = (m49: string) => vocab.countryByM49.get(m49)?.iso3 ?? m49;
  const goals = sdgGoalsOf(p.classifications).map(String);
  const targets = claimedCodes(p.classifications, 'sdg-target');
  const techs = claimedCodes(p.classifications, 'technology');
  const { country, region, organisation } = p.jurisdiction;
  const row: Row = {
    id: p.id,
    url: `${publicUrl}/${lang}/policies/${p.id}`,
    original_lang: p.originalLang,
    type: p.type,
    level: p.level,
    jurisdiction_country: country ? iso3(country) : '',
    jurisdiction_country_label: country ? vocab.countryName(country, lang) : '',
    jurisdiction_region: region ?? '',
    jurisdiction_region_label: region ? areaOf(vocab, region, lang).name : '',
    jurisdiction_organisation: pickText(organisation, lang, p.originalLang)?.text ?? '',
    countries: p.countries.map(iso3).join(LIST),
    countries_label: p.countries.map((m) => vocab.countryName(m, lang)).join(LIST),
    status: p.status,
    proposed: p.dates.proposed ?? '',
    adopted: p.dates.adopted ?? '',
    in_force: p.dates.inForce ?? '',
    revised: p.dates.revised ?? '',
    repealed: p.dates.repealed ?? '',
    themes: p.themes.join(LIST),
    themes_label: p.themes.map((th) => POLICY_THEME_LABELS[th][lang]).join(LIST),
    technologies: techs.join(LIST),
    technologies_label: techs.map((t) => vocab.techBySlug.get(t)?.labels[lang] ?? t).join(LIST),
    sdg_goals: goals.join(LIST),
    sdg_goals_label: goals.map((g) => vocab.goal(Number(g))?.short[lang] ?? g).join(LIST),
    sdg_targets: targets.join(LIST),
    sdg_targets_label: targets.map((t) => pickText(vocab.targets.get(t)?.title, lang)?.text ?? `${vocab.goal(goalOf(t))?.short[lang] ?? ''} (${t})`).join(LIST),
    related_policies: p.relatedPolicies.map((r) => `${r.relation}:${r.policyId}`).join(LIST),
    initiatives: p.initiatives.map((r) => `${r.relation}:${r.initiativeId}`).join(LIST),
    links: p.links.map((l) => l.url).join(LIST),
    updated_at: p.updatedAt,
  };
  for (const f of TEXT_FIELDS) for (const l of LANGS) row[`${snake(f)}_${l}`] = p[f][l] ?? '';
  return row;
}
