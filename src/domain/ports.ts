import type { Initiative } from './initiative/initiative.ts';
import type { Organisation } from './organisation/organisation.ts';
import type { Policy, PolicyRelation } from './policy/policy.ts';
import type { WorkflowState } from './review/workflow.ts';
import type { Vocabulary } from './vocabulary/vocabulary.ts';
import type { LangMap } from './vocabulary/language.ts';
import type { FacetCount, FacetName, SearchFilters } from './search/facets.ts';
import type { Observation, OfficialAggregate, SeriesInfo } from './indicator/indicator.ts';
import type { ApiToken, EmailToken, EmailTokenPurpose, Session, User } from './user/user.ts';
import type { AuditEntry, AuditFilter } from './audit/audit.ts';
import type { Body, Meeting, Participation } from './participation/participation.ts';
import type { Connection, ConnectionEvent, Post, PostKind } from './partnership/partnership.ts';

// The store interfaces services need. store/ implements them on Kysely; services never see SQL.

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

export interface InitiativeRepo {
  get(id: string): Promise<Initiative | undefined>;
  /** The records with these ids that exist, in no particular order. */
  getMany(ids: string[]): Promise<Initiative[]>;
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
}

export interface OrganisationRepo {
  get(id: string): Promise<Organisation | undefined>;
  getMany(ids: string[]): Promise<Organisation[]>;
  list(offset: number, limit: number): Promise<Page<Organisation>>;
  insert(record: Organisation): Promise<void>;
  update(record: Organisation): Promise<void>;
  deleteSample(): Promise<number>;
}

export interface VersionEntry {
  recordType: RecordType;
  recordId: string;
  version: number;
  author: string;
  createdAt: string;
  changedFields: string[];
  snapshot: unknown;
}

export interface ReviewEvent {
  id: string;
  recordType: RecordType;
  recordId: string;
  action: string;
  fromState: WorkflowState;
  toState: WorkflowState;
  actor: string;
  comment?: string;
  createdAt: string;
}

export interface HistoryRepo {
  addVersion(v: VersionEntry): Promise<void>;
  versions(recordType: RecordType, recordId: string): Promise<VersionEntry[]>;
  addReviewEvent(e: ReviewEvent): Promise<void>;
  reviewEvents(recordType: RecordType, recordId: string): Promise<ReviewEvent[]>;
}

export interface UserRepo {
  get(id: string): Promise<User | undefined>;
  byEmail(email: string): Promise<User | undefined>;
  list(offset: number, limit: number): Promise<Page<User>>;
  insert(user: User): Promise<void>;
  update(user: User): Promise<void>;
}

export interface SessionRepo {
  insert(session: Session): Promise<void>;
  get(idHash: string): Promise<Session | undefined>;
  delete(idHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  /** Deletes the sessions that expired before `now`; returns how many. */
  deleteExpired(now: string): Promise<number>;
}

export interface ApiTokenRepo {
  insert(token: ApiToken): Promise<void>;
  byHash(tokenHash: string): Promise<ApiToken | undefined>;
  listForUser(userId: string): Promise<ApiToken[]>;
  update(token: ApiToken): Promise<void>;
}

export interface EmailTokenRepo {
  insert(token: EmailToken): Promise<void>;
  get(tokenHash: string, purpose: EmailTokenPurpose): Promise<EmailToken | undefined>;
  markUsed(tokenHash: string, at: string): Promise<void>;
  /** Deletes the links already used or expired before `now`; returns how many. */
  deleteSpent(now: string): Promise<number>;
}

export interface AuditRepo {
  add(entry: AuditEntry): Promise<void>;
  list(filter: AuditFilter, offset: number, limit: number): Promise<Page<AuditEntry>>;
}

/** Sends email: over SMTP, or into the outbox folder when no SMTP server is configured. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface SdgTexts {
  goals: Record<string, LangMap>;
  targets: Record<string, LangMap>;
  indicators: Record<string, LangMap>;
}

export interface VocabularyRepo {
  /** Writes the team-written vocabularies (idempotent). */
  seed(): Promise<void>;
  load(): Promise<Vocabulary>;
  importSdgTexts(texts: SdgTexts): Promise<{ goals: number; targets: number; indicators: number }>;
}

