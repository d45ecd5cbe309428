import type { Body, Meeting, Participation } from '../participation/participation.ts';
import type { Connection, ConnectionEvent, Post, PostKind } from '../partnership/partnership.ts';
import type { Page } from './records.ts';

// Ports of participation in bodies and meetings, and of needs, offers and connections.

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
