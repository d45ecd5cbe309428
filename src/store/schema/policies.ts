// Rows of policy instruments, with their countries, themes and relations.

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
