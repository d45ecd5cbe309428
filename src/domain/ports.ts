import type { Initiative } from './initiative/initiative.ts';
import type { Organisation } from './organisation/organisation.ts';
import type { WorkflowState } from './review/workflow.ts';
import type { Vocabulary } from './vocabulary/vocabulary.ts';
import type { LangMap } from './vocabulary/language.ts';
import type { Body, Meeting, Participation } from './participation/participation.ts';
import type { Connection, ConnectionEvent, Post, PostKind } from './partnership/partnership.ts';

// The store interfaces services need. store/ implements them on Kysely; services never see SQL.

export type RecordType = 'initiative' | 'organisation' | 'need' | 'offer';

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
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface InitiativeRepo {
  get(id: string): Promise<Initiative | undefined>;
  list(filter: InitiativeFilter, offset: number, limit: number): Promise<Page<Initiative>>;
  counts(filter: InitiativeFilter): Promise<{ initiatives: number; countries: number; organisations: number }>;
  insert(record: Initiative): Promise<void>;
  update(record: Initiative): Promise<void>;
  deleteSample(): Promise<number>;
}

export interface OrganisationRepo {
  get(id: string): Promise<Organisation | undefined>;
  getMany(ids: string[]): Promise<Organisation[]>;
  list(offset: number, limit: number): Promise<Page<Organisation>>;
  insert(record: Organisation): Promise<void>;
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
  history: HistoryRepo;
  vocabulary: VocabularyRepo;
}

/** Stores bound to the database, and a way to run several writes in one transaction. */
export interface UnitOfWork extends Stores {
  transaction<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
}
