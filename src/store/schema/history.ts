// Rows of the version and review trail every record keeps.

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
