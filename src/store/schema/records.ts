// Rows of organisations and initiatives (with their countries, organisations, classification links and trust markers), and external ids of any record.

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

export interface ExternalIdRow {
  record_type: string;
  record_id: string;
  scheme: string;
  value: string;
}
