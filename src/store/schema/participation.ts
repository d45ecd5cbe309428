// Rows of participation in bodies and meetings, and of needs, offers and connections.

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