export interface SettingsRepo {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

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

/** What to read of one indicator: one breakdown (dimsKey), optionally some countries and a year range. */
export interface ObservationQuery {
  indicatorCode: string;
  dims: string;
  m49?: string[];
  from?: number;
  to?: number;
}

export interface IndicatorCoverage {
  indicatorCode: string;
  observations: number;
  countries: number;
  firstYear: number | null;
  lastYear: number | null;
}

export interface IndicatorRepo {
  /** Inserts or replaces series, observations and published aggregates (re-import is idempotent). */
  upsertSeries(series: SeriesInfo[]): Promise<void>;
  upsertObservations(rows: Observation[]): Promise<void>;
  upsertOfficial(rows: OfficialAggregate[]): Promise<void>;
  series(indicatorCode?: string): Promise<SeriesInfo[]>;
  observations(q: ObservationQuery): Promise<Observation[]>;
  /** Every observation of one country, all indicators and breakdowns. */
  countryObservations(m49: string): Promise<Observation[]>;
  official(indicatorCode: string, dims: string): Promise<OfficialAggregate[]>;
  /** The breakdowns (dimsKey) an indicator has data for. */
  breakdowns(indicatorCode: string): Promise<string[]>;
  coverage(): Promise<IndicatorCoverage[]>;
}

/** A person's accept/reject decision on a machine suggestion, with the text it was made on (for training). */
export interface ClassifierDecision {
  id: string;
  recordType: RecordType;
  recordId: string;
  scheme: string; // classification scheme: 'sdg-goal', 'sdg-target', 'technology', 'wsis'
  code: string;
  accepted: boolean;
  confidence?: number;
  evidenceText?: string;
  text: string;
  lang: string;
  actor: string;
  decidedAt: string;
}

/** A trained classifier model as stored (the model itself is JSON text from modelToJson). */
export interface StoredModel {
  id: string;
  createdAt: string;
  createdBy: string;
  examples: number;
  codes: number;
  model: string;
}

export interface ClassifierRepo {
  addDecision(d: ClassifierDecision): Promise<void>;
  /** Every decision, oldest first; `recordId` narrows to one record. */
  decisions(recordId?: string): Promise<ClassifierDecision[]>;
  saveModel(m: StoredModel): Promise<void>;
  latestModel(): Promise<StoredModel | undefined>;
}

/** Filters of participation rows; each country set is "any of these M49 codes", sets combined with AND. */
export interface ParticipationFilter {
  bodyIds?: string[];
  meetingId?: string;
  countrySets?: string[][];
  role?: string;
  stakeholderType?: string;
  /** Meetings starting on or after / on or before these dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

/** Participation of one country in one body in one year, counted in the database. */
export interface ParticipationCell {
  bodyId: string;
  year: number;
  country: string; // M49
  /** Distinct delegations (meeting + organisation) from this country. */
  participants: number;
  contributions: number;
  /** Rows with a leadership role (rapporteur, editor, vice-chair, chair). */
  leadership: number;
}

export interface ParticipationRepo {
  bodyByCode(code: string): Promise<Body | undefined>;
  bodies(): Promise<Body[]>;
  insertBody(body: Body): Promise<void>;
  meetingByCode(bodyId: string, code: string): Promise<Meeting | undefined>;
  meetings(bodyId?: string): Promise<Meeting[]>;
  insertMeeting(meeting: Meeting): Promise<void>;
  /** Inserts the row, or updates the row with the same natural key; says which. */
  upsert(row: Participation): Promise<'inserted' | 'updated' | 'unchanged'>;
  list(filter: ParticipationFilter, offset: number, limit: number): Promise<Page<Participation>>;
  cells(filter: ParticipationFilter): Promise<ParticipationCell[]>;
  deleteSample(): Promise<number>;
}

/** Filters of the needs or offers list. */
export interface PostFilter {
  kind: PostKind;
  status?: string;
  countrySets?: string[][];
  technology?: string;
  target?: string;
  helpKind?: string;
  createdBy?: string;
}

export interface PartnershipRepo {
  getPost(id: string): Promise<Post | undefined>;
  listPosts(filter: PostFilter, offset: number, limit: number): Promise<Page<Post>>;
  insertPost(post: Post): Promise<void>;
  getConnection(id: string): Promise<Connection | undefined>;
  connectionFor(needId: string, offerId: string): Promise<Connection | undefined>;
  /** Connections that involve any of these posts. */
  connectionsOf(postIds: string[]): Promise<Connection[]>;
  publicConnections(offset: number, limit: number): Promise<Page<Connection>>;
  saveConnection(c: Connection): Promise<void>;
  addEvent(e: ConnectionEvent): Promise<void>;
  events(connectionId: string): Promise<ConnectionEvent[]>;
  deleteSample(): Promise<number>;
}

export interface Stores {
  settings: SettingsRepo;
  participation: ParticipationRepo;
  partnership: PartnershipRepo;
  initiatives: InitiativeRepo;
  organisations: OrganisationRepo;
  policies: PolicyRepo;
  history: HistoryRepo;
  vocabulary: VocabularyRepo;
  searchIndex: SearchIndexRepo;
  indicators: IndicatorRepo;
  users: UserRepo;
  sessions: SessionRepo;
  apiTokens: ApiTokenRepo;
  emailTokens: EmailTokenRepo;
  audit: AuditRepo;
  classifier: ClassifierRepo;
}

/** Stores bound to the database, and a way to run several writes in one transaction. */
export interface UnitOfWork extends Stores {
  transaction<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
}
