import type { LangMap } from '../vocabulary/language.ts';

/** Kinds of body whose work shapes policy on new and emerging technologies. */
export const BODY_KINDS = ['study-group', 'forum', 'regional-association', 'working-group', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** What a participation row says a delegation did at a meeting. */
export const PARTICIPATION_ROLES = ['participant', 'contributor', 'rapporteur', 'editor', 'vice-chair', 'chair'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** Roles that lead the work (they set agendas and hold the pen); counted as "leadership" in the statistics. */
export const LEADERSHIP_ROLES: readonly ParticipationRole[] = ['rapporteur', 'editor', 'vice-chair', 'chair'];

/** Who the delegate speaks for. */
export const STAKEHOLDER_TYPES = ['government', 'regulator', 'private-sector', 'academia', 'civil-society', 'international-organisation', 'technical-community', 'other'] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

/** A body or initiative working on these policy matters (an ITU study group, the IGF, a regulators' association). */
export interface Body {
  id: string;
  /** Short stable code used in CSV files and URLs, e.g. 'itu-t-sg20'. */
  code: string;
  name: LangMap;
  acronym?: string;
  kind: BodyKind;
  url?: string;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One meeting of a body: dates, and a place or online. */
export interface Meeting {
  id: string;
  bodyId: string;
  /** Stable code, unique within the body, e.g. '2024-05-geneva'. */
  code: string;
  title: LangMap;
  startDate: string; // YYYY-MM-DD
  endDate: string;
  city?: string;
  country?: string; // M49 of the host country
  online: boolean;
  isSample: boolean;
  createdAt: string;
}

/** One delegation's part in one meeting. Data, not a reviewed record: written by admins or imports. */
export interface Participation {
  id: string;
  meetingId: string;
  country: string; // M49
  organisation: string; // the organisation's name as reported
  stakeholderType: StakeholderType;
  role: ParticipationRole;
  /** Written contributions submitted (contributors; 0 for other roles unless given). */
  contributions: number;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The key that makes a re-import update a row instead of adding one: meeting + country + organisation + role. */
export function naturalKey(p: Pick<Participation, 'meetingId' | 'country' | 'organisation' | 'role'>): string {
  return [p.meetingId, p.country, organisationKey(p.organisation), p.role].join('|');
}

/** Organisation names compared case- and space-insensitively ("ITU  " = "itu"). */
export function organisationKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
