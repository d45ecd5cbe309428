import type { Generated } from 'kysely';

// Row types of the tables, as the database returns them. JSON columns are text; store code parses them.

export interface CountryRow {
  m49: string;
  iso2: string;
  iso3: string;
  region: string | null;
  subregion: string | null;
  intermediate_region: string | null;
  itu_region: string | null;
  names: string;
}
export interface CountryGroupRow {
  code: string;
  m49: string | null;
  labels: string;
  as_of: string;
  source: string;
}
export interface CountryGroupMemberRow {
  group_code: string;
  m49: string;
}
export interface SdgGoalRow {
  number: number;
  iri: string;
  short: string;
  title: Generated<string>;
  color: string;
}
export interface SdgTargetRow {
  code: string;
  goal: number;
  iri: string;
  title: Generated<string>;
  position: number;
}
export interface SdgIndicatorRow {
  code: string;
  target: string;
  iri: string;
  title: Generated<string>;
}
export interface TechnologyRow {
  slug: string;
  labels: string;
  description: string;
  position: number;
}
export interface WsisLineRow {
  code: string;
  parent: string | null;
  labels: string;
  position: number;
}
export interface OrganisationRow {
  id: string;
  name: string;
  original_lang: string;
  aliases: string;
  type: string;
  itu_membership: string | null;
  country_m49: string | null;
  website: string | null;
  iati_id: string | null;
  is_sample: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}
export interface InitiativeRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  original_lang: string;
  kind: string;
  status: string;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  scope: string | null;
  impact: string;
  impact_metrics: string;
  partnerships: string;
  lessons: string;
  replicability: string;
  budget_amount: number | null;
  budget_currency: string | null;
  links: string;
  licence: string | null;
  external_ids: string;
  provenance: string;
  last_verified: string | null;
  workflow_state: string;
  is_sample: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  version: number;
}
export interface InitiativeCountryRow {
  initiative_id: string;
  m49: string;
  position: number;
}
export interface InitiativeOrganisationRow {
  initiative_id: string;
  organisation_id: string;
  role: string;
  position: number;
}
export interface ClassificationLinkRow {
  record_type: string;
  record_id: string;
  scheme: string;
  code: string;
  source: string;
  confidence: number | null;
  evidence_text: string | null;
  evidence_url: string | null;
  confirmed_by: string | null;
  confirmed_at: string | null;
  position: number;
}
export interface TrustMarkerRow {
  record_type: string;
  record_id: string;
  dimension: string;
  significance: number;
  evidence: string | null;
}
export interface RecordVersionRow {
  record_type: string;
  record_id: string;
  version: number;
  author: string;
  created_at: string;
  changed_fields: string;
  snapshot: string;
}
export interface ReviewEventRow {
  id: string;
  record_type: string;
  record_id: string;
  action: string;
  from_state: string;
  to_state: string;
  actor: string;
  comment: string | null;
  created_at: string;
}

export interface SearchDocumentRow {
  doc_id: Generated<number>;
  record_type: string;
  record_id: string;
  state: string;
  created_by: string | null;
  sort_date: string;
  title_key: string;
  facets: string;
}

export interface SearchStateRow {
  key: string;
  version: number;
}
export interface PolicyRow {
  id: string;
  title: string;
  summary: string;
  original_lang: string;
  type: string;
  level: string;
  jurisdiction_country: string | null;
  jurisdiction_region: string | null;
  jurisdiction_organisation: string;
  issuing_body: string;
  status: string;
  proposed_on: string | null;
  adopted_on: string | null;
  in_force_on: string | null;
  revised_on: string | null;
  repealed_on: string | null;
  year: number | null;
  links: string;
  provenance: string;
  last_verified: string | null;
  workflow_state: string;
  is_sample: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  version: number;
}
export interface PolicyCountryRow {
  policy_id: string;
  m49: string;
  position: number;
}
export interface PolicyThemeRow {
  policy_id: string;
  theme: string;
  position: number;
}
export interface PolicyRelationRow {
  policy_id: string;
  target_type: string;
  target_id: string;
  relation: string;
  position: number;
}
export interface ExternalIdRow {
  record_type: string;
  record_id: string;
  scheme: string;
  value: string;
}
export interface ClassifierDecisionRow {
  id: string;
  record_type: string;
  record_id: string;
  scheme: string;
  code: string;
  accepted: number;
  confidence: number | null;
  evidence_text: string | null;
  text: string;
  lang: string;
  actor: string;
  decided_at: string;
}
export interface ClassifierModelRow {
  id: string;
  created_at: string;
  created_by: string;
  examples: number;
  codes: number;
  model: string;
}

