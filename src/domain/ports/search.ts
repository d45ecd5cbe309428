import type { WorkflowState } from '../review/workflow.ts';
import type { FacetCount, FacetName, SearchFilters } from '../search/facets.ts';
import type { RecordType } from './records.ts';

// Ports of the search index: writing it (with the records) and reading it (possibly off the main thread).

/** The search index is written by the stores in the same transaction as the record; this rebuilds it. */
export interface SearchIndexRepo {
  /** Drops every index entry and indexes every record again; returns how many records were indexed. */
  rebuild(): Promise<number>;
  /** A counter that moves on every index write (cached results are valid while it stays). */
  version(): Promise<number>;
}

export type SearchSort = 'relevance' | 'newest' | 'title';

/** A search as the index receives it: folded phrases, filter codes and who may see what. */
export interface SearchRequest {
  /** Every phrase must match; a phrase is words that must be adjacent (a segmented Chinese run). */
  phrases: string[][];
  filters: SearchFilters;
  states: WorkflowState[];
  alsoCreatedBy?: string;
  sort: SearchSort;
  offset: number;
  limit: number;
  facets: readonly FacetName[];
  /** At most this many values per facet (the most frequent, plus the chosen value of its filter); all when absent. */
  facetLimit?: number;
}

export interface SearchHitRef {
  recordType: RecordType;
  recordId: string;
}

export interface SearchOutcome {
  hits: SearchHitRef[];
  total: number;
  facets: Partial<Record<FacetName, FacetCount[]>>;
}

/** Records similar to one record: sharing technologies, SDG targets, countries and title words. */
export interface SimilarRequest {
  recordType: RecordType;
  recordId: string;
  phrases: string[][];
  states: WorkflowState[];
  limit: number;
}

/** Reads the search index; may run off the main thread (a pool of read-only connections). */
export interface SearchPort {
  search(req: SearchRequest): Promise<SearchOutcome>;
  similar(req: SimilarRequest): Promise<SearchHitRef[]>;
  close(): Promise<void>;
}
