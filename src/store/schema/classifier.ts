// Rows of the classifier: people's decisions on suggestions, and trained models.

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
