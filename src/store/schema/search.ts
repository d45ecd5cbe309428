import type { Generated } from 'kysely';

// Rows of the search index and its state.

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
