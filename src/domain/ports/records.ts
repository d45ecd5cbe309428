import type { Initiative } from '../initiative/initiative.ts';
import type { Organisation } from '../organisation/organisation.ts';
import type { Policy, PolicyRelation } from '../policy/policy.ts';
import type { WorkflowState } from '../review/workflow.ts';

// Ports of the record stores: initiatives, policies, organisations, and the page of a list.

export type RecordType = 'initiative' | 'organisation' | 'policy' | 'need' | 'offer';

/** Filters of the initiative list. Each country set is "any of these M49 codes"; sets are combined with AND. */
export interface InitiativeFilter {
  sdg?: number;
  target?: string;
  technology?: string;
  wsis?: string;
  countrySets?: string[][];
  status?: string;
  kind?: string;
  states: WorkflowState[];
  /** Unpublished records visible to this author as well (their own drafts). */
  alsoCreatedBy?: string;
  organisationId?: string;
  isSample?: boolean;
  /** Freshness: last verified (or, never verified, last changed) before / since this ISO time. */
  verifiedBefore?: string;
  verifiedSince?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** An initiative without its relations (countries, organisations, classifications, trust markers). */
export type InitiativeSummary = Omit<Initiative, 'countries' | 'organisations' | 'classifications' | 'trustMarkers'>;

export interface InitiativeRepo {
  get(id: string): Promise<Initiative | undefined>;
  /** The records with these ids that exist, in no particular order. */
  getMany(ids: string[]): Promise<Initiative[]>;
  /** The same without countries, organisations, classifications and trust markers (one query: search answers). */
  getSummaries(ids: string[]): Promise<InitiativeSummary[]>;
  list(filter: InitiativeFilter, offset: number, limit: number): Promise<Page<Initiative>>;
  counts(filter: InitiativeFilter): Promise<{ initiatives: number; countries: number; organisations: number }>;
  insert(record: Initiative): Promise<void>;
  /** Inserts many new records at once (bulk loads such as synthetic data); same effect as `insert` on each. */
  insertMany(records: Initiative[]): Promise<void>;
  update(record: Initiative): Promise<void>;
  deleteSample(): Promise<number>;
  /** How many records are in each workflow state (for the moderation queue). */
  countByState(): Promise<Partial<Record<WorkflowState, number>>>;
  /** Other records sharing a country, an organisation or an external id with `record` (duplicate candidates). */
  related(record: Initiative, limit: number): Promise<Initiative[]>;
  /** The id of the record carrying this external id (`dpg`, `iati`, `wsis`), if any. */
  findByExternalId(scheme: string, value: string): Promise<string | undefined>;
  /** How many records match and when the latest changed: the version of a dump, for caching. */
  dataVersion(filter: InitiativeFilter): Promise<{ count: number; latest?: string }>;
}

/** Filters of the policy list. Country sets as in `InitiativeFilter`. */
export interface PolicyFilter {
  type?: string;
  level?: string;
  countrySets?: string[][];
  technology?: string;
  theme?: string;
  statuses?: string[];
  year?: number;
  states: WorkflowState[];
  alsoCreatedBy?: string;
  isSample?: boolean;
}

/** What coverage counts need of a policy: no texts. */
export interface PolicyFacts {
  id: string;
  type: string;
  level: string;
  countries: string[]; // M49
  technologies: string[];
  themes: string[];
}

export interface PolicyRepo {
  get(id: string): Promise<Policy | undefined>;
  /** The records with these ids that exist, in no particular order. */
  getMany(ids: string[]): Promise<Policy[]>;
  list(filter: PolicyFilter, offset: number, limit: number): Promise<Page<Policy>>;
  facts(filter: PolicyFilter): Promise<PolicyFacts[]>;
  /** Policies that name `id` in their relations (the other direction of `relatedPolicies`). */
  referencing(id: string): Promise<{ policyId: string; relation: PolicyRelation }[]>;
  /** Ids among `ids` that are policies. */
  existing(ids: string[]): Promise<string[]>;
  insert(record: Policy): Promise<void>;
  update(record: Policy): Promise<void>;
  deleteSample(): Promise<number>;
  /** How many records are in each workflow state (for the moderation queue). */
  countByState(): Promise<Partial<Record<WorkflowState, number>>>;
  /** How many records match and when the latest changed: the version of a dump, for caching. */
  dataVersion(filter: PolicyFilter): Promise<{ count: number; latest?: string }>;
}

/** What an organisation list can be narrowed by (the store's terms: the country as its M49 code). */
export interface OrganisationFilter {
  type?: string;
  countryM49?: string;
}

export interface OrganisationRepo {
  get(id: string): Promise<Organisation | undefined>;
  getMany(ids: string[]): Promise<Organisation[]>;
  /** Not archived ones, oldest first; `type` and `countryM49` narrow the list when given. */
  list(offset: number, limit: number, filter?: OrganisationFilter): Promise<Page<Organisation>>;
  insert(record: Organisation): Promise<void>;
  update(record: Organisation): Promise<void>;
  deleteSample(): Promise<number>;
}
