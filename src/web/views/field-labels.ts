import type { Translate } from '../../i18n/i18n.ts';
import type { PageContext } from './context.ts';
import { LANGS } from '../../domain/vocabulary/language.ts';

// The name of a record field (initiative, policy, organisation) as people read it, for the history's list of
// changed fields and its diff. The version store records field keys ("trustMarkers"); a reader sees "Trust markers".
const FIELD_LABELS: Record<string, (t: Translate) => string> = {
  title: (t) => t('Title'),
  name: (t) => t('Name'),
  summary: (t) => t('Summary'),
  description: (t) => t('Description'),
  originalLang: (t) => t('Original language'),
  kind: (t) => t('Kind'),
  type: (t) => t('Type'),
  status: (t) => t('Status'),
  level: (t) => t('Level'),
  jurisdiction: (t) => t('Jurisdiction'),
  issuingBody: (t) => t('Issuing body'),
  dates: (t) => t('Dates'),
  scope: (t) => t('Geographic scope'),
  countries: (t) => t('Countries and areas'),
  country: (t) => t('Country'),
  organisations: (t) => t('Organisations'),
  themes: (t) => t('Themes'),
  classifications: (t) => t('Classification'),
  trustMarkers: (t) => t('Trust markers'),
  impact: (t) => t('Impact'),
  impactMetrics: (t) => t('Impact figures'),
  partnerships: (t) => t('Partnerships'),
  lessons: (t) => t('Challenges and lessons learned'),
  replicability: (t) => t('Replicability and sustainability'),
  budget: (t) => t('Budget'),
  links: (t) => t('Links'),
  licence: (t) => t('Licence'),
  externalIds: (t) => t('Identifiers in other registries'),
  relatedPolicies: (t) => t('Related policies'),
  initiatives: (t) => t('Initiatives'),
  provenance: (t) => t('Source'),
  lastVerified: (t) => t('Last verified'),
  workflowState: (t) => t('Workflow state'),
  archivedAt: (t) => t('Archived'),
  aliases: (t) => t('Other names and acronyms'),
  ituMembership: (t) => t('ITU membership'),
  website: (t) => t('Website'),
  iatiId: (t) => t('IATI organisation identifier'),
  // Parts of fields and form-only fields, named by the forms' error summaries.
  sdgGoals: (t) => t('SDG goals'),
  targets: (t) => t('SDG targets'),
  technologies: (t) => t('Technologies'),
  wsis: (t) => t('WSIS action lines'),
  'jurisdiction.country': (t) => t('Country'),
  'jurisdiction.region': (t) => t('Region or country group'),
  'jurisdiction.organisation': (t) => t('Organisation it belongs to'),
  machineOffered: (t) => t('Machine suggestions'),
};

/** Fields of one entry per row: a form's error names the row ("Organisation 2"). */
const ROW_LABELS: Record<string, (t: Translate, n: number) => string> = {
  organisations: (t, n) => t('Organisation {n}', { n }),
  targets: (t, n) => t('SDG target {n}', { n }),
  impactMetrics: (t, n) => t('Impact figure {n}', { n }),
  links: (t, n) => t('Link {n}', { n }),
  relatedPolicies: (t, n) => t('Related policy {n}', { n }),
  initiatives: (t, n) => t('Linked initiative {n}', { n }),
};

const LANG_SUFFIX = new RegExp(`^(.+)\\.(${LANGS.join('|')})$`);

/** The reader's name of a record field, or undefined for a field that has none (added later, or internal). */
export function knownFieldLabel(t: Translate, field: string): string | undefined {
  return FIELD_LABELS[field]?.(t);
}

/** The reader's name of a field; a field without one shows its key. */
export function fieldLabel(t: Translate, field: string): string {
  return knownFieldLabel(t, field) ?? field;
}

/**
 * The name of a field path of a form error (`title.fr`, `organisations[1].role`, `dates.actualStart`,
 * `jurisdiction.country`) for the error summary of the initiative, policy and organisation forms: a
 * row says which ("Organisation 2"), a text in one language says which language ("Title (French)"),
 * anything else is named by the nearest enclosing field that has a name. `own` gives a form's own name
 * for a field (a policy's `countries` are its member countries).
 */
export function formFieldLabel(ctx: Pick<PageContext, 't' | 'fmt'>, field: string, own: Record<string, string> = {}): string | undefined {
  const { t, fmt } = ctx;
  const row = /^([^.[]+)\[(\d+)\]/.exec(field);
  if (row && ROW_LABELS[row[1]!]) return ROW_LABELS[row[1]!]!(t, Number(row[2]) + 1);
  const inLang = LANG_SUFFIX.exec(field);
  if (inLang) {
    const base = own[inLang[1]!] ?? knownFieldLabel(t, inLang[1]!);
    if (base) return `${base} (${fmt.languageName(inLang[2]!)})`;
  }
  for (let path = field; ; ) {
    const name = own[path] ?? knownFieldLabel(t, path);
    if (name) return name;
    const outer = path.replace(/(\.[^.[]*|\[[^\]]*\][^.[]*)$/, '');
    if (!outer || outer === path) return undefined;
    path = outer;
  }
}
