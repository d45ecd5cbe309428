import type { Translate } from '../../i18n/i18n.ts';

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
};

/** The reader's name of a record field, or undefined for a field that has none (added later, or internal). */
export function knownFieldLabel(t: Translate, field: string): string | undefined {
  return FIELD_LABELS[field]?.(t);
}

/** The reader's name of a field; a field without one shows its key. */
export function fieldLabel(t: Translate, field: string): string {
  return knownFieldLabel(t, field) ?? field;
}