export interface AppSettingRow {
  key: string;
  value: string;
}

export interface IndicatorSeriesRow {
  id: string;
  indicator_code: string;
  format: string;
  source_series: string;
  source: string;
  licence: string;
  url: string | null;
  imported_at: string;
  row_count: number;
}
export interface IndicatorObservationRow {
  indicator_code: string;
  m49: string;
  year: number;
  dims: string;
  value: number;
  series_id: string;
  note: string | null;
}
export interface IndicatorOfficialAggregateRow {
  indicator_code: string;
  group_code: string;
  year: number;
  dims: string;
  value: number;
  series_id: string;
}
export interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  display_name: string;
  organisation_ids: string;
  lang: string;
  email_verified_at: string | null;
  failed_sign_ins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}
export interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}
export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  scope: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
export interface EmailTokenRow {
  token_hash: string;
  user_id: string;
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
export interface AuditLogRow {
  id: string;
  at: string;
  event: string;
  actor: string;
  subject: string | null;
  ip: string | null;
  detail: string;
}
export interface ParticipationBodyRow {
  id: string;
  code: string;
  name: string;
  acronym: string | null;
  kind: string;
  url: string | null;
  is_sample: number;
  created_at: string;
  updated_at: string;
}
export interface ParticipationMeetingRow {
  id: string;
  body_id: string;
  code: string;
  title: string;
  start_date: string;
  end_date: string;
  city: string | null;
  country_m49: string | null;
  online: number;
  is_sample: number;
  created_at: string;
}
export interface ParticipationRowRow {
  id: string;
  meeting_id: string;
  country_m49: string;
  organisation: string;
  organisation_key: string;
  stakeholder_type: string;
  role: string;
  contributions: number;
  is_sample: number;
  created_at: string;
  updated_at: string;
}
export interface PartnershipPostRow {
  id: string;
  kind: string;
  title: string;
  description: string;
  original_lang: string;
  country_m49: string | null;
  organisation_id: string | null;
  help_kinds: string;
  contact: string;
  status: string;
  is_sample: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export interface PartnershipConnectionRow {
  id: string;
  need_id: string;
  offer_id: string;
  requested_by: string;
  requested_side: string;
  status: string;
  is_public: number;
  public_summary: string;
  created_at: string;
  updated_at: string;
}
export interface PartnershipEventRow {
  id: string;
  connection_id: string;
  actor: string;
  action: string;
  note: string | null;
  created_at: string;
}

export interface Database {
  users: UserRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  email_tokens: EmailTokenRow;
  audit_log: AuditLogRow;
  app_settings: AppSettingRow;
  countries: CountryRow;
  country_groups: CountryGroupRow;
  country_group_members: CountryGroupMemberRow;
  sdg_goals: SdgGoalRow;
  sdg_targets: SdgTargetRow;
  sdg_indicators: SdgIndicatorRow;
  technologies: TechnologyRow;
  wsis_lines: WsisLineRow;
  organisations: OrganisationRow;
  initiatives: InitiativeRow;
  initiative_countries: InitiativeCountryRow;
  initiative_organisations: InitiativeOrganisationRow;
  classification_links: ClassificationLinkRow;
  trust_markers: TrustMarkerRow;
  record_versions: RecordVersionRow;
  review_events: ReviewEventRow;
  search_documents: SearchDocumentRow;
  search_state: SearchStateRow;
  indicator_series: IndicatorSeriesRow;
  indicator_observations: IndicatorObservationRow;
  indicator_official_aggregates: IndicatorOfficialAggregateRow;
  policies: PolicyRow;
  policy_countries: PolicyCountryRow;
  policy_themes: PolicyThemeRow;
  policy_relations: PolicyRelationRow;
  external_ids: ExternalIdRow;
  classifier_decisions: ClassifierDecisionRow;
  classifier_models: ClassifierModelRow;
  participation_bodies: ParticipationBodyRow;
  participation_meetings: ParticipationMeetingRow;
  participations: ParticipationRowRow;
  partnership_posts: PartnershipPostRow;
  partnership_connections: PartnershipConnectionRow;
  partnership_events: PartnershipEventRow;
}
